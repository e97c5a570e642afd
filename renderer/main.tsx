import './api/client'; // first: takes browser mode's token out of the URL before the router reads it
// Be Vietnam Pro, bundled (no CDN: the app works offline). The per-weight files declare every subset
// (vietnamese, latin-ext, latin) with its unicode-range; the per-subset files have no range, so mixing
// them makes the last one win and Vietnamese letters fall back to another font.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import './styles/components.css';
import './styles/print.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
