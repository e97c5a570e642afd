// The backend: the router, the database and the export workers, served over a Channel. In the
// desktop app it runs in an Electron utilityProcess (main/backend/child.ts); under plain Node it runs
// in a child process (tests, browser mode with --backend-process) or in-process (browser mode). The
// parent sends `start`; the backend opens the data (and holds its write lock) and says `ready`, or
// `failed` with the reason. Each `call` is answered with the router's result only after the call has
// finished, so a write is acknowledged only once its transaction has committed, and only once any
// secret it changed is kept by the parent (secrets.ts).
import { createAppRouter, toApiError, type Route } from '../api';
import { AppHost } from '../app';
import type { Channel } from './channel';
import { resultMessage, toBackend, type FromBackend, type ToBackend } from './protocol';
import { mirroredSecretStore, SECRET_NOT_KEPT, type MirroredSecretStore } from './secrets';

export interface BackendHooks {
  /** The clock of the data (tests set it; the app uses the machine's). */
  now?: () => Date;
  /** Called with the open host (tests look inside it). */
  onOpen?: (host: AppHost) => void;
  /** Ends the backend's process once it has closed the data (in-process: tells the parent it ended). */
  exit: (code: number) => void;
}

const NOT_STARTED = {
  ok: false as const,
  error: {
    code: 'CHUA_SAN_SANG',
    message: 'TienDo chưa mở xong dữ liệu. Hãy đợi một lát rồi thử lại.',
  },
};

/** Serves the backend on `channel`; `close` closes the data at once (the parent is gone). */
export function serveBackend(channel: Channel, hooks: BackendHooks): { close(): void } {
  let host: AppHost | null = null;
  let route: Route | null = null;
  let secrets: MirroredSecretStore | null = null;
  const post = (message: FromBackend) => channel.post(message);

  const start = async (message: Extract<ToBackend, { type: 'start' }>) => {
    if (host) return; // started once; a repeated start is a parent's mistake, not a reason to reopen
    secrets = mirroredSecretStore(message.secrets, (seq, change) => post({ type: 'secret', seq, change }));
    try {
      host = await AppHost.open({ ...message.options, now: hooks.now, secrets });
      // Opening may move an old file's SMTP password out of the database: kept before "ready".
      await secrets.flush();
    } catch (error) {
      host?.close();
      host = null;
      post({ type: 'failed', error: toApiError(error) });
      return;
    }
    route = createAppRouter(host);
    hooks.onOpen?.(host);
    post({ type: 'ready' });
  };

  const call = async (message: Extract<ToBackend, { type: 'call' }>) => {
    if (!route || !secrets) {
      post(resultMessage(message.id, NOT_STARTED));
      return;
    }
    const result = await route(message.method, message.input);
    try {
      await secrets.flush();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      post(
        resultMessage(message.id, {
          ok: false,
          error: { code: 'KHONG_CAT_DUOC_MAT_KHAU', message: SECRET_NOT_KEPT(why) },
        }),
      );
      return;
    }
    post(resultMessage(message.id, result));
  };

  channel.onMessage((raw) => {
    const parsed = toBackend.safeParse(raw);
    if (!parsed.success) return; // not one of ours (a harness's own message, or garbage)
    const message = parsed.data;
    switch (message.type) {
      case 'start':
        void start(message);
        break;
      case 'call':
        void call(message);
        break;
      case 'secret.done':
        secrets?.settle(message.seq, message.error);
        break;
      case 'stop':
        host?.close();
        host = null;
        route = null;
        hooks.exit(0);
        break;
    }
  });
  post({ type: 'hello', pid: process.pid });
  return {
    close() {
      host?.close();
      host = null;
      route = null;
    },
  };
}
