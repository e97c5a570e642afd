// "Sao lưu ra thư mục khác…": a checked backup to a USB stick or another folder. The desktop app asks the
// system's folder dialog; browser mode has no such dialog, so the person types or pastes the folder's full
// path. The backend checks the folder, writes, checks the copy; the result (where, how big, checked
// intact) stays in the panel and goes to the status line. The backend runs in its own process, so the
// window stays responsive while it works; the button says what is being done meanwhile.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderBackupResult } from '../../../shared/api/types';
import { canPickFolder, pickFolder } from '../../api/client';
import { write } from '../../api/writes';
import { Button, ErrorBanner, Field } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { backupSize } from './backupText';

export function BackupToFolder() {
  const { t } = useTranslation();
  const f = useFormat();
  const dialog = canPickFolder();
  const [folder, setFolder] = useState('');
  const [made, setMade] = useState<FolderBackupResult | null>(null);
  const action = useAction();

  const backUp = (target: string) =>
    action.run(async () => {
      setMade(null);
      const result = await write('backups.createIn', { folder: target });
      setMade(result);
      showStatus(t('settings.backups.folder.status', { file: result.file }), 'success');
    });

  const start = async () => {
    if (!dialog) return void backUp(folder);
    const picked = await pickFolder(t('settings.backups.folder.title'));
    if (picked) void backUp(picked);
  };

  return (
    <section className="backup-folder" aria-labelledby="backup-folder-title" data-testid="backup-folder">
      <h3 id="backup-folder-title">{t('settings.backups.folder.title')}</h3>
      <p className="muted">{t('settings.backups.folder.intro')}</p>
      <form
        className="backup-folder-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        {dialog ? null : (
          <Field label={t('settings.backups.folder.label')} hint={t('settings.backups.folder.hint')}>
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                data-testid="backup-folder-path"
              />
            )}
          </Field>
        )}
        <Button type="submit" busy={action.busy} data-testid="backup-folder-start">
          {action.busy ? t('settings.backups.folder.busy') : t('settings.backups.folder.start')}
        </Button>
      </form>
      <p className="visually-hidden" role="status">
        {action.busy ? t('settings.backups.folder.busy') : ''}
      </p>
      <ErrorBanner error={action.error} />
      {made ? (
        <div className="backup-folder-result" data-testid="backup-folder-result">
          <p className="strong">
            {t('settings.backups.folder.done', { file: made.file, size: backupSize(made.size, f.number) })}
          </p>
          <p data-testid="backup-folder-checked">
            <span aria-hidden="true">✓ </span>
            {t('settings.backups.folder.checked')}
          </p>
          <p className="muted">
            {t('settings.backups.folder.checkedDetail', {
              version: made.check.userVersion,
              tables: made.check.tables.length,
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
