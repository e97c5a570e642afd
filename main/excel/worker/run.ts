// Runs a workbook job in a worker thread: the bundled worker next to the bundled main process, or the
// TypeScript entry through tsx when running from source (tests, the bench, the CLI under tsx).
// A job settles only once its worker has exited, so the export queue (services/jobs.ts) never has more
// workers alive than it lets run; the count of live workers can be watched (onWorkerCount) to check that.
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';
import type { ParentMessage, WorkbookJob, WorkerMessage } from './protocol';
import { startWorker } from '../../workers/start';

type WorkerCountListener = (live: number, change: 'start' | 'exit') => void;

let live = 0;
const listeners = new Set<WorkerCountListener>();

/** Calls `listener` each time a workbook worker starts or exits, with how many are alive; returns unsubscribe. */
export function onWorkerCount(listener: WorkerCountListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function counted(change: 'start' | 'exit'): void {
  live += change === 'start' ? 1 : -1;
  for (const listener of listeners) listener(live, change);
}

function startJobWorker(job: WorkbookJob): Worker {
  return startWorker(__dirname, 'workbook-worker.cjs', 'entry.ts', { workerData: job });
}

export function runWorkbookInWorker(
  job: WorkbookJob,
  progress: (fraction: number, stage: string) => void,
  /** For a job signed by a token: makes the signature the worker asks for (the token stays here). */
  remoteSign?: (data: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = startJobWorker(job);
    counted('start');
    let outcome: { ok: true; content: Buffer } | { ok: false; error: AppError } | null = null;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.fraction, message.stage);
      else if (message.type === 'sign-request') {
        const answer = (reply: ParentMessage) => worker.postMessage(reply);
        if (!remoteSign) {
          answer({ type: 'sign-error', code: 'KY_THAT_BAI', message: 'Không có thiết bị ký số để ký.' });
          return;
        }
        remoteSign(Buffer.from(message.data)).then(
          (signature) => answer({ type: 'sign-response', signature: new Uint8Array(signature) }),
          (error: unknown) =>
            answer({
              type: 'sign-error',
              code: error instanceof AppError ? error.code : 'KY_THAT_BAI',
              message: error instanceof Error ? error.message : String(error),
            }),
        );
        return;
      } else if (message.type === 'done') {
        outcome = {
          ok: true,
          content: Buffer.from(
            message.content.buffer,
            message.content.byteOffset,
            message.content.byteLength,
          ),
        };
      } else {
        outcome = { ok: false, error: new AppError(message.code ?? 'LOI_TAO_TEP', message.message) };
      }
      // The answer is in: end the thread now rather than wait for its event loop to drain.
      if (outcome) void worker.terminate();
    });
    worker.on('error', (error) => {
      outcome ??= {
        ok: false,
        error: new AppError('LOI_TAO_TEP', `Không tạo được tệp báo cáo: ${error.message}`),
      };
    });
    worker.on('exit', (code) => {
      counted('exit');
      const o =
        outcome ??
        ({
          ok: false,
          error: new AppError('LOI_TAO_TEP', `Tiến trình tạo tệp báo cáo dừng bất thường (mã ${code}).`),
        } as const);
      if (o.ok) resolve(o.content);
      else reject(o.error);
    });
  });
}
