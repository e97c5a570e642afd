// The renderer's one cache of what the backend returned (TanStack Query). Every read goes through it,
// keyed by the contract's method name and input (queries.ts); every write says which reads it may have
// changed (writes.ts), and those load again. Nothing else reloads data by hand.
import { keepPreviousData, QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // This window is the data file's only writer (the write lock), and every write it makes
      // invalidates what it touched: cached data stays true until then, so nothing refetches on its own.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // Errors are the backend's sentences ("Không tìm thấy…"): asking again would say the same; the
      // error banner offers "Thử lại".
      retry: false,
      // A new input (a filter, another plan) keeps the previous result on screen until its own arrives.
      placeholderData: keepPreviousData,
    },
  },
});
