import { create } from 'zustand';
import { PAGES, type PageName } from './pages';
import { confirmDiscard, hasUnsavedEdits } from './unsaved';

// A small hash router: '#/tasks?situation=qua_han&planId=…'. Hash routes work from file:// in Electron
// and from the loopback server alike, and every dashboard number can link to a filtered list. Leaving
// a page while a form holds unsaved edits asks first (stores/unsaved).
export { PAGES, type PageName } from './pages';

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

/** Goes to `hash` unless a form holds unsaved edits and the person chooses to keep them. */
function leaveTo(hash: string): void {
  void confirmDiscard().then((discard) => {
    if (discard) window.location.hash = hash;
  });
}

export const useRoute = create<RouteState>((set, get) => {
  let shown = window.location.hash;
  window.addEventListener('hashchange', () => {
    const target = window.location.hash;
    if (hasUnsavedEdits()) {
      // Back, Forward or a typed address while a form holds edits: stay, and ask.
      history.replaceState(history.state, '', shown || '#/');
      leaveTo(target);
      return;
    }
    shown = target;
    set(parseHash(target));
  });
  // Links to another page (the sidebar, a dashboard figure) ask before the address changes.
  document.addEventListener(
    'click',
    (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
      const href = link?.getAttribute('href');
      if (!href || !hasUnsavedEdits()) return;
      e.preventDefault();
      leaveTo(href);
    },
    true,
  );
  return {
    ...parseHash(window.location.hash),
    navigate: (page, params = {}) => leaveTo(routeHref(page, params)),
    setParams: (changes) => {
      const { page, params } = get();
      const next = routeHref(page, { ...params, ...changes });
      history.replaceState(history.state, '', next);
      shown = next;
      set(parseHash(next));
    },
  };
});
