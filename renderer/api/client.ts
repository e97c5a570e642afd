// The renderer's only way to the backend: the typed client of shared/api, over Electron IPC when the
// preload exposed it, otherwise over browser mode's loopback HTTP with the per-run token.
// Each answer also says which start of the backend process gave it (RelayReply.backend, or browser
// mode's x-tiendo-backend header). When that changes, or a call comes back with "the backend stopped",
// the backend was restarted after a crash: `backendRestarted` turns true and the recovery screen shows
// (components/BackendRecovery.tsx).
import {
  BACKEND_CRASHED,
  BACKEND_HEADER,
  TOKEN_HEADER,
  TOKEN_STORAGE_KEY,
  createClient,
  isApiResult,
  isRelayReply,
  type Client,
  type Transport,
} from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/contract';

declare global {
  interface Window {
    tiendo?: {
      invoke(method: string, input: unknown): Promise<unknown>;
      /** The desktop app's folder dialog (main/electron/folderPicker.ts); absent in browser mode. */
      pickFolder?(title: string): Promise<unknown>;
    };
  }
}

/** Browser mode's URL carries the token in its fragment (never sent to the server); keep it for reloads. */
function takeToken(): string | null {
  const match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

// ---------------------------------------------------------------------------------------------------
// Which backend answers

let seenBackend: number | null = null;
let restarted = false;
const backendListeners = new Set<() => void>();

function noteAnswer(backend: number | null, result: ApiResult<unknown>): void {
  const changed = backend !== null && seenBackend !== null && backend !== seenBackend;
  if (backend !== null) seenBackend = backend;
  if (changed || (!result.ok && result.error.code === BACKEND_CRASHED)) {
    if (restarted) return;
    restarted = true;
    for (const listener of backendListeners) listener();
  }
}

/** For useSyncExternalStore: whether the backend was restarted since this page loaded. */
export function subscribeBackend(listener: () => void): () => void {
  backendListeners.add(listener);
  return () => void backendListeners.delete(listener);
}
export const backendRestarted = (): boolean => restarted;

/** The person has seen the recovery screen and goes on with the backend that answers now. */
export function acknowledgeRestart(): void {
  restarted = false;
  for (const listener of backendListeners) listener();
}

// ---------------------------------------------------------------------------------------------------
// Transports

const BAD_ANSWER: ApiResult<unknown> = {
  ok: false,
  error: {
    code: 'PHAN_HOI_SAI',
    message: 'TienDo nhận được một phản hồi không hợp lệ từ phần xử lý dữ liệu. Hãy thử lại.',
    key: 'PHAN_HOI_SAI',
    params: {},
  },
};

function httpTransport(): Transport {
  const token = takeToken();
  return async (method, input) => {
    let result: ApiResult<unknown>;
    let backend: number | null = null;
    try {
      const res = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      const body: unknown = await res.json();
      result = isApiResult(body) ? body : BAD_ANSWER;
      const header = Number(res.headers.get(BACKEND_HEADER));
      backend = Number.isInteger(header) && header > 0 ? header : null;
    } catch {
      return {
        ok: false,
        error: {
          code: 'MAT_KET_NOI',
          message: 'Mất kết nối tới máy chủ TienDo cục bộ. Hãy kiểm tra cửa sổ lệnh đang chạy TienDo.',
          key: 'MAT_KET_NOI',
          params: {},
        },
      };
    }
    noteAnswer(backend, result);
    return result;
  };
}

function ipcTransport(bridge: NonNullable<Window['tiendo']>): Transport {
  return async (method, input) => {
    const reply = await bridge.invoke(method, input);
    if (!isRelayReply(reply)) return BAD_ANSWER;
    noteAnswer(reply.backend, reply.result);
    return reply.result;
  };
}

export const api: Client = createClient(window.tiendo ? ipcTransport(window.tiendo) : httpTransport());

/** Whether this window can show the system's folder dialog (the desktop app); browser mode types a path. */
export const canPickFolder = (): boolean => typeof window.tiendo?.pickFolder === 'function';

/** The folder the person picked in the system's dialog, or null when cancelled or unavailable. */
export async function pickFolder(title: string): Promise<string | null> {
  const picked = await window.tiendo?.pickFolder?.(title);
  return typeof picked === 'string' && picked !== '' ? picked : null;
}
