// "Xuất Excel": asks the backend for the workbook of what is on screen and offers it as a download, the
// way the app downloads every other file (reports/files.ts). The export can take a few seconds on a long
// list: the button shows it is busy and the status line says so, then names the file made.
import './strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../../shared/api/types';
import { Button, errorMessage } from '../../components';
import { showStatus } from '../../stores/status';
import { downloadFile } from '../reports/files';

export interface ExportButtonProps {
  /** The export call with the list's current filters and sort; null while they are not known yet. */
  run: (() => Promise<FileDownload>) | null;
  testId?: string;
  disabled?: boolean;
}

export function ExportButton({ run, testId, disabled }: ExportButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    if (!run) return;
    setBusy(true);
    showStatus(t('sheets.export.working'), 'info');
    try {
      const file = await run();
      downloadFile(file);
      showStatus(t('sheets.export.done', { file: file.fileName }));
    } catch (error) {
      // The backend's own words about what to fix, read out in the status line.
      showStatus(errorMessage(error, t('sheets.export.failed')), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      onClick={() => void start()}
      busy={busy}
      disabled={disabled || !run}
      title={t('sheets.export.hint')}
      data-testid={testId}
    >
      {busy ? t('sheets.export.busy') : t('sheets.export.button')}
    </Button>
  );
}
