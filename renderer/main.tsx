import { bootData } from './boot'; // first: the token out of the URL, then the first requests (see boot.ts)
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
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/queryClient';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';

void bootData.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  ),
);
