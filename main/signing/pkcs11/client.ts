// The backend's side of a token session: a worker thread per session (worker.ts), so a PKCS#11 call that
// blocks (a PIN pad, a slow token) never stalls the backend. The bundled worker sits beside the bundled
// backend; from source (tests, tsx) it is started through tsx, as the workbook worker is.
import type { Worker } from 'node:worker_threads';
import type { Pkcs11Certificate, Pkcs11Slot } from '../../../shared/api/types';
import { AppError } from '../../errors';
import type { PackageSigner } from '../../excel/signature';
import type { TokenOp, TokenOps, TokenReply, TokenRequest, TokenWorkerData } from './protocol';
import type { OpenedKey, OpenOptions } from './token';
import { startWorker } from '../../workers/start';

function startTokenWorker(data: TokenWorkerData): Worker {
  return startWorker(__dirname, 'pkcs11-worker.cjs', 'worker.ts', { workerData: data });
}

/** One module loaded in one worker thread; close() ends both. Requests run one after another. */
export class TokenSession {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private ended: Error | null = null;

  constructor(module: string) {
    this.worker = startTokenWorker({ module });
    this.worker.on('message', (reply: TokenReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.code, reply.message));
    });
    const fail = (error: Error) => {
      this.ended ??= error;
      for (const w of this.pending.values()) w.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', (e) =>
      fail(new AppError('PKCS11_LOI', `Tiến trình làm việc với thiết bị ký số bị lỗi: ${e.message}`)),
    );
    this.worker.on('exit', () =>
      fail(new AppError('PKCS11_LOI', 'Tiến trình làm việc với thiết bị ký số đã dừng.')),
    );
  }

  private call<K extends TokenOp>(op: K, args: TokenOps[K]['args']): Promise<TokenOps[K]['result']> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      // The worker answers request `id` with the result type of `op` (protocol.ts).
      this.pending.set(id, { resolve: (v) => resolve(v as TokenOps[K]['result']), reject });
      const request = { id, op, args } as TokenRequest;
      this.worker.postMessage(request);
    });
  }

  slots(): Promise<Pkcs11Slot[]> {
    return this.call('slots', {});
  }

  certificates(slotId?: string): Promise<Pkcs11Certificate[]> {
    return this.call('certificates', slotId === undefined ? {} : { slotId });
  }

  open(options: OpenOptions): Promise<OpenedKey> {
    return this.call('open', options);
  }

  async sign(data: Buffer): Promise<Buffer> {
    const bytes = await this.call('sign', { data: new Uint8Array(data) });
    return Buffer.from(bytes);
  }

  /** Ends the worker; the token is logged out and the module unloaded as it goes. */
  async close(): Promise<void> {
    if (this.ended) return;
    try {
      await this.call('close', {});
    } catch {
      // The worker is gone already: nothing is left logged in.
    }
    this.ended = new AppError('PKCS11_DA_DONG', 'Phiên làm việc với thiết bị ký số đã đóng.');
    await this.worker.terminate();
  }
}

/** Runs `fn` with a session on `module`, always closing it. */
export async function withToken<T>(module: string, fn: (session: TokenSession) => Promise<T>): Promise<T> {
  const session = new TokenSession(module);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

export interface OpenedSigner {
  signer: PackageSigner;
  opened: OpenedKey;
  close: () => Promise<void>;
}

/** Logs in to the token and gives a signer that has the token sign; close() logs out. */
export async function openTokenSigner(module: string, options: OpenOptions): Promise<OpenedSigner> {
  const session = new TokenSession(module);
  try {
    const opened = await session.open(options);
    return {
      opened,
      signer: {
        certificatePem: opened.certificatePem,
        chainPem: opened.chainPem,
        sign: (data) => session.sign(data),
      },
      close: () => session.close(),
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}
