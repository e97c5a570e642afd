// Forms out: one workbook per agency (named after the agency and the period), as a download (one .xlsx,
// or a .zip of them), as .eml drafts with the form attached (a .zip of one draft per agency, for the
// person's mail program, or one folder from the CLI), or queued in the SMTP outbox. Each form issued is
// recorded (issued_at) and each mail made or queued counts as sent. Reminders go to the agencies that have
// not answered, with a fresh form.
import JSZip from 'jszip';
import type { RoundMailResult } from '../../../shared/api/sheetTypes';
import type { FileDownload } from '../../../shared/api/types';
import { appError } from '../../errors';
import { writeFormWorkbook } from '../../excel/forms/formWorkbook';
import { fileNameOf } from '../../excel/lists/fileName';
import { buildEmlDraft, XLSX_CONTENT_TYPE } from '../../mail/eml';
import { enqueueMail } from '../../mail/outbox';
import { composeRoundMessage } from '../../mail/roundMessage';
import { getAgency } from '../agencies';
import type { ServiceContext } from '../context';
import { getSettings, getSmtpSecret } from '../settings';
import { buildFormModel } from './formModel';
import { getRound, getRoundRow, markReminded, markSent, periodLabelOf, roundMembers } from './rounds';

export interface IssuedForm {
  agencyId: string;
  agencyName: string;
  email: string | null;
  fileName: string;
  content: Buffer;
  taskCount: number;
  indicatorCount: number;
}

const ZIP_TYPE = 'application/zip';

/** The forms of these agencies of the round (all when none named), made now and recorded as issued. */
export async function issueForms(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
): Promise<IssuedForm[]> {
  const round = getRoundRow(ctx, roundId);
  if (round.archived_at) throw appError('DOT_DA_LUU_TRU', {});
  const ids = roundMembers(ctx, roundId, agencyIds);
  const label = periodLabelOf(round.period);
  const out: IssuedForm[] = [];
  const recordIssue = ctx.prepare(
    'UPDATE round_agency SET issued_at = ? WHERE round_id = ? AND agency_id = ?',
  );
  for (const agencyId of ids) {
    const issuedAt = ctx.now().toISOString();
    const model = buildFormModel(ctx, roundId, agencyId, issuedAt);
    const agency = getAgency(ctx, agencyId);
    const content = await writeFormWorkbook(model, ctx.now());
    recordIssue.run(issuedAt, roundId, agencyId);
    out.push({
      agencyId,
      agencyName: agency.name,
      email: agency.email,
      fileName: fileNameOf(['Phieu cap nhat', label, agency.shortName ?? agency.name], 'xlsx'),
      content,
      taskCount: model.tasks.length,
      indicatorCount: model.values.length,
    });
  }
  return out;
}

async function zipOf(files: { fileName: string; content: Buffer }[]): Promise<Buffer> {
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const f of files) {
    let name = f.fileName;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = f.fileName.replace(/(\.[^.]+)$/, `-${n}$1`);
    taken.add(name.toLowerCase());
    zip.file(name, f.content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function formsDownload(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
): Promise<FileDownload> {
  const forms = await issueForms(ctx, roundId, agencyIds);
  if (forms.length === 1)
    return {
      fileName: forms[0]!.fileName,
      contentType: XLSX_CONTENT_TYPE,
      base64: forms[0]!.content.toString('base64'),
    };
  const label = periodLabelOf(getRoundRow(ctx, roundId).period);
  const zip = await zipOf(forms);
  return {
    fileName: fileNameOf(['Phieu cap nhat', label, `${forms.length} co quan`], 'zip'),
    contentType: ZIP_TYPE,
    base64: zip.toString('base64'),
  };
}

/** The agencies a mail of `kind` goes to: all named for forms, those not yet answered for reminders. */
function mailTargets(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
  kind: 'forms' | 'reminders',
) {
  const detail = getRound(ctx, roundId);
  const named = new Set(roundMembers(ctx, roundId, agencyIds));
  return detail.agencies.filter((a) => named.has(a.agencyId) && (kind === 'forms' || a.status !== 'da_nhan'));
}

export interface RoundMail {
  agencyId: string;
  name: string;
  to: string;
  fileName: string;
  subject: string;
  eml: Buffer;
}

/** The mails of a round, one per agency with an address; the others listed as skipped. */
export async function roundMails(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
  kind: 'forms' | 'reminders',
): Promise<{ mails: RoundMail[]; skipped: RoundMailResult['skipped'] }> {
  const round = getRoundRow(ctx, roundId);
  const targets = mailTargets(ctx, roundId, agencyIds, kind);
  const skipped = targets
    .filter((a) => !a.email)
    .map((a) => ({
      agencyId: a.agencyId,
      name: a.name,
      reason: 'chưa có địa chỉ thư điện tử trong Danh mục cơ quan',
    }));
  const withMail = targets.filter((a) => a.email);
  const forms = await issueForms(
    ctx,
    roundId,
    withMail.map((a) => a.agencyId),
  );
  const settings = getSettings(ctx);
  const mails: RoundMail[] = [];
  for (const form of forms) {
    const { subject, text } = composeRoundMessage({
      kind,
      provinceName: settings.provinceName,
      committeeName: settings.committeeName,
      agencyName: form.agencyName,
      periodLabel: periodLabelOf(round.period),
      dueDate: round.due_date,
      fileName: form.fileName,
      taskCount: form.taskCount,
      indicatorCount: form.indicatorCount,
    });
    const eml = await buildEmlDraft({
      from: settings.smtp?.from ?? null,
      to: [form.email!],
      subject,
      text,
      attachments: [{ filename: form.fileName, content: form.content, contentType: XLSX_CONTENT_TYPE }],
      date: ctx.now(),
    });
    mails.push({
      agencyId: form.agencyId,
      name: form.agencyName,
      to: form.email!,
      fileName: form.fileName.replace(/\.xlsx$/, '.eml'),
      subject,
      eml,
    });
  }
  return { mails, skipped };
}

function record(
  ctx: ServiceContext,
  roundId: string,
  kind: 'forms' | 'reminders',
  ids: string[],
  channel: 'eml' | 'smtp',
  outbox?: Map<string, string>,
) {
  if (ids.length === 0) return;
  if (kind === 'forms') markSent(ctx, roundId, ids, channel, outbox);
  else markReminded(ctx, roundId, ids);
}

export async function emailDrafts(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
  kind: 'forms' | 'reminders',
): Promise<RoundMailResult> {
  const { mails, skipped } = await roundMails(ctx, roundId, agencyIds, kind);
  record(
    ctx,
    roundId,
    kind,
    mails.map((m) => m.agencyId),
    'eml',
  );
  const label = periodLabelOf(getRoundRow(ctx, roundId).period);
  const file =
    mails.length === 0
      ? null
      : {
          fileName: fileNameOf([kind === 'forms' ? 'Thu gui phieu' : 'Thu nhac', label], 'zip'),
          contentType: ZIP_TYPE,
          base64: (await zipOf(mails.map((m) => ({ fileName: m.fileName, content: m.eml })))).toString(
            'base64',
          ),
        };
  return { file, sent: mails.map((m) => ({ agencyId: m.agencyId, name: m.name, to: m.to })), skipped };
}

export async function queueEmails(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
  kind: 'forms' | 'reminders',
): Promise<RoundMailResult> {
  if (!getSmtpSecret(ctx)) throw appError('DOT_CHUA_CAU_HINH_SMTP', {});
  const { mails, skipped } = await roundMails(ctx, roundId, agencyIds, kind);
  const outbox = new Map<string, string>();
  for (const m of mails)
    outbox.set(
      m.agencyId,
      enqueueMail(ctx, { submissionId: null, to: m.to, subject: m.subject, eml: m.eml }).id,
    );
  record(
    ctx,
    roundId,
    kind,
    mails.map((m) => m.agencyId),
    'smtp',
    outbox,
  );
  return { file: null, sent: mails.map((m) => ({ agencyId: m.agencyId, name: m.name, to: m.to })), skipped };
}
