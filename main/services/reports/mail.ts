// The e-mail that carries a report: subject and text from the report model embedded in the file and from
// who actually signed it (read from the signature, not from our records), the file attached unchanged.
import { readReportModel } from '../../excel/report';
import { verifyPackage } from '../../excel/signature';
import { buildEmlDraft } from '../../mail/eml';
import { composeReportMessage } from '../../mail/reportMessage';
import { AppError } from '../../errors';
import { sha256Hex } from './submissions';

export interface ReportMailOptions {
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

export async function buildReportMail(
  o: ReportMailOptions,
): Promise<{ subject: string; eml: Buffer; signer: string | null }> {
  const model = readReportModel(o.content);
  if (!model) {
    throw new AppError(
      'KHONG_PHAI_BAO_CAO',
      `Tệp "${o.fileName}" không phải báo cáo do TienDo lập (không có dữ liệu báo cáo kèm theo).`,
    );
  }
  const check = await verifyPackage(o.content);
  if (check.signed && !check.valid) {
    throw new AppError(
      'CHU_KY_KHONG_HOP_LE',
      `Chữ ký số của tệp "${o.fileName}" không còn hợp lệ (tệp đã bị thay đổi sau khi ký); không gửi tệp này. Hãy xuất lại báo cáo.`,
    );
  }
  const signer = check.signed ? (check.signer?.subject ?? null) : null;
  const { subject, text } = composeReportMessage({
    provinceName: o.provinceName ?? model.province,
    committeeName: o.committeeName ?? model.committee,
    reportTitle: `Báo cáo ${model.header.subtitle.charAt(0).toLocaleLowerCase('vi')}${model.header.subtitle.slice(1)}`,
    periodLabel: model.period.label,
    docNumber: model.docNumber,
    sha256: sha256Hex(o.content),
    signer,
    fileName: o.fileName,
  });
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
