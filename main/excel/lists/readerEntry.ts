// The spreadsheet reader's worker thread (bundled as dist/main/sheet-reader.cjs): files from anyone are
// parsed here, so a file that takes too long or too much memory ends this thread, never the backend.
import { parentPort } from 'node:worker_threads';
import { readBook } from './readBook';
import type { ReadReply, ReadRequest } from './readerProtocol';

parentPort!.on('message', (request: ReadRequest) => {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  readBook(bytes, request.fileName, request.limits).then(
    (book) => parentPort!.postMessage({ id: request.id, ok: true, book } satisfies ReadReply),
    (error: unknown) => {
      const code =
        error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
          ? error.code
          : 'TEP_KHONG_HOP_LE';
      const message = error instanceof Error ? error.message : String(error);
      parentPort!.postMessage({ id: request.id, ok: false, code, message } satisfies ReadReply);
    },
  );
});
