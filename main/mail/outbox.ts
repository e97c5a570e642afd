import { AppError, appError } from '../errors';
import { recordAudit } from '../services/audit';
import { inTransaction, type ServiceContext } from '../services/context';
import { all, one, sql } from '../db/sql';

/**
 * The SMTP outbox: queued mail lives in the `outbox` table, so nothing is lost when the app is closed
 * or the line is down. Each attempt claims one row, sends it, and records the result; failures come
 * back later on an exponential schedule until MAX_ATTEMPTS, then the row is 'failed'.
 */

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  submissionId: string | null;
}

/** Delivers one stored message; throws (preferably an AppError with a Vietnamese message) on failure. */
export type MailSender = (item: OutboxItem, eml: Buffer) => Promise<void>;

export const MAX_ATTEMPTS = 20;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 60 * 60_000;
/**
 * A row in 'sending' is held this long, then counts as queued again. A row left 'sending' by a crash is
 * thus retried, while the app and the CLI (two processes on one file) never send the same row at once.
 * Longer than any send can take with the transport's timeouts.
 */
export const SENDING_LEASE_MS = 10 * 60_000;

/**
 * Wait before the next attempt after `attempts` failures: 1, 2, 4, 8 … minutes, at most an hour.
 * No jitter: one office sends to its own server, so there is no crowd of clients to spread out,
 * and a fixed schedule is what the screen can promise and the tests can check.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

interface OutboxRow {
  id: string;
  submission_id: string | null;
  to_address: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

const COLUMNS = sql`id, submission_id, to_address, subject, state, attempts, next_attempt_at, last_error, created_at, sent_at`;

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    submissionId: row.submission_id,
  };
}

function getRow(ctx: ServiceContext, id: string): OutboxRow {
  const row = one<OutboxRow>(ctx.db, sql`SELECT ${COLUMNS} FROM outbox WHERE id = ${id}`);
  if (!row) throw appError('THU_KHONG_CO', {});
  return row;
}

type SubmissionPatch = { state: 'cho_gui' | 'da_gui' | 'loi'; channel?: 'smtp'; sent_at?: string };

/** Moves the submission along with its mail, with an audit row, inside the caller's transaction. */
function updateSubmission(ctx: ServiceContext, id: string, patch: SubmissionPatch): void {
  const before = one<{ state: string; channel: string; sent_at: string | null }>(
    ctx.db,
    sql`SELECT state, channel, sent_at FROM submission WHERE id = ${id}`,
  );
  if (!before) throw appError('HO_SO_CUA_THU_KHONG_CO', {});
  const after = { ...before, ...patch };
  ctx
    .prepare('UPDATE submission SET state = ?, channel = ?, sent_at = ? WHERE id = ?')
    .run(after.state, after.channel, after.sent_at, id);
  recordAudit(ctx, 'submission', id, 'update', before, after);
}

/**
 * Queues a message for SMTP. `to` is the whole envelope recipient list ("a@x, b@y"): the stored
 * message is sent as it is, so anyone in its Cc must be listed here too to receive it.
 */
export function enqueueMail(
  ctx: ServiceContext,
  mail: { submissionId: string | null; to: string; subject: string; eml: Buffer },
): OutboxItem {
  return inTransaction(ctx, () => {
    const id = ctx.newId();
    const now = ctx.now().toISOString();
    // The submission first: a missing one then fails with a readable message, not a foreign-key error.
    if (mail.submissionId) updateSubmission(ctx, mail.submissionId, { state: 'cho_gui', channel: 'smtp' });
    ctx
      .prepare(
        `INSERT INTO outbox (id, submission_id, to_address, subject, eml, state, attempts, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)`,
      )
      .run(id, mail.submissionId, mail.to, mail.subject, mail.eml, now, now);
    recordAudit(ctx, 'outbox', id, 'create', null, {
      to: mail.to,
      subject: mail.subject,
      submissionId: mail.submissionId,
      bytes: mail.eml.length,
    });
    return toItem(getRow(ctx, id));
  });
}

/** Newest first; the eml itself stays in the database. */
export function listOutbox(ctx: ServiceContext): OutboxItem[] {
  const rows = all<OutboxRow>(ctx, sql`SELECT ${COLUMNS} FROM outbox ORDER BY created_at DESC, id`);
  return rows.map(toItem);
}

/** Makes a waiting or failed message due now (a failed one gets a fresh set of attempts). */
export function retryNow(ctx: ServiceContext, id: string): OutboxItem {
  return inTransaction(ctx, () => {
    const before = getRow(ctx, id);
    if (before.state === 'sent') return toItem(before);
    if (before.state === 'sending' && before.next_attempt_at > ctx.now().toISOString()) {
      throw appError('THU_DANG_GUI', {});
    }
    const now = ctx.now().toISOString();
    const attempts = before.state === 'failed' ? 0 : before.attempts;
    ctx
      .prepare(`UPDATE outbox SET state = 'queued', attempts = ?, next_attempt_at = ? WHERE id = ?`)
      .run(attempts, now, id);
    if (before.state === 'failed' && before.submission_id) {
      updateSubmission(ctx, before.submission_id, { state: 'cho_gui' });
    }
    recordAudit(
      ctx,
      'outbox',
      id,
      'update',
      { state: before.state, attempts: before.attempts },
      { state: 'queued', attempts },
    );
    return toItem(getRow(ctx, id));
  });
}

/** Claims the next due row (queued, or 'sending' past its lease) in one transaction, or null. */
function claimNext(ctx: ServiceContext): { item: OutboxItem; eml: Buffer } | null {
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const row = one<OutboxRow & { eml: Buffer }>(
      ctx,
      sql`SELECT ${COLUMNS}, eml FROM outbox
         WHERE state IN ('queued', 'sending') AND next_attempt_at <= ${now.toISOString()}
         ORDER BY next_attempt_at, created_at LIMIT 1`,
    );
    if (!row) return null;
    const leaseUntil = new Date(now.getTime() + SENDING_LEASE_MS).toISOString();
    ctx
      .prepare(`UPDATE outbox SET state = 'sending', next_attempt_at = ? WHERE id = ?`)
      .run(leaseUntil, row.id);
    return { item: toItem({ ...row, state: 'sending', next_attempt_at: leaseUntil }), eml: row.eml };
  });
}

function markSent(ctx: ServiceContext, item: OutboxItem): void {
  inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?`,
      )
      .run(at, item.id);
    if (item.submissionId) updateSubmission(ctx, item.submissionId, { state: 'da_gui', sent_at: at });
    recordAudit(ctx, 'outbox', item.id, 'update', { state: item.state }, { state: 'sent', sentAt: at });
  });
}

export function errorText(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Gửi thư không thành công. Chi tiết: ${detail}`;
}

/** Records a failed attempt: back to the queue on the retry schedule, or 'failed' after MAX_ATTEMPTS. */
function markFailed(ctx: ServiceContext, item: OutboxItem, error: unknown): 'deferred' | 'failed' {
  return inTransaction(ctx, () => {
    const attempts = item.attempts + 1;
    const now = ctx.now();
    if (attempts >= MAX_ATTEMPTS) {
      const message = `Đã gửi thử ${attempts} lần không thành công, thư không còn được gửi tự động; hãy kiểm tra rồi gửi lại. Lần cuối: ${errorText(error)}`;
      ctx
        .prepare(
          `UPDATE outbox SET state = 'failed', attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?`,
        )
        .run(attempts, message, now.toISOString(), item.id);
      if (item.submissionId) updateSubmission(ctx, item.submissionId, { state: 'loi' });
      recordAudit(
        ctx,
        'outbox',
        item.id,
        'update',
        { state: item.state },
        { state: 'failed', attempts, lastError: message },
      );
      return 'failed';
    }
    // The screen shows when the next attempt is, so the reason alone is enough here.
    const message = errorText(error);
    const next = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
    ctx
      .prepare(
        `UPDATE outbox SET state = 'queued', attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?`,
      )
      .run(attempts, message, next, item.id);
    return 'deferred';
  });
}

/**
 * Sends every due message, one at a time. A message is claimed before it is sent and marked after,
 * so a crash between the two sends it again later (at least once): a duplicate report is better than
 * a lost one, and the centre can tell duplicates apart by the hash.
 */
export async function processOutbox(
  ctx: ServiceContext,
  send: MailSender,
): Promise<{ sent: number; failed: number; deferred: number }> {
  const result = { sent: 0, failed: 0, deferred: 0 };
  for (let claimed = claimNext(ctx); claimed; claimed = claimNext(ctx)) {
    try {
      await send(claimed.item, claimed.eml);
    } catch (error) {
      result[markFailed(ctx, claimed.item, error)] += 1;
      continue;
    }
    markSent(ctx, claimed.item);
    result.sent += 1;
  }
  return result;
}
