// Rates as the committee reads them ("đạt 81%"): a share is never printed as 100% unless it is whole,
// nor 0% unless it is nothing. 199 of 200 tasks done is "99,5%", 1 of 300 is "0,3%".
//
//   percentage p = fraction × 100, first rounded to 15 significant digits (what Excel and LibreOffice
//                  display from a cell: 0,145 shows as 14,5, not 14,4999…)
//   digits d     = 0, the usual whole percent;
//                  when 0 < fraction < 1 and p rounded to d decimals reads 0 or 100, one more decimal,
//                  up to 12 (1 of 3.000 is "0,03%"; 1.999 of 2.000 is "99,95%")
//   rounding     = half away from zero at d decimals (as Excel, LibreOffice and Intl all round)
//
// A fraction above 1 (an indicator at 137% of its target) or exactly 0 or 1 keeps 0 decimals.
// formatRate gives the text (app, report sentences, briefing, CLI); rateNumFmt gives the number format of
// a workbook cell holding the same fraction, so the cell stays a number and reads the same text.
import { formatFixed } from './vi';

const MAX_DIGITS = 12;

/** The fraction as a percentage, as a spreadsheet displays it: 15 significant digits. */
function percentage(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/** Half away from zero at `digits` decimals, on the decimal value (1,005 -> 1,01 at 2 decimals). */
function roundAt(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

/** How many decimals the rate needs so that it reads neither 0% nor 100% unless it is. */
export function rateDigits(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) return 0;
  const p = percentage(fraction);
  for (let d = 0; d < MAX_DIGITS; d++) {
    const shown = roundAt(p, d);
    if (shown > 0 && shown < 100) return d;
  }
  return MAX_DIGITS;
}

/** The percentage a rate shows (rounded as it is displayed), e.g. 0.995 -> 99.5. */
export function shownPercentage(fraction: number): number {
  return roundAt(percentage(fraction), rateDigits(fraction));
}

/** '81%', '99,5%', '0,3%', '100%'; '—' when there is no rate (nothing to count). */
export function formatRate(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  const d = rateDigits(fraction);
  return `${formatFixed(roundAt(percentage(fraction), d), d)}%`;
}

/** The Excel number format of a cell holding this fraction: '0%', '0.0%', '0.00%', … */
export function rateNumFmt(fraction: number | null): string {
  const d = fraction === null ? 0 : rateDigits(fraction);
  return d === 0 ? '0%' : `0.${'0'.repeat(d)}%`;
}
