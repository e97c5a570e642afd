// Subject and text of the mail that carries a signed report. The mail never says the signature is valid:
// the centre runs the check itself, and a certificate anyone could have made in the committee's name is
// told apart only by its fingerprint, which the text gives for reading out over the phone.

import { signerLine } from './signerName';

/** The signer as the certificate names it, and the certificate's SHA-256 in groups of four. */
export interface MessageSigner {
  subject: string;
  fingerprint: string;
}

/**
 * How the reader checks the file, with what they already have (Excel or LibreOffice, the hash in this mail,
 * a phone call), never by running a command.
 */
export function signatureCheckLines(committee: string): string[] {
  return [
    'Cách kiểm tra tệp:',
    '- Mở tệp bằng Microsoft Excel hoặc Word (Tệp > Thông tin > Xem chữ ký) hoặc LibreOffice (Tệp > Chữ ký số): chương trình cho biết tệp có chữ ký số, ai ký, và báo nếu tệp bị sửa sau khi ký.',
    '- Mã băm SHA-256 của tệp nhận được phải trùng với mã nêu trên (phần mềm TienDo của Quý cơ quan, mục Kiểm tra báo cáo, hiện mã này và kết quả kiểm tra chữ ký).',
    `- Chứng thư số có thể do bất kỳ ai tự tạo mang tên bất kỳ; trước khi tin người ký, xin gọi điện cho ${committee} để đối chiếu dấu vân tay chứng thư số nêu trên (đọc từng nhóm bốn ký tự).`,
  ];
}

/** The facts lines about the signer: name, title and body as a letter names them, then the fingerprint. */
export function signerLines(signer: MessageSigner | null): string[] {
  return signer
    ? [
        `- Người ký số: ${signerLine(signer.subject)}`,
        `- Dấu vân tay chứng thư số (SHA-256): ${signer.fingerprint}`,
      ]
    : ['- Người ký số: (tệp chưa được ký số)'];
}

export interface ReportMessageInput {
  /** As in the settings, e.g. "Tỉnh Lâm Đồng". */
  provinceName: string;
  /** As in the settings, e.g. "Ban Chỉ đạo về ... chuyển đổi số tỉnh". */
  committeeName: string;
  /** e.g. "Báo cáo kết quả chuyển đổi số". */
  reportTitle: string;
  /** e.g. "Quý IV/2025". */
  periodLabel: string;
  /** e.g. "05/BC-BCĐ"; empty when the report has no number yet. */
  docNumber: string;
  sha256: string;
  /** Who signed, as the certificate says, and its fingerprint; null for an unsigned workbook. */
  signer: MessageSigner | null;
  fileName: string;
  /** The "Kính gửi" line; the settings hold only the centre's address, so a neutral default. */
  recipientName?: string;
}

const DEFAULT_RECIPIENT = 'Cơ quan tiếp nhận báo cáo';

/** "Tỉnh Lâm Đồng" -> "Lâm Đồng": the subject tag and the committee's name use the bare name. */
export function shortProvinceName(provinceName: string): string {
  return provinceName.trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

/** The committee's full name with the province, without repeating it when the name already has it. */
function senderName(committeeName: string, provinceName: string): string {
  const committee = committeeName.trim();
  const province = shortProvinceName(provinceName);
  if (!province || committee.toLocaleLowerCase('vi').includes(province.toLocaleLowerCase('vi')))
    return committee;
  // The default committee name ends with "tỉnh" and expects the bare province name after it.
  if (/(tỉnh|thành phố)$/iu.test(committee)) return `${committee} ${province}`;
  return `${committee} ${provinceName.trim().replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}`;
}

/** The title with the period, unless the title already names it. */
function titleWithPeriod(reportTitle: string, periodLabel: string): string {
  const title = reportTitle.trim();
  const period = periodLabel.trim();
  return !period || title.includes(period) ? title : `${title} ${period}`;
}

/** Subject and plain-text body of the mail that carries a signed report to the centre. */
export function composeReportMessage(input: ReportMessageInput): { subject: string; text: string } {
  const title = titleWithPeriod(input.reportTitle, input.periodLabel);
  const number = input.docNumber.trim();
  const sender = senderName(input.committeeName, input.provinceName);
  const subject = `[${shortProvinceName(input.provinceName)}] ${title}${number ? ` – Số ${number}` : ''}`;

  const facts = [
    `- Tệp đính kèm: ${input.fileName}`,
    `- Kỳ báo cáo: ${input.periodLabel.trim()}`,
    `- Số văn bản: ${number || '(chưa có số)'}`,
    `- Mã băm SHA-256 của tệp: ${input.sha256}`,
    ...signerLines(input.signer),
  ];
  const check = [
    ...(input.signer
      ? signatureCheckLines(sender)
      : ['Mã băm SHA-256 của tệp nhận được phải trùng với mã nêu trên.']),
  ];

  const text = [
    `Kính gửi: ${input.recipientName?.trim() || DEFAULT_RECIPIENT}.`,
    '',
    `${sender} trân trọng gửi kèm theo thư này ${title}${number ? ` (Số ${number})` : ''}.`,
    '',
    ...facts,
    '',
    ...check,
    '',
    'Trân trọng./.',
    '',
    '-- ', // the usual signature delimiter, so mail clients can set the sender block apart
    sender,
    '(Thư được lập bằng phần mềm TienDo.)',
    '',
  ].join('\n');

  return { subject, text };
}
