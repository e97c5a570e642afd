// Waiting in tests without sleeping: await the event when there is one (Channel), and poll a condition
// with a deadline only where nothing can be awaited (waitUntil), saying why at the call site.
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Values handed from the code under test to the test, in order: `push` from a callback, `await next()`
 * in the test. Resolves as soon as a value is there; nothing is timed.
 */
export class Channel<T> {
  private readonly values: { value: T }[] = [];
  private readonly waiting: ((value: T) => void)[] = [];

  push(value: T): void {
    const take = this.waiting.shift();
    if (take) take(value);
    else this.values.push({ value });
  }

  next(): Promise<T> {
    const box = this.values.shift();
    if (box) return Promise.resolve(box.value);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

type Present<T> = Exclude<T, undefined | null | false>;
const present = <T>(value: T): value is Present<T> =>
  value !== undefined && value !== null && value !== false;

export interface WaitOptions {
  /** What should happen, for the failure message: "the export job finishes". */
  what: string;
  /** Why this polls instead of awaiting an event (required: polling is the last resort). */
  because: string;
  /** Give up after this long; generous, since a loaded build machine is slow, never a timing check. */
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Calls `probe` until it returns something other than undefined, null or false, and returns that;
 * throws once `timeoutMs` has passed, naming what did not happen.
 */
export async function waitUntil<T>(
  probe: () => T | Promise<T>,
  { what, timeoutMs = 20_000, intervalMs = 5 }: WaitOptions,
): Promise<Present<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (present(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}.`);
    await delay(intervalMs);
  }
}
