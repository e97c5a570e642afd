// Runs a workbook job in a worker thread: the bundled worker next to the bundled main process, or the
// TypeScript entry through tsx when running from source (tests, the bench, the CLI under tsx).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';
import type { WorkbookJob, WorkerMessage } from './protocol';

function startWorker(job: WorkbookJob): Worker {
  const bundled = path.join(__dirname, 'workbook-worker.cjs');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: job });
  // From source: register tsx's require hook inside the worker, then load the TypeScript entry.
  const entry = JSON.stringify(path.join(__dirname, 'entry.ts'));
  return new Worker(`require('tsx/cjs'); require(${entry});`, { eval: true, workerData: job });
}

export function runWorkbookInWorker(
  job: WorkbookJob,
  progress: (fraction: number, stage: string) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.fraction, message.stage);
      else if (message.type === 'done') {
        settled = true;
        resolve(Buffer.from(message.content.buffer, message.content.byteOffset, message.content.byteLength));
      } else {
        settled = true;
        reject(new AppError(message.code ?? 'LOI_TAO_TEP', message.message));
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(new AppError('LOI_TAO_TEP', `Không tạo được tệp báo cáo: ${error.message}`));
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(new AppError('LOI_TAO_TEP', `Tiến trình tạo tệp báo cáo dừng bất thường (mã ${code}).`));
    });
  });
}
