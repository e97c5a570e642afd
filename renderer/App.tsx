import { lazy, Suspense, useEffect, type ComponentType, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../shared/api/types';
import { DiscardPrompt, Loading, StatusLine } from './components';
import { BackendRecovery } from './components/BackendRecovery';
import { StorageBanner } from './components/StorageBanner';
import { LANGS, setLanguage, type Lang } from './i18n';
import { useReferenceData } from './stores/referenceData';
import { PAGES, routeHref, useRoute, type PageName } from './stores/route';

// Pages load on first visit: the charts of the dashboard need not slow down opening the task list.
const page = <K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const PAGE_COMPONENTS: Record<PageName, ComponentType> = {
  dashboard: page(() => import('./pages/DashboardPage'), 'DashboardPage'),
  plans: page(() => import('./pages/PlansPage'), 'PlansPage'),
  tasks: page(() => import('./pages/TasksPage'), 'TasksPage'),
  indicators: page(() => import('./pages/IndicatorsPage'), 'IndicatorsPage'),
  meetings: page(() => import('./pages/MeetingsPage'), 'MeetingsPage'),
  reports: page(() => import('./pages/ReportsPage'), 'ReportsPage'),
  catalog: page(() => import('./pages/CatalogPage'), 'CatalogPage'),
  settings: page(() => import('./pages/SettingsPage'), 'SettingsPage'),
};

// Shown instead of the app on an empty data file (Renderer B's screen: demo province or start empty).
const FirstRun = page<'FirstRun', { info: AppInfo }>(() => import('./pages/firstrun/FirstRun'), 'FirstRun');

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function App() {
  const { t, i18n } = useTranslation();
  const current = useRoute((s) => s.page);
  const settings = useReferenceData((s) => s.settings);
  const info = useReferenceData((s) => s.info);
  const status = useReferenceData((s) => s.status);
  const ensureLoaded = useReferenceData((s) => s.ensureLoaded);
  const Page = PAGE_COMPONENTS[current];

  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);

  // Once the first page is up, fetch the code of the two daily pages so opening them later is instant.
  useEffect(() => {
    const id = setTimeout(() => {
      void import('./pages/TasksPage');
      void import('./pages/DashboardPage');
    }, 1500);
    return () => clearTimeout(id);
  }, []);

  // The window title names the page, so a printed page and the taskbar say where the officer is.
  useEffect(() => {
    document.title = `${t(`nav.${current}`)} – ${t('app.name')}`;
  }, [current, t, i18n.language]);

  // Until the backend says whether the file is empty, show nothing that could flash and vanish.
  if (!info && (status === 'idle' || status === 'loading')) {
    return (
      <main id="main" className="boot">
        <Loading />
      </main>
    );
  }
  if (info?.isEmpty) {
    return (
      <Suspense fallback={<Loading />}>
        <FirstRun info={info} />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('app.mainNav')}>
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
          {settings ? <span className="brand-province">{settings.provinceName}</span> : null}
        </div>
        <ul>
          {PAGES.map((p) => (
            <li key={p}>
              <a
                href={routeHref(p)}
                aria-current={p === current ? 'page' : undefined}
                className={p === current ? 'active' : ''}
              >
                {t(`nav.${p}`)}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-footer">
          <label className="lang">
            {t('app.language')}
            <select
              className="lang-select"
              value={i18n.language}
              onChange={(e) => setLanguage(e.target.value as Lang)}
            >
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <span className="offline-note">{t('app.offline')}</span>
        </div>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <StorageBanner />
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </main>
      <StatusLine />
      <DiscardPrompt />
      <BackendRecovery />
    </div>
  );
}

/** The hash is the router's, so the skip link moves focus itself instead of navigating to #main. */
function skipToMain(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
