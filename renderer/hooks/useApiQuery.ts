// One API method's result for the current input, from the query cache (api/queries.ts). The previous
// data stays visible while a new input loads, so filters never blank the page; writes and undos
// invalidate what they touched (api/writes.ts), and the result loads again by itself.
import { skipToken, useQuery } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { api } from '../api/client';
import { apiKey } from '../api/queries';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  /** True while the first result (or that of a new input) is on its way. */
  loading: boolean;
  /** True while the data shown belongs to the previous input. */
  stale: boolean;
  /** Asks again after an error (the error banner's "Thử lại"). */
  retry(): void;
}

/** `input` null skips the call (e.g. until the plan is known). Inputs are compared by value. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M> | null,
  options: {
    /** Polls while it returns a number (a background job until it ends). */
    refetchInterval?: (data: Output<M> | undefined) => number | false;
  } = {},
): QueryState<Output<M>> {
  const query = useQuery<Output<M>, Error, Output<M>, readonly [M, Input<M> | null]>({
    queryKey: input === null ? [method, null] : apiKey(method, input),
    queryFn: input === null ? skipToken : () => api.call(method, input),
    refetchInterval: options.refetchInterval
      ? (q) => options.refetchInterval?.(q.state.data) ?? false
      : undefined,
  });
  return {
    data: query.data,
    error: query.error,
    loading: query.isFetching && (query.isPending || query.isPlaceholderData),
    stale: query.isPlaceholderData,
    retry: () => void query.refetch(),
  };
}
