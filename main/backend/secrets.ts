// Secrets across the process split. The OS key (Electron's safeStorage) exists only in the main
// process, but the services read and write secrets synchronously, inside their transactions
// (main/services/smtpPassword.ts). So:
// - at each backend start the parent opens every secret it can and passes the values in;
// - the backend keeps them in memory (`mirroredSecretStore`: synchronous get/set/delete) and sends
//   each change to the parent, which seals and writes it (`SecretKeeper`), in order;
// - the backend answers a call only once the changes it made are kept (`flush`), so a save that
//   reports success has its password on disk; if keeping fails, the call says so.
// A backend that dies before a change reached the parent has not acknowledged it: after the restart
// the parent's file is what counts (the password is typed again, as on a copied database).
import { fileSecretStore, readAllSecrets, type SecretCodec, type SecretStore } from '../secrets/store';
import type { SecretOp } from './protocol';

/** The parent's side: where secrets are sealed and kept between runs. */
export interface SecretKeeper {
  /** Every secret that can be opened here, by name. */
  load(): Record<string, string>;
  /** Seals and writes one change; throws when it cannot be kept. */
  apply(change: SecretOp): void;
}

/** The secrets file, sealed with `codecs[0]` (safeStorage in the desktop app, plain in browser mode). */
export function fileSecretKeeper(file: string, codecs?: readonly SecretCodec[]): SecretKeeper {
  const store = fileSecretStore(file, codecs);
  return {
    load: () => readAllSecrets(file, codecs),
    apply: (change) =>
      change.op === 'set' ? store.set(change.name, change.value) : store.delete(change.name),
  };
}

export interface MirroredSecretStore extends SecretStore {
  /** Resolves once every change made so far is kept by the parent; rejects with why one was not. */
  flush(): Promise<void>;
  /** The parent's answer to change `seq`. */
  settle(seq: number, error?: string): void;
}

/** What a call answers when a secret it changed could not be kept. */
export const SECRET_NOT_KEPT = (why: string) =>
  `Các thay đổi đã được lưu, nhưng mật khẩu SMTP chưa cất được vào kho mật khẩu của máy (${why}). Mật khẩu chỉ còn dùng được đến khi đóng TienDo: hãy kiểm tra ổ đĩa còn chỗ trống và quyền ghi thư mục dữ liệu của người dùng, rồi nhập lại mật khẩu trong Cài đặt.`;

/** The backend's side: values in memory, each change sent with `send` and settled by the parent. */
export function mirroredSecretStore(
  initial: Record<string, string>,
  send: (seq: number, change: SecretOp) => void,
): MirroredSecretStore {
  const values = new Map(Object.entries(initial));
  const pending = new Map<number, { done: Promise<void>; settle: (error?: string) => void }>();
  let seq = 0;
  const change = (op: SecretOp) => {
    const id = ++seq;
    let settle!: (error?: string) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(new Error(error)));
    });
    done.catch(() => {}); // reported by flush(), not as an unhandled rejection
    pending.set(id, { done, settle });
    send(id, op);
  };
  return {
    get: (name) => values.get(name) ?? null,
    set(name, value) {
      values.set(name, value);
      change({ op: 'set', name, value });
    },
    delete(name) {
      if (!values.delete(name)) return;
      change({ op: 'delete', name });
    },
    async flush() {
      const waiting = [...pending.values()].map((p) => p.done);
      await Promise.all(waiting);
    },
    settle(id, error) {
      const entry = pending.get(id);
      if (!entry) return;
      pending.delete(id);
      entry.settle(error);
    },
  };
}
