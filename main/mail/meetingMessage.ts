// The mail that carries a meeting document goes to the committee's members and agencies rather than to
// the centre, and names a meeting rather than a period, so it is worded apart from reportMessage.ts.
import { formatDate } from '../../shared/format/vi';
import { shortProvinceName } from './reportMessage';

export interface MeetingMessageInput {
  document: 'briefing' | 'notice';
  meetingNumber: number;
  /** The meeting's date, YYYY-MM-DD. */
  heldOn: string;
  /** The notice's number ("12/TB-BCĐ"); empty for the briefing or a notice not yet numbered. */
  docNumber: string;
  /** As in the settings, e.g. "Tỉnh Lâm Đồng"; empty leaves the subject without the province tag. */
  provinceName: string;
  committeeName: string;
  sha256: string;
  /** Who signed (certificate subject), or null for an unsigned workbook. */
  signer: string | null;
  fileName: string;
}

/** Subject and plain-text body of the mail that carries a meeting's briefing pack or notice of conclusions. */
export function composeMeetingMessage(input: MeetingMessageInput): { subject: string; text: string } {
  const when = `phiên họp thứ ${input.meetingNumber} (${formatDate(input.heldOn)})`;
  const title = input.document === 'briefing' ? `Tài liệu phục vụ ${when}` : `Thông báo kết luận ${when}`;
  const number = input.docNumber.trim();
  const province = shortProvinceName(input.provinceName);
  const subject = `${province ? `[${province}] ` : ''}${title}${number ? ` – Số ${number}` : ''}`;
  const text = [
    'Kính gửi: Quý cơ quan, đơn vị.',
    '',
    `${input.committeeName} trân trọng gửi kèm theo thư này ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}${number ? ` (Số ${number})` : ''}.`,
    '',
    `- Tệp đính kèm: ${input.fileName}`,
    `- Mã băm SHA-256 của tệp: ${input.sha256}`,
    `- Người ký số: ${input.signer ?? '(tệp chưa được ký số)'}`,
    '',
    ...(input.signer
      ? [
          'Để kiểm tra chữ ký số, mở tệp bằng Microsoft Excel (ngăn Chữ ký) hoặc chạy lệnh:',
          `    tiendo verify "${input.fileName}"`,
          '',
        ]
      : []),
    'Trân trọng./.',
    '',
    '--',
    input.committeeName,
    '(Thư được lập bằng phần mềm TienDo.)',
    '',
  ].join('\n');
  return { subject, text };
}
