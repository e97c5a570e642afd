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
  /** Who signed (certificate subject), or null for an unsigned workbook. */
  signer: string | null;
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
    `- Người ký số: ${input.signer ?? '(tệp chưa được ký số)'}`,
  ];
  const check = input.signer
    ? [
        'Để kiểm tra chữ ký số, Quý cơ quan có thể mở tệp bằng Microsoft Excel (xem ngăn Chữ ký) hoặc chạy lệnh:',
        `    tiendo verify "${input.fileName}"`,
        'Lệnh cho biết chữ ký có hợp lệ không, ai ký, ký lúc nào và phần nào đã bị thay đổi (nếu có).',
        'Mã băm SHA-256 của tệp nhận được phải trùng với mã nêu trên.',
      ]
    : ['Mã băm SHA-256 của tệp nhận được phải trùng với mã nêu trên.'];

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
