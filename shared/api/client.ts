// The one client the renderer uses. It is transport-agnostic: Electron passes ipcRenderer.invoke
// through the preload, browser mode posts to the loopback server. Same contract, same errors.
import type { ApiError, ApiResult, Input, MethodName, Output } from './contract';
import type { ChangeSetRef } from './types';

export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * What the desktop app's main process answers over IPC: the backend's result and which start of the
 * backend process gave it (browser mode sends the same number in the `x-tiendo-backend` header). A
 * number that changes means the backend was restarted: the renderer shows its recovery screen.
 */
export interface RelayReply {
  backend: number;
  result: ApiResult<unknown>;
}

/**
 * Browser mode's session token: the HTTP header every call carries it in, and the session-storage key
 * the page keeps it under for reloads (the address's fragment hands it over once: renderer/api/client).
 */
export const TOKEN_HEADER = 'x-tiendo-token';
export const TOKEN_STORAGE_KEY = 'tiendo.token';

/** The HTTP header of browser mode's answers that carries RelayReply's `backend`. */
export const BACKEND_HEADER = 'x-tiendo-backend';

/** The error code of a call that was in flight when the backend process died. */
export const BACKEND_CRASHED = 'PHAN_XU_LY_DUNG';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** An ApiResult as it arrives from another process: `ok` and, when false, an error with code and message. */
export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return false;
  if (value.ok) return true;
  const error = value.error;
  return isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string';
}

export function isRelayReply(value: unknown): value is RelayReply {
  return isRecord(value) && typeof value.backend === 'number' && isApiResult(value.result);
}

export class ApiCallError extends Error implements ApiError {
  readonly code: string;
  readonly key?: string;
  readonly params?: Record<string, string | number>;
  readonly fields?: ApiError['fields'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    if (error.key !== undefined) this.key = error.key;
    if (error.params !== undefined) this.params = error.params;
    if (error.fields) this.fields = error.fields;
  }
}

export interface Client {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** A write call with the change set it wrote (null when it changed nothing), to offer "Hoàn tác". */
  callChange<M extends MethodName>(
    method: M,
    input: Input<M>,
  ): Promise<{ value: Output<M>; changeSet: ChangeSetRef | null }>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as never;
    },
    async callChange(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return { value: result.value as never, changeSet: result.changeSet ?? null };
    },
  };
}
