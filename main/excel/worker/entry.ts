// The workbook worker thread (bundled as dist/main/workbook-worker.cjs): exceljs packs a large report
// for seconds of synchronous work, which must not stall the main process (IPC, the outbox, progress).
import { parentPort, workerData } from 'node:worker_threads';
import { runWorkbookJob } from './job';
import type { ParentMessage, WorkbookJob, WorkerMessage } from './protocol';

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(message, transfer);

/** Asks the backend for the token's signature over `data` (one signature per job). */
const remoteSign = (data: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    parentPort!.once('message', (reply: ParentMessage) => {
      if (reply.type === 'sign-response') resolve(Buffer.from(reply.signature));
      else reject(Object.assign(new Error(reply.message), { code: reply.code }));
    });
    post({ type: 'sign-request', data: new Uint8Array(data) });
  });

runWorkbookJob(
  workerData as WorkbookJob,
  (fraction, stage) => post({ type: 'progress', fraction, stage }),
  remoteSign,
).then(
  (content) => {
    const bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength).slice();
    post({ type: 'done', content: bytes }, [bytes.buffer]);
  },
  (error: unknown) => {
    const code =
      error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
        ? error.code
        : null;
    post({ type: 'error', code, message: error instanceof Error ? error.message : String(error) });
  },
);
