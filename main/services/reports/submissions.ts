// Submissions: every exported file (periodic report, meeting briefing pack, notice of conclusions), with
// the SHA-256 of its bytes, who signed it and where it went. The bytes themselves are kept in
// submission_file so the same file can be downloaded, checked or mailed later.
import { createHash } from 'node:crypto';
import type { Submission } from '../../../shared/api/types';
import type { ReportKind } from '../../../shared/report/model';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { acknowledgementsOf } from '../centre/acknowledgements';
import { mustGet } from '../rows';
import { all, one, sql } from '../../db/sql';

/** Submission kinds of the two meeting documents (named in the schema of submission.kind). */
export const MEETING_DOCUMENT_KINDS = {
  briefing: 'tai_lieu_phien_hop',
  notice: 'thong_bao_ket_luan',
} as const;
export type MeetingDocument = keyof typeof MEETING_DOCUMENT_KINDS;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

interface Row {
  id: string;
  kind: string;
  plan_id: string | null;
  meeting_id: string | null;
  period: string | null;
  doc_number: string;
  file_name: string;
  sha256: string;
  signer: string | null;
  created_at: string;
  sent_at: string | null;
  channel: Submission['channel'];
  state: Submission['state'];
  o_state: NonNullable<Submission['outbox']>['state'] | null;
  o_attempts: number | null;
  o_last_error: string | null;
  o_next: string | null;
}

// The latest outbox message of each submission, if any: what the history shows next to the report.
const SELECT = sql`SELECT s.id, s.kind, s.plan_id, s.meeting_id, s.period, s.doc_number, s.file_name, s.sha256, s.signer,
  s.created_at, s.sent_at, s.channel, s.state, o.state AS o_state, o.attempts AS o_attempts, o.last_error AS o_last_error, o.next_attempt_at AS o_next
  FROM submission s LEFT JOIN outbox o ON o.id = (SELECT id FROM outbox WHERE submission_id = s.id ORDER BY created_at DESC LIMIT 1)`;

const toSubmission = (r: Row): Omit<Submission, 'acknowledgement'> => ({
  id: r.id,
  kind: r.kind,
  planId: r.plan_id,
  meetingId: r.meeting_id,
  period: r.period,
  docNumber: r.doc_number,
  fileName: r.file_name,
  sha256: r.sha256,
  signer: r.signer,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  channel: r.channel,
  state: r.state,
  outbox: r.o_state
    ? {
        state: r.o_state,
        attempts: r.o_attempts ?? 0,
        lastError: r.o_last_error,
        nextAttemptAt: r.o_next ?? r.created_at,
      }
    : null,
});

/** A periodic report has a plan and a period; a meeting document has its meeting and neither of those. */
export interface NewSubmission {
  kind: ReportKind | (typeof MEETING_DOCUMENT_KINDS)[MeetingDocument];
  planId: string | null;
  meetingId: string | null;
  period: string | null;
  docNumber: string;
  fileName: string;
  signer: string | null;
  content: Buffer;
  /** The file's media type (a workbook unless said otherwise). */
  contentType?: string;
}

/** Records an exported file and keeps its bytes; the hash is computed here, from exactly those bytes. */
export function recordSubmission(ctx: ServiceContext, s: NewSubmission): Submission {
  return inTransaction(ctx, () => {
    const id = ctx.newId();
    const sha256 = sha256Hex(s.content);
    ctx
      .prepare(
        `INSERT INTO submission (id, kind, plan_id, meeting_id, period, doc_number, file_name, sha256, signer, created_at, channel, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'file', ?)`,
      )
      .run(
        id,
        s.kind,
        s.planId,
        s.meetingId,
        s.period,
        s.docNumber,
        s.fileName,
        sha256,
        s.signer,
        ctx.now().toISOString(),
        s.signer ? 'da_ky' : 'tao_moi',
      );
    ctx
      .prepare('INSERT INTO submission_file (submission_id, content_type, content) VALUES (?, ?, ?)')
      .run(id, s.contentType ?? XLSX_TYPE, s.content);
    const created = getSubmission(ctx, id);
    recordAudit(ctx, 'submission', id, 'create', null, {
      ...created,
      outbox: undefined,
      bytes: s.content.length,
    });
    return created;
  });
}

/** With whether the centre's receipt came back (judged against the trust list as it is now). */
function withAcknowledgements(ctx: ServiceContext, rows: Row[]): Submission[] {
  const acks = acknowledgementsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toSubmission(r), acknowledgement: acks.get(r.id) ?? null }));
}

export function getSubmission(ctx: ServiceContext, id: string): Submission {
  const row = mustGet(one<Row>(ctx, sql`${SELECT} WHERE s.id = ${id}`), 'hồ sơ báo cáo');
  return withAcknowledgements(ctx, [row])[0]!;
}

export function listSubmissions(
  ctx: ServiceContext,
  filter: { planId: string | null; limit: number },
): Submission[] {
  const rows = all<Row>(
    ctx,
    sql`${SELECT} WHERE (${filter.planId} IS NULL OR s.plan_id = ${filter.planId}) ORDER BY s.created_at DESC, s.id LIMIT ${filter.limit}`,
  );
  return withAcknowledgements(ctx, rows);
}

/** The stored bytes of a submission's file, checked against the recorded hash. */
export function submissionContent(
  ctx: ServiceContext,
  id: string,
): { submission: Submission; content: Buffer; contentType: string } {
  const submission = getSubmission(ctx, id);
  const row = mustGet(
    one<{ content: Buffer; content_type: string }>(
      ctx,
      sql`SELECT content, content_type FROM submission_file WHERE submission_id = ${id}`,
    ),
    'tệp của hồ sơ báo cáo',
  );
  return { submission, content: row.content, contentType: row.content_type };
}

/** Notes that an .eml draft was made for the submission (the channel it is going out by). */
export function markEmailDraft(ctx: ServiceContext, id: string): Submission {
  return inTransaction(ctx, () => {
    const before = getSubmission(ctx, id);
    if (before.channel === 'file') {
      ctx.prepare("UPDATE submission SET channel = 'eml' WHERE id = ?").run(id);
      recordAudit(ctx, 'submission', id, 'update', { channel: before.channel }, { channel: 'eml' });
    }
    return getSubmission(ctx, id);
  });
}
