// The code of each page, loaded on first visit, and the first data some pages can ask for before their
// code has arrived. boot.ts starts both for the page in the address bar, beside the shared lists.
import type { ComponentType } from 'react';
import { parseHash, type PageName } from '../stores/route';
import { prefetchTaskList } from './tasks/prefetchTaskList';

// Pages load on first visit: the charts of the dashboard need not slow down opening the task list.
export type PageModule = Promise<ComponentType>;
export const PAGE_LOADERS: Record<PageName, () => PageModule> = {
  dashboard: async () => (await import('./DashboardPage')).DashboardPage,
  plans: async () => (await import('./PlansPage')).PlansPage,
  tasks: async () => (await import('./TasksPage')).TasksPage,
  indicators: async () => (await import('./IndicatorsPage')).IndicatorsPage,
  meetings: async () => (await import('./MeetingsPage')).MeetingsPage,
  rounds: async () => (await import('./RoundsPage')).RoundsPage,
  reports: async () => (await import('./ReportsPage')).ReportsPage,
  catalog: async () => (await import('./CatalogPage')).CatalogPage,
  settings: async () => (await import('./SettingsPage')).SettingsPage,
};
/** A promise as React's `use` reads it: once settled it says so, and `use` returns without suspending. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const modules = new Map<PageName, Promise<ComponentType>>();

/**
 * The page's code, loaded once: the same promise for every caller, marked settled the moment it is, so
 * the shell renders a page whose code has arrived without suspending (App's CurrentPage). A failed load
 * is forgotten, so opening the page again asks again.
 */
export function pageModule(page: PageName): PageModule {
  const known = modules.get(page);
  if (known) return known;
  const loading: Tracked<ComponentType> = PAGE_LOADERS[page]();
  loading.status = 'pending';
  loading.then(
    (value) => {
      loading.status = 'fulfilled';
      loading.value = value;
    },
    (reason: unknown) => {
      loading.status = 'rejected';
      loading.reason = reason;
      modules.delete(page);
    },
  );
  modules.set(page, loading);
  return loading;
}

/** Pages whose first data can be asked for before their code has loaded (the task list's first window). */
const PAGE_DATA: Partial<Record<PageName, (params: Record<string, string>) => Promise<void>>> = {
  tasks: prefetchTaskList,
};

/**
 * Starts loading the code of the page in the address bar (the browser keeps the module once loaded)
 * and, where it can, that page's first data: both then arrive beside the shared lists, not after them.
 */
export function preloadCurrentPage(): Promise<unknown> {
  const { page, params } = parseHash(window.location.hash);
  return Promise.allSettled([
    pageModule(page),
    PAGE_DATA[page]?.(params), // a failure shows on the page, which asks again
  ]);
}
