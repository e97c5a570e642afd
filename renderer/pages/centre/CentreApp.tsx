// The app on a centre's file (centre.info names it): its own sidebar with the two pages a receiving body
// uses, "Tiếp nhận báo cáo" and "Danh sách tin cậy". A province's pages would only be refused here.
import './strings';
import './centre.css';
import '../trust/strings';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CentreInfo } from '../../../shared/api/types';
import { StatusLine } from '../../components';
import { BackendRecovery } from '../../components/BackendRecovery';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { StorageBanner } from '../../components/StorageBanner';
import { TrustPanel } from '../trust/TrustPanel';
import { CentrePage } from './CentrePage';

type CentreView = 'receive' | 'trust';
const VIEWS: readonly CentreView[] = ['receive', 'trust'];
const viewOf = (hash: string): CentreView =>
  hash.replace(/^#\/?/, '').split('?')[0] === 'trust' ? 'trust' : 'receive';

export function CentreApp({ info, centre }: { info: AppInfo; centre: CentreInfo & { name: string } }) {
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
          <span className="brand-province">{centre.name}</span>
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
          {view === 'receive' ? (
            <CentrePage name={centre.name} provinces={centre.provinces} today={info.today} />
          ) : (
            <div className="centre-page">
              <TrustPanel provinces={centre.provinces} />
            </div>
          )}
        </ErrorBoundary>
      </main>
      <StatusLine />
      <BackendRecovery />
    </div>
  );
}
