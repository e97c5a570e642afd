// The renderer's only way to the backend: the typed client of shared/api, over Electron IPC when the
// preload exposed it, otherwise over browser mode's loopback HTTP with the per-run token.
import { createClient, type Client, type Transport } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/contract';

declare global {
  interface Window {
    tiendo?: { invoke(method: string, input: unknown): Promise<unknown> };
  }
}

const TOKEN_KEY = 'tiendo.token';

/** Browser mode's URL carries the token in its fragment (never sent to the server); keep it for reloads. */
function takeToken(): string | null {
  const match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(): Transport {
  const token = takeToken();
  return async (method, input) => {
    try {
      const res = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tiendo-token': token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'MAT_KET_NOI',
          message: 'Mất kết nối tới máy chủ TienDo cục bộ. Hãy kiểm tra cửa sổ lệnh đang chạy TienDo.',
        },
      };
    }
  };
}

function ipcTransport(bridge: NonNullable<Window['tiendo']>): Transport {
  return async (method, input) => (await bridge.invoke(method, input)) as ApiResult<unknown>;
}

export const api: Client = createClient(window.tiendo ? ipcTransport(window.tiendo) : httpTransport());
