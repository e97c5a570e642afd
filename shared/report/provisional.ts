// A report of a period that has not ended at the day it is made: its figures are provisional. The
// period ends with its cut-off day (shared/rules/periods.ts: Quý IV runs to 14/12), so a report made on
// that day or before is provisional; the heading then says "Số liệu tạm tính đến ngày …" and signing it
// needs the person's confirmation.
import { formatDate } from '../format/vi';

export function isProvisional(period: { to: string }, today: string): boolean {
  return today <= period.to;
}

/** The heading line under an annex's title and the Word report's: what date the figures are taken at. */
export function figuresDateLine(m: {
  period: { to: string };
  header: { date: string };
  referenceDate: string;
}): string {
  return isProvisional(m.period, m.header.date)
    ? `Số liệu tạm tính đến ngày ${formatDate(m.referenceDate)} (kỳ báo cáo chưa kết thúc)`
    : `Số liệu tính đến ngày ${formatDate(m.referenceDate)}`;
}
