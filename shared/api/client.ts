// The one client the renderer uses. It is transport-agnostic: Electron passes ipcRenderer.invoke
// through the preload, browser mode posts to the loopback server. Same contract, same errors.
import type { ApiError, ApiResult, Input, MethodName, Output } from './contract';

export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

export class ApiCallError extends Error implements ApiError {
  readonly code: string;
  readonly fields?: { path: string; message: string }[];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    if (error.fields) this.fields = error.fields;
  }
}

export interface Client {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as never;
    },
  };
}
