// One button's call to the backend outside a form (archive a row, make a backup, queue a mail): which
// one is running, so its button shows busy and cannot be pressed twice, and the error it left, for a
// banner beside it. A new run clears the last error.
import { useState } from 'react';

export interface Action {
  /** The key of the run in progress ('' for a panel's single action), else null. */
  running: string | null;
  busy: boolean;
  error: unknown;
  /** Runs `call`; resolves true when it succeeded, false when it failed (the error is kept). */
  run(call: () => Promise<unknown>, key?: string): Promise<boolean>;
  /** Forgets the last error (the dialog that showed it is opened afresh). */
  clearError(): void;
}

export function useAction(): Action {
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return {
    running,
    busy: running !== null,
    error,
    async run(call, key = '') {
      setRunning(key);
      setError(null);
      try {
        await call();
        return true;
      } catch (e) {
        setError(e);
        return false;
      } finally {
        setRunning(null);
      }
    },
    clearError: () => setError(null),
  };
}
