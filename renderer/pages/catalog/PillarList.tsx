// The pillars tab: the programme's pillars and foundations, editable and archivable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { Button, ConfirmDialog, EmptyState, ErrorBanner, Loading } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { showStatus } from '../../stores/status';
import { PillarForm } from './PillarForm';

type Dialog = { kind: 'form'; pillar: Pillar | null } | { kind: 'archive'; pillar: Pillar } | null;

export function PillarList() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useApiQuery('pillars.list', { includeArchived });
  const [dialog, setDialog] = useState<Dialog>(null);
  const archiving = useAction();
  const pillars = list.data ?? [];

  const archive = (p: Pillar) =>
    archiving.run(async () => {
      await write('pillars.archive', { id: p.id });
      showStatus(t('catalog.pillars.archived_done', { name: p.name }));
      setDialog(null);
    });

  return (
    <>
      <div className="list-toolbar">
        <label className="check-row">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          {t('catalog.pillars.showArchived')}
        </label>
        <Button
          variant="primary"
          onClick={() => setDialog({ kind: 'form', pillar: null })}
          data-testid="add-pillar"
        >
          {t('catalog.pillars.add')}
        </Button>
      </div>
      <ErrorBanner error={list.error} onRetry={list.retry} />
      {!list.data ? (
        list.error ? null : (
          <Loading />
        )
      ) : pillars.length === 0 ? (
        <EmptyState title={t('catalog.pillars.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table catalog-table" data-testid="pillar-table">
            <caption className="visually-hidden">{t('catalog.pillars.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalog.pillars.col.code')}</th>
                <th scope="col">{t('catalog.pillars.col.name')}</th>
                <th scope="col">{t('catalog.pillars.col.group')}</th>
                <th scope="col" className="num">
                  {t('catalog.pillars.col.order')}
                </th>
                <th scope="col">{t('catalog.pillars.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pillars.map((p) => (
                <tr
                  key={p.id}
                  className={p.archivedAt ? 'row-archived' : undefined}
                  data-testid="pillar-row"
                  data-code={p.code}
                >
                  <td className="nowrap strong">{p.code}</td>
                  <td>
                    {p.name}
                    {p.archivedAt ? <span className="cell-sub">{t('catalog.pillars.archived')}</span> : null}
                  </td>
                  <td>{t(`catalog.group.${p.group}`)}</td>
                  <td className="num">{p.sortOrder}</td>
                  <td className="row-actions">
                    {!p.archivedAt ? (
                      <>
                        <Button
                          size="sm"
                          variant="link"
                          aria-label={t('catalog.pillars.editLabel', { name: p.name })}
                          onClick={() => setDialog({ kind: 'form', pillar: p })}
                        >
                          {t('catalog.pillars.edit')}
                        </Button>
                        <Button
                          size="sm"
                          variant="link"
                          aria-label={t('catalog.pillars.archiveLabel', { name: p.name })}
                          onClick={() => {
                            archiving.clearError();
                            setDialog({ kind: 'archive', pillar: p });
                          }}
                        >
                          {t('catalog.pillars.archive')}
                        </Button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'form' ? (
        <PillarForm
          pillar={dialog.pillar}
          nextOrder={Math.max(0, ...pillars.map((p) => p.sortOrder)) + 1}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'archive' ? (
        <ConfirmDialog
          title={t('catalog.pillars.archiveTitle')}
          confirmLabel={t('catalog.pillars.archive')}
          danger
          busy={archiving.busy}
          error={archiving.error}
          onCancel={() => setDialog(null)}
          onConfirm={() => void archive(dialog.pillar)}
        >
          <p>{t('catalog.pillars.archiveMessage', { name: dialog.pillar.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
