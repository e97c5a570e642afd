// The mail that carries an agency's collection form, and the reminder to an agency that has not answered:
// the deadline in the subject and the body, what to fill, how to send it back.
import { formatDate } from '../../shared/format/vi';
import { shortProvinceName } from './reportMessage';

export interface RoundMessageInput {
  kind: 'forms' | 'reminders';
  provinceName: string;
  committeeName: string;
  agencyName: string;
  periodLabel: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  fileName: string;
  taskCount: number;
  indicatorCount: number;
}

export function composeRoundMessage(input: RoundMessageInput): { subject: string; text: string } {
  const province = shortProvinceName(input.provinceName);
  const due = formatDate(input.dueDate);
  const tag = province ? `[${province}] ` : '';
  const subject =
    input.kind === 'forms'
      ? `${tag}Phiếu cập nhật tiến độ, số liệu ${input.periodLabel} – hạn gửi ${due}`
      : `${tag}Nhắc gửi phiếu cập nhật ${input.periodLabel} – hạn ${due}`;
  const opening =
    input.kind === 'forms'
      ? `${input.committeeName} đề nghị Quý cơ quan cập nhật tiến độ các nhiệm vụ chủ trì (${input.taskCount} nhiệm vụ) và số liệu các chỉ tiêu (${input.indicatorCount} chỉ tiêu) ${input.periodLabel} vào phiếu đính kèm, gửi lại trước ngày ${due}.`
      : `Đến nay ${input.committeeName} chưa nhận được phiếu cập nhật ${input.periodLabel} của Quý cơ quan (hạn ${due}). Đề nghị Quý cơ quan điền phiếu đính kèm (lập lại theo số liệu mới nhất) và gửi lại sớm.`;
  const text = [
    `Kính gửi: ${input.agencyName}.`,
    '',
    opening,
    '',
    `- Tệp đính kèm: ${input.fileName}`,
    '- Cách điền: xem trang "Hướng dẫn" trong tệp; chỉ nhập vào các ô nền vàng.',
    '- Gửi lại: trả lời thư này, đính kèm tệp đã điền (giữ dạng .xlsx).',
    '',
    'Trân trọng./.',
    '',
    '--',
    input.committeeName,
    '(Thư được lập bằng phần mềm TienDo.)',
    '',
  ].join('\n');
  return { subject, text };
}
