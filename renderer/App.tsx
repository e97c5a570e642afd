import { useTranslation } from 'react-i18next';
import { setLanguage, type Lang } from './i18n';
import { useRoute, routeHref, PAGES, type PageName } from './stores/route';
import { DashboardPage } from './pages/DashboardPage';
import { PlansPage } from './pages/PlansPage';
import { TasksPage } from './pages/TasksPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { ReportsPage } from './pages/ReportsPage';
import { CatalogPage } from './pages/CatalogPage';
import { SettingsPage } from './pages/SettingsPage';
import type { ComponentType } from 'react';

const PAGE_COMPONENTS: Record<PageName, ComponentType> = {
  dashboard: DashboardPage,
  plans: PlansPage,
  tasks: TasksPage,
  indicators: IndicatorsPage,
  meetings: MeetingsPage,
  reports: ReportsPage,
  catalog: CatalogPage,
  settings: SettingsPage,
};

export function App() {
  const { t, i18n } = useTranslation();
  const page = useRoute((s) => s.page);
  const Page = PAGE_COMPONENTS[page];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('app.name')}>
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <ul>
          {PAGES.map((p) => (
            <li key={p}>
              <a href={routeHref(p)} aria-current={p === page ? 'page' : undefined} className={p === page ? 'active' : ''}>
                {t(`nav.${p}`)}
              </a>
            </li>
          ))}
        </ul>
        <label className="lang">
          {t('app.language')}
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Lang)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Page />
      </main>
    </div>
  );
}
