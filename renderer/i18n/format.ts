// Number and date display in the current language. Vietnamese: 1.234,5 and 81%; English: 1,234.5.
// Dates are dd/mm/yyyy in both, as on every document the province issues.
import { useTranslation } from 'react-i18next';
import { formatRate, rateDigits, shownPercentage } from '../../shared/format/rate';
import { formatDate, formatNumber } from '../../shared/format/vi';
import type { IsoDate } from '../../shared/domain';

export interface Formatters {
  number(n: number, maxFractionDigits?: number): string;
  /** A rate by the rule of shared/format/rate.ts: never 100% unless whole, nor 0% unless nothing. */
  percent(fraction: number | null): string;
  date(d: IsoDate | null): string;
  /** An instant (audit time) as 'dd/mm/yyyy hh:mm' in local time. */
  dateTime(iso: string): string;
}

const enFormats = new Map<number, Intl.NumberFormat>();
function enNumber(maxDigits: number): Intl.NumberFormat {
  let f = enFormats.get(maxDigits);
  if (!f)
    enFormats.set(maxDigits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDigits })));
  return f;
}

function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const VI: Formatters = { number: formatNumber, percent: formatRate, date: formatDate, dateTime };
const EN: Formatters = {
  number: (n, max = 2) => (Number.isFinite(n) ? enNumber(max).format(n) : '—'),
  percent: (f) => (f === null || !Number.isFinite(f) ? '—' : `${shownPercentage(f).toFixed(rateDigits(f))}%`),
  date: formatDate,
  dateTime,
};
export function formattersFor(lang: string): Formatters {
  return lang === 'en' ? EN : VI;
}

/** The formatters of the current language; re-renders when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
