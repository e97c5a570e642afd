// "Nhật ký thay đổi": the latest actions on the whole data file (every record), each with what it
// changed and "Hoàn tác". Shown in Cài đặt; every write invalidates it (api/writes), so it follows by itself.
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ChangeList } from './ChangeList';
import './strings';

const SHOWN = 50;

export function ChangeLogPanel() {
  const { t } = useTranslation();
  const log = useApiQuery('changes.list', { limit: SHOWN });
  return (
    <section className="panel" aria-labelledby="change-log-title" data-testid="change-log">
      <h2 id="change-log-title">{t('history.log.title')}</h2>
      <p className="muted panel-intro">{t('history.log.intro')}</p>
      <QueryView query={log} loadingLabel={t('history.loading')}>
        {(views) => (
          <div className="change-log" role="region" tabIndex={0} aria-label={t('history.log.label')}>
            <ChangeList views={views} showSubjects />
          </div>
        )}
      </QueryView>
    </section>
  );
}
