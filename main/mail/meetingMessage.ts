// The mail that carries a meeting document goes to the committee's members and agencies rather than to
// the centre, and names a meeting rather than a period, so it is worded apart from reportMessage.ts.
import { formatDate } from '../../shared/format/vi';
import { type MessageSigner, shortProvinceName, signatureCheckLines, signerLines } from './reportMessage';

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
  /** Who signed, as the certificate says, and its fingerprint; null for an unsigned workbook. */
  signer: MessageSigner | null;
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
    ...signerLines(input.signer),
    '',
    ...(input.signer ? [...signatureCheckLines(input.committeeName), ''] : []),
    'Trân trọng./.',
    '',
    '--',
    input.committeeName,
    '(Thư được lập bằng phần mềm TienDo.)',
    '',
  ].join('\n');
  return { subject, text };
}
