// Keyboard first on navigation: when the page changes, the focus moves to the new page's heading
// (tabIndex -1, so a Tab goes on to its first control) instead of staying in the sidebar, and a polite
// live region says which page opened. Pages load lazily, so the heading is awaited as it appears.
import { useEffect, useRef } from 'react';
import type { PageName } from '../stores/route';

/** How long a lazily loaded page's heading is awaited before giving up. */
const WAIT_MS = 5000;

/** Whether the new page already put the focus somewhere of its own (a panel's heading, a marked row). */
function pageTookFocus(main: HTMLElement, before: Element | null): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement &&
    active !== before &&
    active !== main &&
    main.contains(active) &&
    active.checkVisibility()
  );
}

function focusHeading(main: HTMLElement, before: Element | null): boolean {
  if (pageTookFocus(main, before)) return true;
  const h1 = [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.checkVisibility());
  if (!h1) return false;
  // A dialog opened with the page (a task's drawer from a search) keeps the focus it took.
  if (document.activeElement?.closest('dialog[open]')) return true;
  if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
  h1.focus({ preventScroll: true });
  // While the new page's code loads, Suspense keeps the old page in the DOM, hidden: its heading does
  // not take the focus, and the new one is awaited.
  return document.activeElement === h1;
}

/**
 * Moves the focus to the page's h1 each time `page` changes (not on the first page of the session: the
 * person has not navigated yet) and sets `announce` to the live region's text.
 */
export function usePageFocus(page: PageName, announce: (page: PageName) => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    announce(page);
    const main = document.getElementById('main');
    if (!main) return;
    const before = document.activeElement;
    if (focusHeading(main, before)) return;
    const observer = new MutationObserver(() => {
      if (focusHeading(main, before)) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per page change only
  }, [page]);
}
