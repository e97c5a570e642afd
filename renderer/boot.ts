// The first module the page evaluates (main.tsx imports it before React and the app): it takes browser
// mode's token out of the address, then asks for the shared lists, the current page's code and, where it
// can, that page's first data, so they load while the rest of the app's code is still being evaluated.
import './api/client';
import { prefetchReferenceData } from './hooks/useReferenceData';
import { preloadCurrentPage } from './pages/pageLoaders';

preloadCurrentPage(); // first: the server answers in order, and the page's first rows matter most
prefetchReferenceData();
