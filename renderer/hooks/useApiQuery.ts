// Loads one API method's result for the current input and keeps loading / error / refetch beside it.
// The previous data stays visible while a new input loads, so filters never blank the page.
// After an undo or redo anywhere (stores/changes) every query loads again.
import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { api } from '../api/client';
import { useDataVersion } from '../stores/changes';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  refetch(): void;
}

/** `input` null skips the call (e.g. until the plan is known). Inputs are compared by value. */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M> | null): QueryState<Output<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ data?: Output<M>; error: Error | null; loading: boolean }>({
    error: null,
    loading: key !== null,
  });
  const [generation, setGeneration] = useState(0);
  // An undo or redo may change what any view shows: every query loads again after one.
  const dataVersion = useDataVersion((s) => s.version);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    api.call(method, JSON.parse(key) as Input<M>).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState((s) => ({
          ...s,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        })),
    );
    return () => {
      current = false;
    };
  }, [method, key, generation, dataVersion]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}
