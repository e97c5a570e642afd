import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (Ctrl+P or window.print()). The state is flushed synchronously in
 * `beforeprint`, so a virtualised list can swap in a plain full table before the browser lays out pages.
 * The print media query is followed too: print emulation (DevTools, Playwright) sends no `beforeprint`.
 */
export function usePrintMode(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = window.matchMedia('print');
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      media.removeEventListener('change', change);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
