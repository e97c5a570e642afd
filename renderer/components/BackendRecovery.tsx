// Shown over the app when the backend process (database and exports) stopped and was restarted:
// what happened, that the file is sound and nothing was half-written, and one button to go on, which
// reloads the data from the restarted backend. The reload asks first when a form holds unsaved edits
// (the page's beforeunload guard); staying on the page then keeps the form, to save it again.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeRestart, api, backendRestarted, subscribeBackend } from '../api/client';
import { registerStrings } from '../i18n';
import { Button } from './Button';
import { errorMessage } from './ErrorBanner';
import './backendRecovery.css';

registerStrings('recovery', {
  vi: {
    title: 'TienDo vừa gặp sự cố và đã tự khởi động lại',
    what: 'Phần xử lý dữ liệu của TienDo (cơ sở dữ liệu và xuất báo cáo) dừng đột ngột và đã được khởi động lại.',
    safe: 'Tệp dữ liệu không bị hỏng: mọi thay đổi đã báo “đã lưu” vẫn còn nguyên, và không có thay đổi nào bị ghi dở dang.',
    check:
      'Việc đang làm đúng lúc sự cố xảy ra có thể chưa được lưu, và báo cáo đang xuất dở cần xuất lại: sau khi tiếp tục, hãy xem lại rồi làm lại nếu cần.',
    resume: 'Tiếp tục',
    busy: 'Đang kết nối lại…',
    failed: 'Chưa kết nối lại được',
    unexpected: 'Phần xử lý dữ liệu chưa trả lời. Hãy thử lại sau giây lát.',
  },
  en: {
    title: 'TienDo had a problem and restarted itself',
    what: "TienDo's data process (database and report export) stopped unexpectedly and was restarted.",
    safe: 'The data file is not damaged: every change reported as saved is still there, and nothing was half-written.',
    check:
      'What you were doing at that moment may not have been saved, and a report being exported must be exported again: after continuing, check and redo it if needed.',
    resume: 'Continue',
    busy: 'Reconnecting…',
    failed: 'Could not reconnect yet',
    unexpected: 'The data process has not answered yet. Try again in a moment.',
  },
});

export function BackendRecovery() {
  const { t } = useTranslation();
  const restarted = useSyncExternalStore(subscribeBackend, backendRestarted);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (restarted && d && !d.open) d.showModal();
  }, [restarted]);

  if (!restarted) return null;

  const resume = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('app.info', {}); // the restarted backend answers
      acknowledgeRestart();
      window.location.reload();
    } catch (e) {
      setError(errorMessage(e, t('recovery.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="backend-recovery"
      aria-labelledby={titleId}
      aria-describedby={textId}
      // Esc would leave the app on data that may be stale: going on is the button's job.
      onCancel={(e) => e.preventDefault()}
      data-testid="backend-recovery"
    >
      <h1 id={titleId}>{t('recovery.title')}</h1>
      <div id={textId}>
        <p>{t('recovery.what')}</p>
        <p>{t('recovery.safe')}</p>
        <p>{t('recovery.check')}</p>
      </div>
      {error ? (
        <div className="backend-recovery-error" role="alert">
          <strong>{t('recovery.failed')}</strong>
          <p>{error}</p>
        </div>
      ) : null}
      <div className="backend-recovery-actions">
        <Button variant="primary" onClick={() => void resume()} disabled={busy} autoFocus>
          {busy ? t('recovery.busy') : t('recovery.resume')}
        </Button>
      </div>
    </dialog>
  );
}
