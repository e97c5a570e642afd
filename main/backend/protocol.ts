// The messages between the backend (main/backend/host.ts, in its own process) and the process that
// started it (Electron's main process, browser mode, a test). Both ends are ours, but each checks
// what it receives with these schemas anyway: a message of another shape is dropped, never guessed at.
import { z } from 'zod';
import type { ApiResult } from '../../shared/api/contract';

/** What the backend needs to open the data (AppOptions of main/app.ts, less what cannot cross). */
export const backendStartOptions = z.object({
  dbFile: z.string(),
  backupDir: z.string().optional(),
  mode: z.enum(['electron', 'browser']),
  version: z.string(),
  nativeBinding: z.string().optional(),
  dailyBackup: z.boolean().optional(),
  sendMail: z.boolean().optional(),
  access: z.enum(['write', 'read']).optional(),
  create: z.boolean().optional(),
  readOnlyFallback: z.boolean().optional(),
  program: z.string().optional(),
});
export type BackendStartOptions = z.infer<typeof backendStartOptions>;

const secretOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), name: z.string(), value: z.string() }),
  z.object({ op: z.literal('delete'), name: z.string() }),
]);
/** A change of a secret the backend asks its parent to seal and keep (the parent owns the OS key). */
export type SecretOp = z.infer<typeof secretOp>;

/** Parent -> backend. */
export const toBackend = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    options: backendStartOptions,
    /** The secrets the parent could open, by name: the backend keeps them in memory only. */
    secrets: z.record(z.string(), z.string()),
  }),
  z.object({ type: z.literal('call'), id: z.number(), method: z.unknown(), input: z.unknown() }),
  z.object({ type: z.literal('secret.done'), seq: z.number(), error: z.string().optional() }),
  z.object({ type: z.literal('stop') }),
]);
export type ToBackend = z.infer<typeof toBackend>;

const keyParams = z.record(z.string(), z.union([z.string(), z.number()]));
const apiError = z.object({
  code: z.string(),
  message: z.string(),
  // The catalogue key and parameters (shared/errors): the renderer words the error in its language.
  key: z.string().optional(),
  params: keyParams.optional(),
  fields: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        key: z.string().optional(),
        params: keyParams.optional(),
      }),
    )
    .optional(),
});

/** Backend -> parent. */
export const fromBackend = z.discriminatedUnion('type', [
  /** The backend listens: the parent may send `start`. */
  z.object({ type: z.literal('hello'), pid: z.number() }),
  z.object({ type: z.literal('ready') }),
  /** The data could not be opened: the message says why and what to do. */
  z.object({ type: z.literal('failed'), error: apiError }),
  z.object({
    type: z.literal('result'),
    id: z.number(),
    // The router's answer; its value is the method's output, typed by the contract at the client.
    result: z.union([
      z.object({
        ok: z.literal(true),
        value: z.unknown(),
        changeSet: z
          .object({ id: z.number(), label: z.string(), kind: z.string(), undoable: z.boolean() })
          .optional(),
      }),
      z.object({ ok: z.literal(false), error: apiError }),
    ]),
  }),
  z.object({ type: z.literal('secret'), seq: z.number(), change: secretOp }),
]);
export type FromBackend = z.infer<typeof fromBackend>;

/** Builds the `result` message from the router's answer. */
export const resultMessage = (id: number, result: ApiResult<unknown>): FromBackend => ({
  type: 'result',
  id,
  result,
});
