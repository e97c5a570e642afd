// Receiving files at the centre: reports, briefing packs and notices, dropped one by one, a folder, or
// e-mail messages (.eml) with the workbook attached (MIME parsed by mailparser). Each workbook is read once,
// strictly, with its signature (openVerifiedPackage): it is kept only if it is intact, its certificate was
// fit at the signing time, its embedded model was read from the signed part, and (for a report) every
// figure the consolidation uses checks out; the bytes are stored with their SHA-256 and the model as read.
// A signer not yet confirmed does not stop a file from being kept (the person confirms the fingerprint
// afterwards, and the file counts from then on); a file whose signer is trusted for another province, or
// whose certificate is revoked, is refused. Every refusal is listed with its reason, and kept without bytes.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { ReceiveOutcome } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format/vi';
import { meetingDocumentOf } from '../../excel/briefing/inspect';
import { BRIEFING_PART, NOTICE_PART } from '../../excel/briefing/package';
import { reportModelOf } from '../../excel/report/inspect';
import { MODEL_RELATIONSHIP } from '../../excel/report/package';
import { describeX509, groupFingerprint, openVerifiedPackage, parseCertificate } from '../../excel/signature';
import { inTransaction, type ServiceContext } from '../context';
import { sha256Hex } from '../reports/submissions';
import { invalidReason } from '../reports/verify';
import { loadTrustStore } from '../trust';
import { readConsolidatedReport } from './model';
import { provinceKey } from './provinces';
import { certificatesJson, storedVerdict } from './verdict';
import { one, oneRow, sql } from '../../db/sql';

export interface IncomingFile {
  name: string;
  bytes: Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_ATTACHMENTS = 50;

export interface Mail {
  from: string | null;
  subject: string | null;
  messageId: string | null;
  date: string | null;
}

export interface Workbook {
  fileName: string;
  bytes: Buffer;
  via: 'file' | 'eml';
  mail: Mail | null;
}

const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;
export const looksLikeMail = (name: string, b: Buffer) =>
  /\.eml$/i.test(name) ||
  (!isZip(b) && /^[\x21-\x39\x3b-\x7e]+:/m.test(b.subarray(0, 2000).toString('latin1')));

type Found =
  | {
      ok: true;
      document: 'report' | 'briefing' | 'notice';
      province: string;
      period: string | null;
      docNumber: string;
      title: string;
      label: string;
      modelText: string;
    }
  | { ok: false; reason: string };

/** The centre's own spelling of a province a document names ("UBND TỈNH LÂM ĐỒNG" -> "Tỉnh Lâm Đồng"). */
function provinceName(ctx: ServiceContext, named: string): string {
  const row = one<{ name: string }>(
    ctx,
    sql`SELECT name FROM centre_province WHERE key = ${provinceKey(named)}`,
  );
  return row?.name ?? named.trim();
}

/** What the signed file is, from its signed model only. */
function whatItIs(ctx: ServiceContext, pkg: Awaited<ReturnType<typeof openVerifiedPackage>>): Found {
  const text = (relationship: string): string => {
    const part = pkg.embeddedPart(relationship);
    return part.status === 'signed' ? part.bytes.toString('utf8') : '';
  };
  const report = reportModelOf(pkg);
  if (report.status === 'refused') return { ok: false, reason: report.message };
  if (report.status === 'signed') {
    const checked = readConsolidatedReport(report.model);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    const m = report.model;
    return {
      ok: true,
      document: 'report',
      province: provinceName(ctx, m.province),
      period: m.period.key,
      docNumber: m.docNumber,
      title: `${m.header.title} ${m.header.subtitle}`,
      label: `Báo cáo ${m.period.label}`,
      modelText: text(MODEL_RELATIONSHIP),
    };
  }
  const doc = meetingDocumentOf(pkg);
  if (doc.status === 'refused') return { ok: false, reason: doc.message };
  if (doc.status === 'signed') {
    const briefing = doc.model.kind === 'briefing';
    const header = doc.model.kind === 'briefing' ? doc.model.header : doc.model.notice.header;
    const meeting = doc.model.kind === 'briefing' ? doc.model.briefing.meeting : doc.model.notice.meeting;
    const named =
      doc.model.kind === 'briefing' ? doc.model.briefing.header.provinceName : (header.issuingBody[0] ?? '');
    return {
      ok: true,
      document: briefing ? 'briefing' : 'notice',
      province: provinceName(ctx, named),
      period: null,
      docNumber: doc.model.kind === 'notice' ? (meeting.noticeNumber ?? '') : '',
      title: `${header.title} ${header.subtitle}`,
      label: `${briefing ? 'Tài liệu phiên họp' : 'Thông báo kết luận phiên họp'} thứ ${meeting.number} (${formatDate(meeting.heldOn)})`,
      modelText: text(briefing ? BRIEFING_PART.relationship : NOTICE_PART.relationship),
    };
  }
  return {
    ok: false,
    reason: 'Tệp không có dữ liệu báo cáo TienDo kèm theo (không phải báo cáo hay tài liệu do TienDo xuất).',
  };
}

/** When the file arrived, for on time / late: an e-mail's date if it falls between signing and receipt. */
function arrivedAt(mail: Mail | null, signingTime: string, receivedAt: string): string {
  if (!mail?.date) return receivedAt;
  const t = Date.parse(mail.date);
  if (Number.isNaN(t) || t > Date.parse(receivedAt) || t < Date.parse(signingTime)) return receivedAt;
  return new Date(t).toISOString();
}

function refuse(ctx: ServiceContext, w: Workbook, sha256: string, reason: string): ReceiveOutcome {
  inTransaction(ctx, () => {
    ctx
      .prepare(
        `INSERT INTO received_refusal (id, file_name, sha256, size, via, reason, received_at, received_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ctx.newId(),
        w.fileName,
        sha256,
        w.bytes.length,
        w.via,
        reason,
        ctx.now().toISOString(),
        ctx.actor(),
      );
  });
  return {
    fileName: w.fileName,
    status: 'refused',
    reason,
    receivedId: null,
    sha256,
    province: null,
    document: null,
    documentLabel: null,
    period: null,
    verdict: null,
    signer: null,
    fingerprint: null,
    version: null,
  };
}

async function receiveWorkbook(ctx: ServiceContext, w: Workbook): Promise<ReceiveOutcome> {
  const sha256 = sha256Hex(w.bytes);
  const seen = one<{
    id: string;
    province: string;
    document: ReceiveOutcome['document'];
    period: string | null;
  }>(ctx, sql`SELECT id, province, document, period FROM received_file WHERE sha256 = ${sha256}`);
  if (seen)
    return {
      ...refuse(ctx, w, sha256, 'Tệp này (cùng mã SHA-256) đã được tiếp nhận trước đây; không lưu thêm.'),
      status: 'duplicate',
      receivedId: seen.id,
      province: seen.province,
      document: seen.document,
      period: seen.period,
    };
  const store = loadTrustStore(ctx);
  const pkg = await openVerifiedPackage(w.bytes, {
    trusted: store.signers,
    authorities: store.authorities,
    revocations: store.revocations,
    now: ctx.now(),
  });
  const r = pkg.result;
  if (!r.readable || !r.signed || !r.valid) {
    const detail = r.problems[0]?.message;
    return refuse(ctx, w, sha256, `Tệp không hợp lệ: ${invalidReason(r)}.${detail ? ` ${detail}` : ''}`);
  }
  const found = whatItIs(ctx, pkg);
  if (!found.ok) return refuse(ctx, w, sha256, found.reason);
  const certificates = certificatesJson(pkg.signerCertificates);
  const signingTime = r.signingTime!;
  const verdict = storedVerdict(store, { certificates, signingTime, province: found.province });
  if (verdict.verdict === 'invalid') return refuse(ctx, w, sha256, verdict.reason);
  const signer = describeX509(parseCertificate(pkg.signerCertificates[0]!));
  const receivedAt = ctx.now().toISOString();
  const id = ctx.newId();
  const version = inTransaction(ctx, () => {
    ctx
      .prepare(
        `INSERT INTO received_file (id, sha256, file_name, content, size, received_at, received_by, arrived_at, via,
           mail_from, mail_subject, mail_message_id, mail_date, document, province, province_key, period, doc_number,
           title, model, signer_subject, signer_name, fingerprint, certificates, signing_time)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        sha256,
        w.fileName,
        w.bytes,
        w.bytes.length,
        receivedAt,
        ctx.actor(),
        arrivedAt(w.mail, signingTime, receivedAt),
        w.via,
        w.mail?.from ?? null,
        w.mail?.subject ?? null,
        w.mail?.messageId ?? null,
        w.mail?.date ?? null,
        found.document,
        found.province,
        provinceKey(found.province),
        found.period,
        found.docNumber,
        found.title,
        found.modelText,
        signer.subject,
        signer.commonName,
        signer.fingerprintSha256,
        certificates,
        signingTime,
      );
    const row = oneRow<{ n: number }>(
      ctx,
      sql`SELECT COUNT(*) AS n FROM received_file
         WHERE province_key = ${provinceKey(found.province)} AND document = ${found.document} AND period IS ${found.period} AND (signing_time < ${signingTime} OR (signing_time = ${signingTime} AND received_at <= ${receivedAt}))`,
    );
    return row.n;
  });
  return {
    fileName: w.fileName,
    status: 'received',
    reason: verdict.verdict === 'unconfirmed' ? verdict.reason : null,
    receivedId: id,
    sha256,
    province: found.province,
    document: found.document,
    documentLabel: found.label,
    period: found.period,
    verdict: verdict.verdict,
    signer: signer.commonName || signer.subject,
    fingerprint: groupFingerprint(signer.fingerprintSha256),
    version,
  };
}

function mailOf(parsed: ParsedMail): Mail {
  return {
    from: parsed.from?.text ?? null,
    subject: parsed.subject ?? null,
    messageId: parsed.messageId ?? null,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
  };
}

/** The workbooks a message carries (attachments that are .xlsx by name or by content type). */
export async function workbooksOfMail(file: IncomingFile): Promise<Workbook[] | { reason: string }> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(file.bytes, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch {
    return { reason: 'Tệp thư (.eml) không đọc được.' };
  }
  const mail = mailOf(parsed);
  const attached = parsed.attachments.filter(
    (a) => a.contentType === XLSX_TYPE || /\.xlsx$/i.test(a.filename ?? ''),
  );
  if (attached.length === 0)
    return { reason: 'Thư không có tệp Excel (.xlsx) đính kèm; không có gì để tiếp nhận.' };
  if (attached.length > MAX_ATTACHMENTS)
    return {
      reason: `Thư có ${attached.length} tệp đính kèm, quá ${MAX_ATTACHMENTS}; hãy gửi ít tệp hơn mỗi thư.`,
    };
  return attached.map((a, i) => ({
    fileName: `${file.name} › ${a.filename ?? `tệp đính kèm ${i + 1}.xlsx`}`,
    bytes: a.content,
    via: 'eml' as const,
    mail,
  }));
}

/** Receives every file (and every workbook attached to a message), one outcome each, in order. */
export async function receiveFiles(
  ctx: ServiceContext,
  files: readonly IncomingFile[],
): Promise<ReceiveOutcome[]> {
  const out: ReceiveOutcome[] = [];
  for (const file of files) {
    if (looksLikeMail(file.name, file.bytes)) {
      const found = await workbooksOfMail(file);
      if ('reason' in found) {
        out.push(
          refuse(
            ctx,
            { fileName: file.name, bytes: file.bytes, via: 'eml', mail: null },
            sha256Hex(file.bytes),
            found.reason,
          ),
        );
        continue;
      }
      for (const w of found) out.push(await receiveWorkbook(ctx, w));
      continue;
    }
    out.push(await receiveWorkbook(ctx, { fileName: file.name, bytes: file.bytes, via: 'file', mail: null }));
  }
  return out;
}
