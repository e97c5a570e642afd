import { create } from 'zustand';

// A small hash router: '#/tasks?situation=qua_han&planId=…'. Hash routes work from file:// in Electron
// and from the loopback server alike, and every dashboard number can link to a filtered list.
export const PAGES = [
  'dashboard',
  'plans',
  'tasks',
  'indicators',
  'meetings',
  'reports',
  'catalog',
  'settings',
] as const;
export type PageName = (typeof PAGES)[number];

export type RouteParams = Record<string, string | null | undefined>;

export interface Route {
  page: PageName;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const page = (PAGES as readonly string[]).includes(path) ? (path as PageName) : 'dashboard';
  return { page, params: Object.fromEntries(new URLSearchParams(query)) };
}

export function routeHref(page: PageName, params: RouteParams = {}): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}

interface RouteState extends Route {
  navigate(page: PageName, params?: RouteParams): void;
  /**
   * Changes some parameters of the current page in place (null removes one). Replaces the history
   * entry, so typing in a filter does not fill the Back button with one entry per keystroke.
   */
  setParams(changes: RouteParams): void;
}

export const useRoute = create<RouteState>((set, get) => {
  window.addEventListener('hashchange', () => set(parseHash(window.location.hash)));
  return {
    ...parseHash(window.location.hash),
    navigate: (page, params = {}) => {
      window.location.hash = routeHref(page, params);
    },
    setParams: (changes) => {
      const { page, params } = get();
      const next = routeHref(page, { ...params, ...changes });
      history.replaceState(history.state, '', next);
      set(parseHash(next));
    },
  };
});
