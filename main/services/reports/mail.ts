// The e-mail that carries an exported file (periodic report, briefing pack or notice of conclusions):
// subject and text from the model embedded in the file and from who actually signed it (read from the
// signature, not from our records), the file attached unchanged, a broken signature refused.
import { readMeetingDocument } from '../../excel/briefing/inspect';
import { readReportModel } from '../../excel/report';
import { verifyPackage } from '../../excel/signature';
import { AppError } from '../../errors';
import { buildEmlDraft } from '../../mail/eml';
import { composeMeetingMessage } from '../../mail/meetingMessage';
import { composeReportMessage } from '../../mail/reportMessage';
import { sha256Hex } from './submissions';

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

type Compose = (signer: string | null) => { subject: string; text: string };

/** How to word the mail for this file, from the model it carries; null for a file TienDo did not write. */
function composerFor(o: DocumentMailOptions): { compose: Compose; again: string } | null {
  const sha256 = sha256Hex(o.content);
  const model = readReportModel(o.content);
  if (model) {
    return {
      again: 'Hãy xuất lại báo cáo.',
      compose: (signer) =>
        composeReportMessage({
          provinceName: o.provinceName ?? model.province,
          committeeName: o.committeeName ?? model.committee,
          reportTitle: `Báo cáo ${model.header.subtitle.charAt(0).toLocaleLowerCase('vi')}${model.header.subtitle.slice(1)}`,
          periodLabel: model.period.label,
          docNumber: model.docNumber,
          sha256,
          signer,
          fileName: o.fileName,
        }),
    };
  }
  const doc = readMeetingDocument(o.content);
  if (!doc) return null;
  const header = doc.kind === 'briefing' ? doc.header : doc.notice.header;
  const meeting = doc.kind === 'briefing' ? doc.briefing.meeting : doc.notice.meeting;
  return {
    again: 'Hãy xuất lại.',
    compose: (signer) =>
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
      }),
  };
}

export async function buildDocumentMail(
  o: DocumentMailOptions,
): Promise<{ subject: string; eml: Buffer; signer: string | null }> {
  const composer = composerFor(o);
  if (!composer) {
    throw new AppError(
      'KHONG_PHAI_BAO_CAO',
      `Tệp "${o.fileName}" không phải báo cáo do TienDo lập (không có dữ liệu báo cáo kèm theo).`,
    );
  }
  const check = await verifyPackage(o.content);
  if (check.signed && !check.valid) {
    throw new AppError(
      'CHU_KY_KHONG_HOP_LE',
      `Chữ ký số của tệp "${o.fileName}" không còn hợp lệ (tệp đã bị thay đổi sau khi ký); không gửi tệp này. ${composer.again}`,
    );
  }
  const signer = check.signed ? (check.signer?.subject ?? null) : null;
  const { subject, text } = composer.compose(signer);
  const eml = await buildEmlDraft({
    from: o.from,
    to: [o.to],
    subject,
    text,
    attachments: [{ filename: o.fileName, content: o.content }],
    date: o.date,
  });
  return { subject, eml, signer };
}
