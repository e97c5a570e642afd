// The e-mail that carries a meeting document (briefing pack or notice of conclusions), built like the
// periodic report's (../reports/mail.ts): subject and text from the model embedded in the file and from
// who actually signed it (read from the signature), the file attached unchanged, a broken signature refused.
import { formatDate } from '../../../shared/format/vi';
import { readMeetingDocument } from '../../excel/briefing/inspect';
import { verifyPackage } from '../../excel/signature';
import { AppError } from '../../errors';
import { buildEmlDraft } from '../../mail/eml';
import { shortProvinceName } from '../../mail/reportMessage';
import type { ReportMailOptions } from '../reports/mail';
import { sha256Hex } from '../reports/submissions';

export function isMeetingDocument(content: Buffer): boolean {
  return readMeetingDocument(content) !== null;
}

export async function buildMeetingMail(
  o: ReportMailOptions,
): Promise<{ subject: string; eml: Buffer; signer: string | null }> {
  const doc = readMeetingDocument(o.content);
  if (!doc)
    throw new AppError(
      'KHONG_PHAI_TAI_LIEU',
      `Tệp "${o.fileName}" không phải tài liệu phiên họp do TienDo lập.`,
    );
  const check = await verifyPackage(o.content);
  if (check.signed && !check.valid) {
    throw new AppError(
      'CHU_KY_KHONG_HOP_LE',
      `Chữ ký số của tệp "${o.fileName}" không còn hợp lệ (tệp đã bị thay đổi sau khi ký); không gửi tệp này. Hãy xuất lại.`,
    );
  }
  const signer = check.signed ? (check.signer?.subject ?? null) : null;
  const header = doc.kind === 'briefing' ? doc.header : doc.notice.header;
  const meeting = doc.kind === 'briefing' ? doc.briefing.meeting : doc.notice.meeting;
  const committee = o.committeeName ?? header.issuingBody.at(-1) ?? 'Ban Chỉ đạo';
  const province = shortProvinceName(o.provinceName ?? '');
  const title =
    doc.kind === 'briefing'
      ? `Tài liệu phục vụ phiên họp thứ ${meeting.number} (${formatDate(meeting.heldOn)})`
      : `Thông báo kết luận phiên họp thứ ${meeting.number} (${formatDate(meeting.heldOn)})`;
  const number = doc.kind === 'notice' ? (doc.notice.meeting.noticeNumber ?? '').trim() : '';
  const subject = `${province ? `[${province}] ` : ''}${title}${number ? ` – Số ${number}` : ''}`;
  const text = [
    'Kính gửi: Quý cơ quan, đơn vị.',
    '',
    `${committee} trân trọng gửi kèm theo thư này ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}${number ? ` (Số ${number})` : ''}.`,
    '',
    `- Tệp đính kèm: ${o.fileName}`,
    `- Mã băm SHA-256 của tệp: ${sha256Hex(o.content)}`,
    `- Người ký số: ${signer ?? '(tệp chưa được ký số)'}`,
    '',
    ...(signer
      ? [
          'Để kiểm tra chữ ký số, mở tệp bằng Microsoft Excel (ngăn Chữ ký) hoặc chạy lệnh:',
          `    tiendo verify "${o.fileName}"`,
          '',
        ]
      : []),
    'Trân trọng./.',
    '',
    '--',
    committee,
    '(Thư được lập bằng phần mềm TienDo.)',
    '',
  ].join('\n');
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
