// Export of a meeting document through the report pipeline: the same stages as a periodic report
// (unlock the key first, build the model, write the workbook, sign it, record the submission with its
// hash and bytes), so the briefing and the notice are signed, kept and mailed like any report.
import type { ReportExportResult, Submission } from '../../../shared/api/types';
import { writeBriefingWorkbook, writeNoticeWorkbook } from '../../excel/briefing';
import { describeCertificate, loadPkcs12, signPackage, type SigningKey } from '../../excel/signature';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import type { ReportProgress } from '../jobs';
import type { SignWith } from '../reports/export';
import { explainSignatureError, unlockAppIdentity } from '../reports/identity';
import { getSubmission, sha256Hex, XLSX_TYPE } from '../reports/submissions';
import { buildBriefing } from './index';
import { briefingHeader, buildNoticeDocument } from './documents';

/** Submission kinds of the two meeting documents (named in the schema of submission.kind). */
export const MEETING_DOCUMENT_KINDS = {
  briefing: 'tai_lieu_phien_hop',
  notice: 'thong_bao_ket_luan',
} as const;
export type MeetingDocument = keyof typeof MEETING_DOCUMENT_KINDS;

export interface MeetingExportRequest {
  meetingId: string;
  document: MeetingDocument;
  signWith: SignWith;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function unlock(identityDir: string, signWith: SignWith): SigningKey | null {
  if (signWith.kind === 'none') return null;
  if (signWith.kind === 'identity') return unlockAppIdentity(identityDir, signWith.password);
  try {
    return loadPkcs12(signWith.p12, signWith.password);
  } catch (error) {
    explainSignatureError(error);
  }
}

/** 'tai-lieu-phien-hop-3-2025-10-14-da-ky.xlsx': ASCII, so every mail client and file system keeps it. */
export function meetingFileName(
  document: MeetingDocument,
  number: number,
  heldOn: string,
  signed: boolean,
): string {
  const stem = document === 'briefing' ? 'tai-lieu-phien-hop' : 'thong-bao-ket-luan-phien-hop';
  return `${stem}-${number}-${heldOn}${signed ? '-da-ky' : ''}.xlsx`;
}

/** Records the file as a submission of the meeting (no plan, no period), keeping its bytes and hash. */
export function recordMeetingSubmission(
  ctx: ServiceContext,
  s: {
    kind: string;
    meetingId: string;
    docNumber: string;
    fileName: string;
    signer: string | null;
    content: Buffer;
  },
): Submission {
  return inTransaction(ctx, () => {
    const id = ctx.newId();
    ctx.db
      .prepare(
        `INSERT INTO submission (id, kind, meeting_id, doc_number, file_name, sha256, signer, created_at, channel, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'file', ?)`,
      )
      .run(
        id,
        s.kind,
        s.meetingId,
        s.docNumber,
        s.fileName,
        sha256Hex(s.content),
        s.signer,
        ctx.now().toISOString(),
        s.signer ? 'da_ky' : 'tao_moi',
      );
    ctx.db
      .prepare('INSERT INTO submission_file (submission_id, content_type, content) VALUES (?, ?, ?)')
      .run(id, XLSX_TYPE, s.content);
    const created = getSubmission(ctx, id);
    recordAudit(ctx, 'submission', id, 'create', null, {
      ...created,
      outbox: undefined,
      bytes: s.content.length,
    });
    return created;
  });
}

export async function exportMeetingDocument(
  ctx: ServiceContext,
  identityDir: string,
  request: MeetingExportRequest,
  progress: ReportProgress = () => {},
): Promise<ReportExportResult & { content: Buffer }> {
  progress(0.02, 'Đang mở chữ ký số…');
  const key = unlock(identityDir, request.signWith);
  await tick();
  progress(
    0.1,
    request.document === 'briefing' ? 'Đang tổng hợp tài liệu phiên họp…' : 'Đang lập thông báo kết luận…',
  );
  let content: Buffer;
  let meeting: { number: number; heldOn: string; noticeNumber: string | null };
  let purpose: string;
  if (request.document === 'briefing') {
    const b = buildBriefing(ctx, request.meetingId);
    meeting = b.meeting;
    purpose = `Ký tài liệu phục vụ phiên họp thứ ${b.meeting.number}`;
    await tick();
    progress(0.3, 'Đang ghi tệp Excel…');
    content = await writeBriefingWorkbook(b, briefingHeader(b, ctx.today()), ctx.now());
  } else {
    const doc = buildNoticeDocument(ctx, request.meetingId);
    meeting = doc.meeting;
    purpose = `Ký ban hành thông báo kết luận phiên họp thứ ${doc.meeting.number}`;
    progress(0.3, 'Đang ghi tệp Excel…');
    content = await writeNoticeWorkbook(doc);
  }
  let signer: string | null = null;
  if (key) {
    progress(0.8, 'Đang ký số…');
    await tick();
    try {
      content = await signPackage(content, key, { signingTime: ctx.now(), purpose });
    } catch (error) {
      explainSignatureError(error);
    }
    signer = describeCertificate(key.certificatePem).commonName;
  }
  progress(0.95, 'Đang lưu hồ sơ…');
  await tick();
  const fileName = meetingFileName(request.document, meeting.number, meeting.heldOn, key !== null);
  const submission = recordMeetingSubmission(ctx, {
    kind: MEETING_DOCUMENT_KINDS[request.document],
    meetingId: request.meetingId,
    docNumber: request.document === 'notice' ? (meeting.noticeNumber ?? '') : '',
    fileName,
    signer,
    content,
  });
  progress(1, 'Hoàn thành.');
  return {
    submissionId: submission.id,
    fileName,
    contentType: XLSX_TYPE,
    sha256: submission.sha256,
    signer,
    base64: content.toString('base64'),
    content,
  };
}
