// The token worker thread (bundled as dist/main/pkcs11-worker.cjs): PKCS#11 calls can block for as long
// as the token takes (a PIN pad waits for the person, a slow card takes seconds to sign), so they run here
// and the backend keeps answering. The module is loaded on the first request and unloaded when the
// thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { TokenError } from './errors';
import type { TokenReply, TokenRequest, TokenWorkerData } from './protocol';
import { Token } from './token';

const data = workerData as TokenWorkerData;
let token: Token | null = null;
const tokenOf = (): Token => (token ??= Token.load(data.module));

function handle(request: TokenRequest): TokenReply {
  if (request.op === 'close') {
    token?.close();
    token = null;
    return { id: request.id, ok: true, value: null };
  }
  const t = tokenOf();
  switch (request.op) {
    case 'slots':
      return { id: request.id, ok: true, value: t.slots() };
    case 'certificates':
      return { id: request.id, ok: true, value: t.certificates(request.args.slotId) };
    case 'open':
      return { id: request.id, ok: true, value: t.open(request.args) };
    case 'sign':
      return { id: request.id, ok: true, value: new Uint8Array(t.sign(Buffer.from(request.args.data))) };
  }
}

parentPort!.on('message', (request: TokenRequest) => {
  let reply: TokenReply;
  try {
    reply = handle(request);
  } catch (error) {
    const code = error instanceof TokenError ? error.code : 'PKCS11_LOI';
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: request.id, ok: false, code, message };
  }
  parentPort!.postMessage(reply);
});

// Logged out and unloaded however the thread ends (closed by the backend, or the backend exiting).
parentPort!.on('close', () => token?.close());
process.on('exit', () => token?.close());
