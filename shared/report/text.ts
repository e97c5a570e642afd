// Fixed wording of the periodic report, as pure functions so the preview in the app and the workbook say
// exactly the same thing. Layout rules are those of Nghị định 30/2020/NĐ-CP (Phụ lục I).
import { formatRate } from '../format/rate';
import { formatDate, formatNumber } from '../format/vi';
import type { AssessmentCounts, ReportPeriod, TaskFigures } from './model';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const REPORT_TITLE = 'BÁO CÁO';

const upper = (s: string) => s.trim().toLocaleUpperCase('vi');

/**
 * The issuing-body block: the body it belongs to (cơ quan chủ quản), then the committee itself.
 * 'Tỉnh Lâm Đồng' -> 'UBND TỈNH LÂM ĐỒNG'; a committee name is printed whole, in upper case.
 */
export function issuingBodyLines(provinceName: string, committeeName: string): string[] {
  const province = provinceName.trim();
  const parent = province ? `UBND ${upper(province)}` : '';
  return [parent, upper(committeeName)].filter(Boolean);
}

/** 'Số: 05/BC-BCĐ'; without a number, room for the office to write it by hand: 'Số:        /BC-BCĐ'. */
export function docNumberLine(docNumber: string, committeeShortName: string): string {
  const n = docNumber.trim();
  if (n) return `Số: ${n}`;
  return `Số:${'\u00a0'.repeat(8)}/BC-${committeeShortName.trim() || 'BCĐ'}`;
}

/** 'Kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025' (a 'Năm 2025' label reads 'năm 2025' mid-sentence). */
export function reportSubtitle(periodLabel: string): string {
  return `Kết quả thực hiện nhiệm vụ chuyển đổi số ${periodPhrase(periodLabel)}`;
}

/** A period label as it reads inside a sentence: 'Năm 2025' -> 'năm 2025'; 'Quý IV/2025' stays. */
export function periodPhrase(periodLabel: string): string {
  return periodLabel.startsWith('Năm ') ? `năm ${periodLabel.slice(4)}` : periodLabel;
}

/** '126 nhiệm vụ, 102 đã hoàn thành, đạt 81%' (the rate leaves cancelled tasks out, as the rules say). */
export function taskSentence(t: Pick<TaskFigures, 'total' | 'done' | 'completionRate'>): string {
  const rate = t.completionRate === null ? '' : `, đạt ${formatRate(t.completionRate)}`;
  return `${formatNumber(t.total)} nhiệm vụ, ${formatNumber(t.done)} đã hoàn thành${rate}`;
}

/**
 * The indicators as the national committee summarises them: '62 mục tiêu: 18 đã hoàn thành, 27 có khả năng
 * hoàn thành cao, 17 cần phải nỗ lực'. A count of 0 is left out (no "0 chưa có số liệu"); indicators without
 * data are named only when there are some; with no indicators at all there is no sentence ('').
 */
export function indicatorSentence(c: AssessmentCounts): string {
  if (c.total <= 0) return '';
  const words: [number, string][] = [
    [c.da_dat, 'đã hoàn thành'],
    [c.co_kha_nang_dat, 'có khả năng hoàn thành cao'],
    [c.can_no_luc, 'cần phải nỗ lực'],
    [c.chua_co_so_lieu, 'chưa có số liệu'],
  ];
  const parts = words.filter(([n]) => n > 0).map(([n, w]) => `${formatNumber(n)} ${w}`);
  return `${formatNumber(c.total)} mục tiêu${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/**
 * The opening sentence of "Số liệu tổng hợp": 'Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026,
 * theo Nghị định số 09/2019/NĐ-CP); số liệu tính đến ngày 14/12/2026: 126 nhiệm vụ, …; 62 mục tiêu: ….'
 * The period reads in lower case mid-sentence ('Kỳ báo cáo năm 2026', not 'Năm 2026'); without indicators
 * their clause is left out. Shared by the workbook and the Word document.
 */
export function figuresParagraph(m: {
  period: Pick<ReportPeriod, 'label' | 'from' | 'to'>;
  referenceDate: string;
  summary: { taskSentence: string; indicatorSentence: string };
}): string {
  const range = `từ ngày ${formatDate(m.period.from)} đến ngày ${formatDate(m.period.to)}`;
  const clauses = [m.summary.taskSentence, m.summary.indicatorSentence].filter(Boolean).join('; ');
  return `Kỳ báo cáo ${periodPhrase(m.period.label)} (${range}, theo Nghị định số 09/2019/NĐ-CP); số liệu tính đến ngày ${formatDate(m.referenceDate)}: ${clauses}.`;
}

/** Column headings of the annexes, shared by the workbook and the preview. */
export const ANNEX1_LABEL = 'Phụ lục 1';
export const ANNEX1_TITLE = 'Kết quả thực hiện các chỉ tiêu chuyển đổi số';
export const ANNEX2_LABEL = 'Phụ lục 2';
export const ANNEX2_TITLE = 'Tiến độ thực hiện các nhiệm vụ chuyển đổi số';
export const ANNEX1_COLUMNS = [
  'STT',
  'Mã',
  'Chỉ tiêu',
  'ĐVT',
  'Kế hoạch',
  'Thực hiện',
  'Tỷ lệ',
  'Đánh giá',
  'Cơ quan chủ trì',
  'Ghi chú',
] as const;
export const ANNEX2_COLUMNS = [
  'STT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Sản phẩm',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
  'Kết quả',
] as const;

/** 'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Lâm Đồng về …, Ban Chỉ đạo báo cáo … như sau:'. */
export function introParagraph(
  plan: { code: string; title: string; issuedOn: string | null; issuedBy: string | null },
  periodLabel: string,
): string {
  const issued = `${plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''}${plan.issuedBy ? ` của ${plan.issuedBy}` : ''}`;
  const title = plan.title.trim().replace(/^kế hoạch\s+/i, '');
  const about = title ? ` về ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}` : '';
  return `Thực hiện Kế hoạch số ${plan.code}${issued}${about}, Ban Chỉ đạo báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số ${periodPhrase(periodLabel)} như sau:`;
}

/** 'Trên đây là báo cáo … của Ban Chỉ đạo …./.' */
export function closingParagraph(committeeName: string, periodLabel: string): string {
  const committee = committeeName.trim() || 'Ban Chỉ đạo';
  return `Trên đây là báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số ${periodPhrase(periodLabel)} của ${committee}./.`;
}
