// Reads the spreadsheets someone dropped, in a worker thread with a heap limit and a time limit per file:
// a hostile or broken file (a zip bomb that slipped past the declared sizes, a sheet of a million rows,
// a parser stuck on it) costs that thread, which is ended and replaced, never the backend or the other
// files. The files of one call are read one after another by one thread (a 2-core office PC).
// From source (tests, tsx) the TypeScript entry runs through tsx; the desktop app and the CLI use the
// bundled dist/main/sheet-reader.cjs beside them.
import type { Worker } from 'node:worker_threads';
import { READ_LIMITS, type ReadLimits } from './limits';
import type { ReadReply, ReadRequest } from './readerProtocol';
import type { SheetBook } from './sheet';
import { startWorker } from '../../workers/start';

export interface SheetFile {
  fileName: string;
  bytes: Buffer;
}

export type ReadOutcome = { ok: true; book: SheetBook } | { ok: false; code: string; message: string };

function startReader(limits: ReadLimits): Worker {
  return startWorker(__dirname, 'sheet-reader.cjs', 'readerEntry.ts', {
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
  });
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** Reads each file in turn; the outcome of each, in the order given. */
export async function readSheetFiles(
  files: readonly SheetFile[],
  limits: ReadLimits = READ_LIMITS,
): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  let worker: Worker | null = null;
  try {
    for (const [index, file] of files.entries()) {
      worker ??= startReader(limits);
      const current: Worker = worker;
      const outcome = await new Promise<ReadOutcome & { ended?: true }>((resolve) => {
        const done = (o: ReadOutcome & { ended?: true }) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          current.off('exit', onExit);
          resolve(o);
        };
        const timer = setTimeout(
          () =>
            done({
              ok: false,
              code: 'DOC_QUA_LAU',
              message: `Đọc tệp «${file.fileName}» quá ${seconds(limits.maxMillis)} giây nên đã dừng; tệp có thể quá lớn hoặc bị hỏng. Hãy mở tệp bằng Excel, xóa các dòng, cột thừa rồi lưu lại.`,
              ended: true,
            }),
          limits.maxMillis,
        );
        const onMessage = (reply: ReadReply) => {
          if (reply.id !== index) return;
          done(
            reply.ok
              ? { ok: true, book: reply.book }
              : { ok: false, code: reply.code, message: reply.message },
          );
        };
        const onError = (error: Error & { code?: string }) =>
          done({
            ok: false,
            code: 'TEP_QUA_LON',
            message:
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `Tệp «${file.fileName}» cần quá nhiều bộ nhớ để đọc (giới hạn ${limits.maxHeapMb} MB) nên đã dừng. Hãy xóa các dòng, cột, hình ảnh thừa rồi lưu lại.`
                : `Không đọc được tệp «${file.fileName}»; hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`,
            ended: true,
          });
        const onExit = () =>
          done({
            ok: false,
            code: 'TEP_KHONG_HOP_LE',
            message: `Không đọc được tệp «${file.fileName}»; hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`,
            ended: true,
          });
        current.on('message', onMessage);
        current.on('error', onError);
        current.on('exit', onExit);
        const bytes = new Uint8Array(file.bytes.byteLength);
        bytes.set(file.bytes);
        const request: ReadRequest = { id: index, fileName: file.fileName, bytes, limits };
        current.postMessage(request, [bytes.buffer]);
      });
      if (outcome.ended) {
        await current.terminate();
        worker = null;
      }
      outcomes.push(
        outcome.ok
          ? { ok: true, book: outcome.book }
          : { ok: false, code: outcome.code, message: outcome.message },
      );
    }
  } finally {
    await worker?.terminate();
  }
  return outcomes;
}
