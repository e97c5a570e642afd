// The agencies table, grouped by kind (departments, communes, enterprises, others): who they are, how
// many open tasks they lead (a link to those tasks), since/until when they exist, and the actions on
// each (edit, merge into a successor, archive, history). Rows come sorted by kind.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/api/types';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import { Button } from '../../components';
import { ALL_PLANS } from '../../hooks/useWorkspaceView';
import { useFormat } from '../../i18n/format';
import { ResizableTable, ResizableTh, useColumnWidths, type ColumnSpec } from '../../components/table';
import { routeHref } from '../../stores/route';

/** The situations of a task not yet done nor cancelled: what "open tasks" counts. */
const OPEN_SITUATIONS: readonly TaskSituation[] = [
  'qua_han',
  'sap_den_han',
  'trong_han',
  'khong_thoi_han',
  'tam_dung',
];

const openTasksHref = (a: Agency) =>
  routeHref('tasks', { planId: ALL_PLANS, leadAgencyId: a.id, situation: OPEN_SITUATIONS.join(',') });

interface Props {
  agencies: Agency[];
  /** Names of every agency (also archived ones), to say which successor an agency merged into. */
  nameOf(id: string): string;
  onEdit(a: Agency): void;
  onMerge(a: Agency): void;
  onArchive(a: Agency): void;
  onHistory(a: Agency): void;
}

/** The name takes most of the free width, the e-mail the rest. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', size: 96, minSize: 64 },
  { id: 'name', size: 280, minSize: 140, grow: 3 },
  { id: 'email', size: 200, minSize: 100, grow: 1 },
  { id: 'openTasks', size: 100, minSize: 64 },
  { id: 'validity', size: 170, minSize: 110 },
  { id: 'actions', size: 260, minSize: 160 },
];

export function AgencyTable({ agencies, nameOf, onEdit, onMerge, onArchive, onHistory }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns = useColumnWidths('agencies', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
  const validity = (a: Agency) => {
    if (a.successorId) return t('catalog.agencies.mergedInto', { name: nameOf(a.successorId) });
    const parts = [
      a.validFrom ? t('catalog.agencies.validFrom', { date: f.date(a.validFrom) }) : null,
      a.validTo ? t('catalog.agencies.validTo', { date: f.date(a.validTo) }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' ') : t('catalog.agencies.validAlways');
  };
  return (
    <ResizableTable
      columns={columns}
      caption={<caption className="visually-hidden">{t('catalog.agencies.caption')}</caption>}
      scrollClassName="table-scroll"
      className="table catalog-table"
      data-testid="agency-table"
    >
      <thead>
        <tr>
          {th('code', t('catalog.agencies.col.code'))}
          {th('name', t('catalog.agencies.col.name'))}
          {th('email', t('catalog.agencies.col.email'))}
          {th('openTasks', t('catalog.agencies.col.openTasks'), 'num')}
          {th('validity', t('catalog.agencies.col.validity'))}
          {th('actions', t('catalog.agencies.col.actions'))}
        </tr>
      </thead>
      <tbody>
        {agencies.map((a, i) => {
          const name = a.shortName || a.name;
          const newGroup = i === 0 || agencies[i - 1]!.kind !== a.kind;
          return (
            <Fragment key={a.id}>
              {newGroup ? (
                <tr className="group-row">
                  <th scope="colgroup" colSpan={COLUMNS.length}>
                    {t(`catalog.kind.${a.kind}`)}
                  </th>
                </tr>
              ) : null}
              <tr
                className={a.archivedAt ? 'row-archived' : undefined}
                data-testid="agency-row"
                data-code={a.code}
              >
                <td className="nowrap strong">{a.code}</td>
                <td>
                  {a.name}
                  {a.shortName && a.shortName !== a.name ? (
                    <span className="cell-sub">{a.shortName}</span>
                  ) : null}
                </td>
                <td className="cell-email">{a.email ?? ''}</td>
                <td className="num" data-testid="open-tasks">
                  {a.openTaskCount > 0 ? (
                    <a href={openTasksHref(a)}>{f.number(a.openTaskCount)}</a>
                  ) : (
                    f.number(0)
                  )}
                </td>
                <td className="cell-validity">
                  {validity(a)}
                  {a.archivedAt ? <span className="cell-sub">{t('catalog.agencies.archived')}</span> : null}
                </td>
                <td className="row-actions">
                  {!a.archivedAt ? (
                    <>
                      <Button
                        size="sm"
                        variant="link"
                        aria-label={t('catalog.agencies.editLabel', { name })}
                        onClick={() => onEdit(a)}
                      >
                        {t('catalog.agencies.edit')}
                      </Button>
                      <Button
                        size="sm"
                        variant="link"
                        aria-label={t('catalog.agencies.mergeLabel', { name })}
                        onClick={() => onMerge(a)}
                      >
                        {t('catalog.agencies.merge')}
                      </Button>
                      <Button
                        size="sm"
                        variant="link"
                        aria-label={t('catalog.agencies.archiveLabel', { name })}
                        onClick={() => onArchive(a)}
                      >
                        {t('catalog.agencies.archive')}
                      </Button>
                    </>
                  ) : null}
                  <Button
                    size="sm"
                    variant="link"
                    aria-label={t('catalog.agencies.historyLabel', { name })}
                    onClick={() => onHistory(a)}
                  >
                    {t('catalog.agencies.history')}
                  </Button>
                </td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </ResizableTable>
  );
}
