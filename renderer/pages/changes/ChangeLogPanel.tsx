// "Nhật ký thay đổi": the latest actions on the whole data file (every record), each with what it
// changed and "Hoàn tác". Shown in Cài đặt; reloads by itself after an undo anywhere.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Loading } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ChangeList } from './ChangeList';
import './strings';

const SHOWN = 50;

/** `version`: bumped by the page after it saved something, so the log shows that action too. */
export function ChangeLogPanel({ version = 0 }: { version?: number }) {
  const { t } = useTranslation();
  const log = useApiQuery('changes.list', { limit: SHOWN });
  const { refetch } = log;
  useEffect(() => {
    if (version > 0) refetch();
  }, [version, refetch]);
  return (
    <section className="panel" aria-labelledby="change-log-title" data-testid="change-log">
      <h2 id="change-log-title">{t('history.log.title')}</h2>
      <p className="muted panel-intro">{t('history.log.intro')}</p>
      <ErrorBanner error={log.error} onRetry={log.refetch} />
      {log.data ? (
        <div className="change-log" role="region" tabIndex={0} aria-label={t('history.log.label')}>
          <ChangeList views={log.data} showSubjects />
        </div>
      ) : log.error ? null : (
        <Loading label={t('history.loading')} />
      )}
    </section>
  );
}
