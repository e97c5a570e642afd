// Which indicator values a figure uses, in the one line each screen and document prints about it.
// The rule itself is implemented (and explained) in main/services/indicatorValues.ts:
//   - a period's report: the values of the periods it covers, as known when the report is made;
//   - a screen "at date D": what was known at the end of day D.
import type { IsoDate } from '../domain';
import { formatDate } from '../format/vi';

/** 'Số liệu chỉ tiêu như đã biết đến hết ngày 30/09/2025': the dashboard and every view at a date. */
export function knownAtLine(d: IsoDate): string {
  return `Số liệu chỉ tiêu như đã biết đến hết ngày ${formatDate(d)}`;
}

/**
 * 'Số liệu chỉ tiêu của các kỳ đến ngày 14/09/2025 (9 tháng đầu năm 2025), gồm cả số liệu gửi sau ngày
 * chốt, cập nhật đến ngày 20/10/2025': what a report counts, said where it is prepared.
 */
export function reportBasisLine(periodLabel: string, cutOff: IsoDate, madeOn: IsoDate): string {
  return (
    `Số liệu chỉ tiêu của các kỳ đến ngày ${formatDate(cutOff)} (${periodLabel}), ` +
    `gồm cả số liệu gửi sau ngày chốt, cập nhật đến ngày ${formatDate(madeOn)}`
  );
}
