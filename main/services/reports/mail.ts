// The e-mail that carries an exported file (periodic report, briefing pack or notice of conclusions):
// subject and text from the model embedded in the file and from who actually signed it (read from the
// signature, not from our records: name and certificate fingerprint), both from one strict reading of the
// file; the file attached unchanged; a file whose signature does not hold refused.
import { meetingDocumentOf } from '../../excel/briefing/inspect';
import { reportModelOf } from '../../excel/report/inspect';
import { groupFingerprint, openVerifiedPackage, type VerifiedPackage } from '../../excel/signature';
import { appError } from '../../errors';
import { buildEmlDraft } from '../../mail/eml';
import { composeMeetingMessage } from '../../mail/meetingMessage';
import { composeReportMessage, type MessageSigner } from '../../mail/reportMessage';
import { sha256Hex } from './submissions';
import { invalidReason } from './verify';

export interface DocumentMailOptions {
  content: Buffer;
  fileName: string;
  to: string;
  /** The SMTP sender, or null (no SMTP settings: the mail client picks the account). */
  from: string | null;
  date: Date;
  /** Names from the settings; default to those in the embedded model. */
  provinceName?: string;
  committeeName?: string;
}

type Compose = (signer: MessageSigner | null) => { subject: string; text: string };

/** How to word the mail for this file, from the model it carries; null for a file TienDo did not write. */
function composerFor(o: DocumentMailOptions, pkg: VerifiedPackage): Compose | null {
  const sha256 = sha256Hex(o.content);
  const report = reportModelOf(pkg);
  if (report.status === 'signed' || report.status === 'unsigned') {
    const model = report.model;
    return (signer) =>
      composeReportMessage({
        provinceName: o.provinceName ?? model.province,
        committeeName: o.committeeName ?? model.committee,
        reportTitle: `Báo cáo ${model.header.subtitle.charAt(0).toLocaleLowerCase('vi')}${model.header.subtitle.slice(1)}`,
        periodLabel: model.period.label,
        docNumber: model.docNumber,
        sha256,
        signer,
        fileName: o.fileName,
      });
  }
  const found = meetingDocumentOf(pkg);
  if (found.status !== 'signed' && found.status !== 'unsigned') return null;
  const doc = found.model;
  const header = doc.kind === 'briefing' ? doc.header : doc.notice.header;
  const meeting = doc.kind === 'briefing' ? doc.briefing.meeting : doc.notice.meeting;
  return (signer) =>
    composeMeetingMessage({
      document: doc.kind,
      meetingNumber: meeting.number,
      heldOn: meeting.heldOn,
      docNumber: doc.kind === 'notice' ? (doc.notice.meeting.noticeNumber ?? '') : '',
      provinceName: o.provinceName ?? '',
      committeeName: o.committeeName ?? header.issuingBody.at(-1) ?? 'Ban Chỉ đạo',
      sha256,
      signer,
      fileName: o.fileName,
    });
}

export async function buildDocumentMail(
  o: DocumentMailOptions,
): Promise<{ subject: string; eml: Buffer; signer: string | null; fingerprint: string | null }> {
  const pkg = await openVerifiedPackage(o.content);
  const check = pkg.result;
  if (!check.readable) {
    throw appError('TEP_GUI_KHONG_DUNG_DUOC', {
      file: o.fileName,
      problem: check.problems[0]?.message ?? 'không đọc được.',
    });
  }
  if (check.signed && !check.valid) {
    throw appError('CHU_KY_TEP_GUI_SAI', { file: o.fileName, reason: invalidReason(check) });
  }
  const composer = composerFor(o, pkg);
  if (!composer) {
    throw appError('KHONG_PHAI_BAO_CAO_TIENDO', { file: o.fileName });
  }
  const signer =
    check.signed && check.signer
      ? { subject: check.signer.subject, fingerprint: groupFingerprint(check.signer.fingerprintSha256) }
      : null;
  const { subject, text } = composer(signer);
  const eml = await buildEmlDraft({
    from: o.from,
    to: [o.to],
    subject,
    text,
    attachments: [{ filename: o.fileName, content: o.content }],
    date: o.date,
  });
  return { subject, eml, signer: signer?.subject ?? null, fingerprint: signer?.fingerprint ?? null };
}
