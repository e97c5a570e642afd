// The one client the renderer uses. It is transport-agnostic: Electron passes ipcRenderer.invoke
// through the preload, browser mode posts to the loopback server. Same contract, same errors.
import type { ApiError, ApiResult, Input, MethodName, Output } from './contract';
import type { ChangeSetRef } from './types';

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
