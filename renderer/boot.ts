// The first module the page evaluates (main.tsx imports it before React and the app): it takes browser
// mode's token out of the address, then asks for the shared lists, the current page's code and, where it
// can, that page's first data, so they load while the rest of the app's code is still being evaluated.
import './api/client';
import { prefetchAppInfo, prefetchReferenceData } from './hooks/useReferenceData';
import { preloadCurrentPage } from './pages/pageLoaders';

// The server answers in order. app.info first: the shell waits on it alone, and it is answered at once,
// so the shell and the page's frame render while the server reads the page's first rows, asked next.
prefetchAppInfo();
preloadCurrentPage();
prefetchReferenceData(); // app.info is already on its way: asked once
