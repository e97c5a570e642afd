// The secretary's part of a report: narrative, number, recipients, signer. One draft per (plan, period,
// kind); a report never saved shows defaults, with recipients and signer carried over from the last draft
// saved for the same kind of report (they rarely change from one quarter to the next).
import type { ParsedInput } from '../../../shared/api/contract';
import type { ReportDraft, ReportKind, SignerBlock } from '../../../shared/report/model';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { getSettings } from '../settings';
import { assertActive } from '../rows';
import { joinRecipients, signerFromRow, type SignerColumns } from './draftRows';
import { one, sql } from '../../db/sql';

interface Row extends SignerColumns {
  plan_id: string;
  period: string;
  kind: ReportKind;
  achievements: string;
  shortcomings: string;
  next_tasks: string;
  proposals: string;
  doc_number: string;
  recipients: string;
  updated_at: string;
}

export interface ReportKey {
  planId: string;
  period: string;
  kind: ReportKind;
}

const DRAFT_COLUMNS = sql`plan_id, period, kind, achievements, shortcomings, next_tasks, proposals, doc_number, recipients,
  signer_authority, signer_body, signer_title, signer_name, created_at, updated_at`;

const toDraft = (r: Row): ReportDraft => ({
  planId: r.plan_id,
  period: r.period,
  kind: r.kind,
  sections: {
    achievements: r.achievements,
    shortcomings: r.shortcomings,
    nextTasks: r.next_tasks,
    proposals: r.proposals,
  },
  docNumber: r.doc_number,
  recipients: r.recipients ? r.recipients.split('\n') : [],
  signer: signerFromRow(r),
  updatedAt: r.updated_at,
});

/** Nơi nhận of a first report: who a provincial steering committee reports to and informs. */
export function defaultRecipients(secretariatAgency: string): string[] {
  return [
    'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (để báo cáo)',
    'Bộ Khoa học và Công nghệ (để báo cáo)',
    'Thường trực Tỉnh ủy, HĐND tỉnh (để báo cáo)',
    'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
    'Thành viên Ban Chỉ đạo',
    `Lưu: VT, ${secretariatAgency}`,
  ];
}

export const DEFAULT_SIGNER: SignerBlock = {
  authority: 'TM.',
  authorityName: 'BAN CHỈ ĐẠO',
  title: 'TRƯỞNG BAN',
  name: '',
};

function readRow(ctx: ServiceContext, key: ReportKey): Row | undefined {
  return one<Row>(
    ctx,
    sql`SELECT ${DRAFT_COLUMNS} FROM report_draft WHERE plan_id = ${key.planId} AND period = ${key.period} AND kind = ${key.kind}`,
  );
}

export function getReportDraft(ctx: ServiceContext, key: ReportKey): ReportDraft {
  const row = readRow(ctx, key);
  if (row) return toDraft(row);
  const previous = one<Row>(
    ctx,
    sql`SELECT ${DRAFT_COLUMNS} FROM report_draft WHERE kind = ${key.kind} ORDER BY updated_at DESC LIMIT 1`,
  );
  const carried = previous ? toDraft(previous) : null;
  return {
    ...key,
    sections: { achievements: '', shortcomings: '', nextTasks: '', proposals: '' },
    docNumber: '',
    recipients: carried?.recipients.length
      ? carried.recipients
      : defaultRecipients(getSettings(ctx).secretariatAgency),
    signer: carried?.signer ?? DEFAULT_SIGNER,
    updatedAt: null,
  };
}

export function saveReportDraft(ctx: ServiceContext, input: ParsedInput<'reports.draft.save'>): ReportDraft {
  return inTransaction(ctx, () => {
    assertActive(ctx, 'plan', input.planId, 'Kế hoạch');
    const before = readRow(ctx, input);
    const at = ctx.now().toISOString();
    const recipients = joinRecipients(input.recipients);
    ctx
      .prepare(
        `INSERT INTO report_draft (plan_id, period, kind, achievements, shortcomings, next_tasks, proposals, doc_number, recipients,
           signer_authority, signer_body, signer_title, signer_name, created_at, updated_at)
         VALUES (@planId, @period, @kind, @achievements, @shortcomings, @nextTasks, @proposals, @docNumber, @recipients,
           @authority, @authorityName, @title, @name, @at, @at)
         ON CONFLICT (plan_id, period, kind) DO UPDATE SET achievements = excluded.achievements, shortcomings = excluded.shortcomings,
           next_tasks = excluded.next_tasks, proposals = excluded.proposals, doc_number = excluded.doc_number,
           recipients = excluded.recipients, signer_authority = excluded.signer_authority, signer_body = excluded.signer_body,
           signer_title = excluded.signer_title, signer_name = excluded.signer_name, updated_at = excluded.updated_at`,
      )
      .run({ ...input, ...input.sections, ...input.signer, recipients, at });
    const after = toDraft(readRow(ctx, input)!);
    const beforeDraft = before ? toDraft(before) : null;
    // Autosave calls this every few seconds while the secretary types: audit only real changes.
    const same =
      beforeDraft &&
      JSON.stringify({ ...beforeDraft, updatedAt: null }) === JSON.stringify({ ...after, updatedAt: null });
    if (!same)
      recordAudit(
        ctx,
        'report_draft',
        `${input.planId}/${input.period}/${input.kind}`,
        before ? 'update' : 'create',
        beforeDraft,
        after,
      );
    return after;
  });
}
