import { lazy, Suspense, use, useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardPrompt, Loading, StatusLine } from './components';
import { BackendRecovery } from './components/BackendRecovery';
import { ErrorBoundary } from './components/ErrorBoundary';
import { StorageBanner } from './components/StorageBanner';
import { LANGS, setLanguage, type Lang } from './i18n';
import { useApiQuery } from './hooks/useApiQuery';
import { pageModule } from './pages/pageLoaders';
import { PAGES, routeHref, useRoute, type PageName } from './stores/route';
import { AppHeader } from './components/search/AppHeader';
import { KeyboardFirst } from './shortcuts/KeyboardFirst';

// Pages load on first visit (pages/pageLoaders), the one in the address bar already at boot. A page
// whose code has arrived renders at once: `lazy` would suspend on every first render, and React holds a
// suspended boundary's content back up to 300 ms after its fallback appeared (issue 10: first rows).
function CurrentPage({ page }: { page: PageName }) {
  const Page = use(pageModule(page));
  return <Page />;
}

// On a centre's file (app.info names its centre): the receiving body's own pages instead of a province's.
const CentreApp = lazy(async () => ({ default: (await import('./pages/centre/CentreApp')).CentreApp }));

// Shown instead of the app on an empty data file (first run: the demo province, start empty, import a
// plan, or a receiving body's file).
const FirstRun = lazy(async () => ({ default: (await import('./pages/firstrun/FirstRun')).FirstRun }));

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function App() {
  const { t, i18n } = useTranslation();
  const current = useRoute((s) => s.page);
  // The two reads the shell shows, each alone: the shared lists' hook would re-render the whole app
  // (the page under it included) as each of the five arrives, around the first rows' frame.
  const settings = useApiQuery('settings.get', {}).data;
  // app.info's own state, not the shared lists': on a centre's file the province's lists are refused,
  // and that must not let the province app through before app.info has named the centre.
  const infoQuery = useApiQuery('app.info', {});
  const info = infoQuery.data ?? null;

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

  // Until the backend says whether the file is empty or a centre's (app.info, asked for at boot), show
  // nothing that could flash and vanish. The other shared lists are not waited on: pages that need them
  // wait themselves, and the task list's rows carry their names.
  if (!info && !infoQuery.error) {
    return (
      <main id="main" className="boot">
        <Loading />
      </main>
    );
  }
  if (info?.centre) {
    return (
      <Suspense fallback={<Loading />}>
        <CentreApp info={info} centre={info.centre} />
      </Suspense>
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
      <AppHeader />
      <main id="main" className="content" tabIndex={-1}>
        <StorageBanner />
        <ErrorBoundary page={t(`nav.${current}`)} resetKey={current}>
          <Suspense fallback={<Loading />}>
            <CurrentPage page={current} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <StatusLine />
      <DiscardPrompt />
      <BackendRecovery />
      <KeyboardFirst page={current} />
    </div>
  );
}

/** The hash is the router's, so the skip link moves focus itself instead of navigating to #main. */
function skipToMain(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
