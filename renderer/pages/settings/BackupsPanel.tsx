// Backups: the list (newest first), "Sao lưu ngay", and restore. A restore first keeps the current data
// as a backup (the backend does it), then the window reloads so every page reads the restored file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { Button, ConfirmDialog, ErrorBanner, Loading } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useAppInfo } from '../../hooks/useReferenceData';
import { showStatus } from '../../stores/status';
import { backupReason, backupSize } from './backupText';
import { BackupToFolder } from './BackupToFolder';

export function BackupsPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const dbFile = useAppInfo()?.dbFile ?? null;
  const list = useApiQuery('backups.list', {});
  const creating = useAction();
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const restore = useAction();

  const create = () =>
    creating.run(async () => {
      const made = await write('backups.create', {});
      showStatus(t('settings.backups.created', { time: f.dateTime(made.createdAt) }));
    });
  // Success reloads the window so every page reads the restored file; until the page goes, the call
  // never settles and the dialog stays busy ("Đang khôi phục…"), so it cannot be confirmed twice.
  const restoreFrom = (b: BackupEntry) =>
    restore.run(async () => {
      await write('backups.restore', { name: b.name });
      window.location.reload();
      await new Promise<never>(() => {});
    });

  const rows = list.data ?? [];
  return (
    <section className="panel" aria-labelledby="settings-backups-title" data-testid="settings-backups">
      <div className="panel-title">
        <h2 id="settings-backups-title">{t('settings.backups.title')}</h2>
        <Button
          variant="primary"
          size="sm"
          busy={creating.busy}
          onClick={() => void create()}
          data-testid="backup-now"
        >
          {t('settings.backups.create')}
        </Button>
      </div>
      <p className="muted panel-intro">{t('settings.backups.intro')}</p>
      {dbFile ? <p className="db-file">{t('settings.backups.dbFile', { file: dbFile })}</p> : null}
      <ErrorBanner error={creating.error} />
      <ErrorBanner error={list.error} onRetry={list.retry} />
      {!list.data ? (
        list.error ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <p className="muted">{t('settings.backups.empty')}</p>
      ) : (
        <div className="backup-scroll">
          <table className="table compact" data-testid="backup-table">
            <caption className="visually-hidden">{t('settings.backups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.backups.col.at')}</th>
                <th scope="col">{t('settings.backups.col.reason')}</th>
                <th scope="col" className="num">
                  {t('settings.backups.col.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.backups.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.name} data-testid="backup-row" data-name={b.name} data-reason={b.reason}>
                  <td className="nowrap">{f.dateTime(b.createdAt)}</td>
                  <td>{backupReason(b.reason, t)}</td>
                  <td className="num nowrap">{backupSize(b.size, f.number)}</td>
                  <td className="row-actions">
                    <Button
                      size="sm"
                      variant="link"
                      aria-label={t('settings.backups.restoreLabel', { time: f.dateTime(b.createdAt) })}
                      onClick={() => {
                        restore.clearError();
                        setRestoring(b);
                      }}
                    >
                      {t('settings.backups.restore')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BackupToFolder />
      {restoring ? (
        <ConfirmDialog
          title={t('settings.backups.restoreTitle')}
          confirmLabel={restore.busy ? t('settings.backups.restoring') : t('settings.backups.restore')}
          danger
          busy={restore.busy}
          error={restore.error}
          testId="restore-dialog"
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restoreFrom(restoring)}
        >
          <p className="strong">
            {t('settings.backups.restoreMessage', {
              time: f.dateTime(restoring.createdAt),
              reason: backupReason(restoring.reason, t),
            })}
          </p>
          <p>{t('settings.backups.restoreKeep')}</p>
          <p className="muted">{t('settings.backups.restoreReload')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
