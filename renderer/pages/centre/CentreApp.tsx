// The app on a centre's file (app.info names its centre): its own sidebar with the two pages a receiving body
// uses, "Tiếp nhận báo cáo" and "Danh sách tin cậy". A province's pages would only be refused here.
import './strings';
import './centre.css';
import '../trust/strings';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/types';
import { ErrorBanner, Loading, StatusLine } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { BackendRecovery } from '../../components/BackendRecovery';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { StorageBanner } from '../../components/StorageBanner';
import { TrustPanel } from '../trust/TrustPanel';
import { CentrePage } from './CentrePage';

type CentreView = 'receive' | 'trust';
const VIEWS: readonly CentreView[] = ['receive', 'trust'];
const viewOf = (hash: string): CentreView =>
  hash.replace(/^#\/?/, '').split('?')[0] === 'trust' ? 'trust' : 'receive';

/** `centre` is the centre's name (app.info's); the provinces it expects come with centre.info. */
export function CentreApp({ info, centre }: { info: AppInfo; centre: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<CentreView>(() => viewOf(window.location.hash));
  useEffect(() => {
    const on = () => setView(viewOf(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.title = `${t(`centre.nav.${view}`)} – ${t('app.name')}`;
  }, [view, t]);

  return (
    <div className="app centre-app">
      <nav className="sidebar" aria-label={t('centre.nav.label')}>
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('centre.brand')}</span>
          <span className="brand-province">{centre}</span>
        </div>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={`#/${v}`}
                aria-current={v === view ? 'page' : undefined}
                className={v === view ? 'active' : ''}
              >
                {t(`centre.nav.${v}`)}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-footer">
          <span className="offline-note">{t('app.offline')}</span>
        </div>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <StorageBanner />
        <ErrorBoundary page={t(`centre.nav.${view}`)} resetKey={view}>
          <CentreView view={view} name={centre} today={info.today} />
        </ErrorBoundary>
      </main>
      <StatusLine />
      <BackendRecovery />
    </div>
  );
}

/** The page of the chosen view, once centre.info has said which provinces the centre expects. */
function CentreView({ view, name, today }: { view: CentreView; name: string; today: string }) {
  const info = useApiQuery('centre.info', {});
  if (info.error) return <ErrorBanner error={info.error} onRetry={info.retry} />;
  if (!info.data) return <Loading />;
  const { provinces } = info.data;
  return view === 'receive' ? (
    <CentrePage name={name} provinces={provinces} today={today} />
  ) : (
    <div className="centre-page">
      <TrustPanel provinces={provinces} />
    </div>
  );
}
