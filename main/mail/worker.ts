import type { ServiceContext } from '../services/context';
import { processOutbox, type MailSender } from './outbox';

export interface OutboxWorker {
  stop(): void;
  /** Runs the outbox now (or joins the run in progress and one more after it); resolves when done. */
  kick(): Promise<void>;
}

/**
 * Sends due mail every `intervalMs` while SMTP settings exist. Runs never overlap: a kick during a
 * run asks for one more run after it, so mail queued meanwhile is not left for the next tick.
 * The context and the sender are fetched per run, so a reopened database or changed settings apply.
 * The timer is unref'd: a pending retry never keeps the process (CLI, tests) alive.
 */
export function startOutboxWorker(
  getCtx: () => ServiceContext,
  getSender: () => MailSender | null,
  intervalMs = 30_000,
  onError: (error: unknown) => void = (error) => console.error('Hộp thư đi:', error),
): OutboxWorker {
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;

  const runOnce = async () => {
    const send = getSender();
    if (!send) return;
    await processOutbox(getCtx(), send);
  };

  const loop = async () => {
    do {
      again = false;
      try {
        await runOnce();
      } catch (error) {
        onError(error); // e.g. the database was closed under us; the next tick tries again
      }
    } while (again && !stopped);
  };

  const kick = (): Promise<void> => {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => void kick(), intervalMs);
  timer.unref();
  // Mail left from the last session goes out as soon as the app is up, but not inside this call.
  const first = setTimeout(() => void kick(), 0);
  first.unref();

  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
    },
    kick,
  };
}
