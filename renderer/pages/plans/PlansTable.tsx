import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/api/types';
import { Button } from '../../components';
import { useFormat } from '../../i18n/format';
import { ResizableTable, ResizableTh, useColumnWidths, type ColumnSpec } from '../../components/table';
import { routeHref } from '../../stores/route';

export interface PlansTableProps {
  plans: Plan[];
  /** The plan pages open on (settings.defaultPlanId, or the latest active plan until one is chosen). */
  currentId: string | null;
  onEdit(plan: Plan): void;
  onFollow(plan: Plan): void;
}

/** The number and title take the free width; the counts and actions keep theirs. */
const COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', size: 120, minSize: 80 },
  { id: 'title', size: 300, minSize: 160, grow: 4 },
  { id: 'years', size: 100, minSize: 72 },
  { id: 'issuedOn', size: 104, minSize: 80 },
  { id: 'issuedBy', size: 140, minSize: 80, grow: 1 },
  { id: 'state', size: 110, minSize: 80 },
  { id: 'tasks', size: 86, minSize: 64 },
  { id: 'indicators', size: 86, minSize: 64 },
  { id: 'actions', size: 200, minSize: 120 },
];

/** The plans, newest first, each with its task and indicator counts linking to the filtered lists. */
export function PlansTable({ plans, currentId, onEdit, onFollow }: PlansTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const columns = useColumnWidths('plans', COLUMNS);
  const th = (id: string, label: string, className?: string) => (
    <ResizableTh columns={columns} id={id} label={label} className={className} />
  );
  return (
    <ResizableTable
      columns={columns}
      caption={<caption className="visually-hidden">{t('plans.title')}</caption>}
      scrollClassName="panel plans-panel"
      className="table plans-table"
      data-testid="plans-table"
    >
      <thead>
        <tr>
          {th('code', t('plans.columns.code'))}
          {th('title', t('plans.columns.title'))}
          {th('years', t('plans.columns.years'))}
          {th('issuedOn', t('plans.columns.issuedOn'))}
          {th('issuedBy', t('plans.columns.issuedBy'))}
          {th('state', t('plans.columns.state'))}
          {th('tasks', t('plans.columns.tasks'), 'num')}
          {th('indicators', t('plans.columns.indicators'), 'num')}
          <th scope="col">
            <span className="visually-hidden">{t('plans.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => {
          const current = p.id === currentId;
          return (
            <tr
              key={p.id}
              data-testid="plan-row"
              data-plan-id={p.id}
              className={current ? 'plan-current' : undefined}
            >
              <td className="plan-code">{p.code}</td>
              <th scope="row" className="plan-title">
                <a href={routeHref('dashboard', { planId: p.id })}>{p.title}</a>
                {current ? <span className="badge plan-current-badge">{t('plans.current')}</span> : null}
                {p.basis ? <span className="plan-basis">{p.basis.split('\n')[0]}</span> : null}
              </th>
              <td>{p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}–${p.yearTo}`}</td>
              <td>{fmt.date(p.issuedOn)}</td>
              <td>{p.issuedBy ?? ''}</td>
              <td>{t(`planState.${p.state}`)}</td>
              <td className="num">
                <a
                  href={routeHref('tasks', { planId: p.id })}
                  aria-label={t('plans.links.tasks', { count: p.taskCount, code: p.code })}
                  data-testid="plan-task-count"
                >
                  {fmt.number(p.taskCount)}
                </a>
              </td>
              <td className="num">
                <a
                  href={routeHref('indicators', { planId: p.id })}
                  aria-label={t('plans.links.indicators', { count: p.indicatorCount, code: p.code })}
                  data-testid="plan-indicator-count"
                >
                  {fmt.number(p.indicatorCount)}
                </a>
              </td>
              <td className="plan-actions">
                {!current ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onFollow(p)}
                    title={t('plans.followHint')}
                    aria-label={t('plans.followFor', { code: p.code })}
                    data-testid="plan-make-default"
                  >
                    {t('plans.follow')}
                  </Button>
                ) : null}
                <Button
                  size="sm"
                  onClick={() => onEdit(p)}
                  aria-label={t('plans.links.edit', { code: p.code })}
                >
                  {t('app.edit')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ResizableTable>
  );
}
