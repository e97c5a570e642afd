import { useEffect, useMemo, useRef } from 'react';

/**
 * Calls `fn` once typing pauses for `ms`. The latest `fn` is always the one called, and a pending call
 * is dropped on unmount. Used by the task search so keystrokes never wait on a query.
 */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  const latest = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(
    () => ({
      call: (...args: A) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => latest.current(...args), ms);
      },
      /** Runs a pending call now (Enter in the search box). */
      flush: (...args: A) => {
        clearTimeout(timer.current);
        latest.current(...args);
      },
    }),
    [ms],
  );
}
