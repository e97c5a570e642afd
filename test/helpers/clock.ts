// Running code "later" without waiting: only Date is faked (timers, setImmediate and I/O stay real), so a
// test can show that what a function writes does not depend on the moment it runs.
import { vi } from 'vitest';

/** Runs `fn` with the clock moved `ms` ahead of now, and puts the real clock back whatever happens. */
export async function withClockAhead<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(Date.now() + ms);
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}
