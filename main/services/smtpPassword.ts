// The SMTP password is kept in the context's SecretStore, never in the database. The settings row
// holds only `passwordRef`, the random name the store keeps the password under: a reference that is
// not secret, so backups and exports may carry it, and restoring a backup on the same machine finds
// the password again. A new password gets a new reference, so a rolled-back save leaves the stored
// settings pointing at the old password, never at a half-written new one.
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { forgetScopedSettings } from './changes/scope';
import { one, sql } from '../db/sql';

/** The `smtp` setting as stored in the database. */
export interface StoredSmtp {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  from: string;
  passwordRef?: string;
  /** Only in files written before the password moved out (TienDo ≤ 0.1.0); moved out on open. */
  password?: string;
}

/** The SMTP settings of a settings.update, password included when the user typed one. */
export interface SmtpInput {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  from: string;
  password?: string;
}

const secretName = (ref: string) => `smtp-password:${ref}`;

/** The password of the stored settings, or undefined when none is stored (or it cannot be opened here). */
export function readSmtpPassword(ctx: ServiceContext, smtp: StoredSmtp | null): string | undefined {
  if (smtp?.password) return smtp.password; // an old file not yet opened by the app (bare service context)
  if (!smtp?.passwordRef) return undefined;
  return ctx.secrets.get(secretName(smtp.passwordRef)) ?? undefined;
}

/** The row without anything secret, for the audit log: only whether a password is set. */
export function redactSmtp(smtp: StoredSmtp | null): object | null {
  if (!smtp) return null;
  const { host, port, secure, user, from } = smtp;
  return { host, port, secure, user, from, password: smtp.passwordRef || smtp.password ? '***' : undefined };
}

export interface SmtpChange {
  /** What to store in the `smtp` setting. */
  row: StoredSmtp | null;
  /** Call once the settings transaction committed: forgets the password this change replaced. */
  committed(): void;
  /** Call when the transaction failed: forgets the password this change wrote. */
  failed(): void;
}

/**
 * Prepares a change of the SMTP settings: a typed password goes into the secret store under a new
 * reference; an empty or missing one keeps the stored password (the form never shows it); no
 * settings at all forget it.
 */
export function prepareSmtpChange(
  ctx: ServiceContext,
  next: SmtpInput | null,
  before: StoredSmtp | null,
): SmtpChange {
  const nothing = () => {};
  if (!next) {
    const old = before?.passwordRef;
    return { row: null, committed: old ? () => forget(ctx, old) : nothing, failed: nothing };
  }
  const { host, port, secure, user, from } = next;
  // A password still in an old row (a file this context did not move it out of) counts as typed.
  const password = next.password || before?.password;
  if (!password) {
    const passwordRef = before?.passwordRef;
    return { row: { host, port, secure, user, from, passwordRef }, committed: nothing, failed: nothing };
  }
  const ref = ctx.newId();
  ctx.secrets.set(secretName(ref), password);
  const old = before?.passwordRef;
  return {
    row: { host, port, secure, user, from, passwordRef: ref },
    committed: old ? () => forget(ctx, old) : nothing,
    failed: () => ctx.secrets.delete(secretName(ref)),
  };
}

/** Forgets a replaced password, unless an outer transaction may still roll back to it. */
function forget(ctx: ServiceContext, ref: string): void {
  if (!ctx.db.inTransaction) ctx.secrets.delete(secretName(ref));
}

/**
 * Files written before the password moved out keep it in the `smtp` setting. On open it goes into the
 * secret store and out of the row, with an audit row; `secure_delete` zeroes the old row's bytes and a
 * checkpoint writes the page back, so the file itself no longer holds it. Backups made before keep
 * theirs (restoring one runs this again). Returns whether anything was moved.
 */
export function moveSmtpPasswordOutOfDatabase(ctx: ServiceContext): boolean {
  const row = one<{ value: string }>(ctx, sql`SELECT value FROM setting WHERE key = 'smtp'`);
  if (!row) return false;
  const before = JSON.parse(row.value) as StoredSmtp | null;
  if (!before || before.password === undefined) return false;
  const { host, port, secure, user, from } = before;
  const change = prepareSmtpChange(ctx, { host, port, secure, user, from, password: before.password }, null);
  const secureDelete = ctx.db.pragma('secure_delete', { simple: true }) as number;
  ctx.db.pragma('secure_delete = ON');
  try {
    inTransaction(ctx, () => {
      ctx
        .prepare("UPDATE setting SET value = ?, updated_at = ? WHERE key = 'smtp'")
        .run(JSON.stringify(change.row), ctx.now().toISOString());
      forgetScopedSettings(ctx.db);
      recordAudit(
        ctx,
        'setting',
        'settings',
        'update',
        { smtp: redactSmtp(before) },
        { smtp: redactSmtp(change.row) },
      );
    });
  } catch (error) {
    change.failed();
    throw error;
  } finally {
    ctx.db.pragma(`secure_delete = ${secureDelete ? 'ON' : 'OFF'}`);
  }
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
