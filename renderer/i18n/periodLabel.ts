// A reporting period's name in the chosen language: "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026" in
// Vietnamese (shared/rules/periods.ts, as on the province's documents, reports and the CLI), "Q1 2026",
// "H1 2026", "Year 2026" in English. A key that is not a period is shown as it is.
import i18n from 'i18next';
import { parsePeriod } from '../../shared/rules/periods';

export function periodLabelIn(lang: string, key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  if (lang !== 'en') return p.label;
  if (p.kind === 'quarter') return `Q${p.quarter} ${p.year}`;
  if (p.kind === 'half') return `H1 ${p.year}`;
  if (p.kind === 'nine_months') return `9M ${p.year}`;
  return `Year ${p.year}`;
}

/** The period's name in the language chosen now (components re-render on a change through useTranslation). */
export function periodLabel(key: string): string {
  return periodLabelIn(i18n.language, key);
}
