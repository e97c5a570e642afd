// The one way a view shows the state of a read: the backend's error with "Thử lại", the loading line
// while nothing is there yet, else the data (the previous input's data stays shown while a new one loads).
import type { ReactNode } from 'react';
import type { QueryState } from '../hooks/useApiQuery';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Loading';

export interface QueryViewProps<T> {
  query: QueryState<T>;
  /** The banner's title ("Không tải được chỉ tiêu."), else the app's "Không thực hiện được". */
  errorTitle?: string;
  loadingLabel?: string;
  children(data: T): ReactNode;
}

export function QueryView<T>({ query, errorTitle, loadingLabel, children }: QueryViewProps<T>) {
  return (
    <>
      <ErrorBanner error={query.error} title={errorTitle} onRetry={query.retry} />
      {query.data !== undefined ? (
        children(query.data)
      ) : query.error ? null : (
        <Loading label={loadingLabel} />
      )}
    </>
  );
}
