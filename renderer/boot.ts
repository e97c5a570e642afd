// The first module the page evaluates (main.tsx imports it before React and the app): it takes browser
// mode's token out of the address, then asks for the shared lists, the current page's code and, where it
// can, that page's first data, so they load while the rest of the app's code is still being evaluated.
import './api/client';
import { prefetchAppInfo, prefetchReferenceData } from './hooks/useReferenceData';
import { preloadCurrentPage } from './pages/pageLoaders';

// The server answers in order: app.info first (answered at once), then the page's first rows, then the
// shared lists. The first render waits for the first two (bootData below), not for the lists.
const info = prefetchAppInfo();
const page = preloadCurrentPage();
prefetchReferenceData(); // app.info is already on its way: asked once

/** How long the first render waits for app.info and the page (its code and first data) at most. */
const FIRST_RENDER_WAIT_MS = 400;

/**
 * Settles once app.info, the current page's code and its first data are in (or after at most
 * FIRST_RENDER_WAIT_MS): main.tsx renders then, so the first frame is the page with its rows, not a
 * loading screen laid out and painted only to be replaced a few milliseconds later.
 */
export const bootData: Promise<unknown> = Promise.race([
  Promise.allSettled([info, page]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);
