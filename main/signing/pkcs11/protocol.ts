// Messages between the backend and the token worker thread (worker.ts). One request at a time; each
// answer carries the id of its request. The PIN crosses once, in 'open', and is kept nowhere.
import type { Pkcs11Certificate, Pkcs11Slot } from '../../../shared/api/types';
import type { OpenedKey, OpenOptions } from './token';

export interface TokenOps {
  slots: { args: Record<string, never>; result: Pkcs11Slot[] };
  certificates: { args: { slotId?: string }; result: Pkcs11Certificate[] };
  open: { args: OpenOptions; result: OpenedKey };
  sign: { args: { data: Uint8Array }; result: Uint8Array };
  /** Logs out and unloads the module; the thread is ended after the answer. */
  close: { args: Record<string, never>; result: null };
}
export type TokenOp = keyof TokenOps;

export type TokenRequest = { [K in TokenOp]: { id: number; op: K; args: TokenOps[K]['args'] } }[TokenOp];

export type TokenReply =
  | { id: number; ok: true; value: TokenOps[TokenOp]['result'] }
  | { id: number; ok: false; code: string; message: string };

export interface TokenWorkerData {
  module: string;
}
