// Number and date display in the current language. Vietnamese: 1.234,5 and 81%; English: 1,234.5.
// Dates are dd/mm/yyyy in both, as on every document the province issues.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, formatDateTimeIn, formatTimeIn } from '../../shared/format/zone';
import { useTimeZone } from '../hooks/useReferenceData';
import { formatRate, rateDigits, shownPercentage } from '../../shared/format/rate';
import { formatDate, formatNumber } from '../../shared/format/vi';
import type { IsoDate } from '../../shared/domain';

export interface Formatters {
  number(n: number, maxFractionDigits?: number): string;
  /** A rate by the rule of shared/format/rate.ts: never 100% unless whole, nor 0% unless nothing. */
  percent(fraction: number | null): string;
  date(d: IsoDate | null): string;
  /** An instant (audit time) as 'dd/mm/yyyy hh:mm' in the office's time zone. */
  dateTime(iso: string): string;
  /** 'hh:mm' of an instant in the office's time zone ("Đã lưu lúc 10:32"). */
  time(instant: Date): string;
}

const enFormats = new Map<number, Intl.NumberFormat>();
function enNumber(maxDigits: number): Intl.NumberFormat {
  let f = enFormats.get(maxDigits);
  if (!f)
    enFormats.set(maxDigits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDigits })));
  return f;
}

const VI: Omit<Formatters, 'dateTime' | 'time'> = {
  number: formatNumber,
  percent: formatRate,
  date: formatDate,
};
const EN: Omit<Formatters, 'dateTime' | 'time'> = {
  number: (n, max = 2) => (Number.isFinite(n) ? enNumber(max).format(n) : '—'),
  percent: (f) => (f === null || !Number.isFinite(f) ? '—' : `${shownPercentage(f).toFixed(rateDigits(f))}%`),
  date: formatDate,
};

/**
 * The formatters of a language; times are shown on the office's clock (setting timeZone), never in the
 * zone of the browser or the computer (shared/format/zone.ts).
 */
export function formattersFor(lang: string, timeZone: string = DEFAULT_TIME_ZONE): Formatters {
  return {
    ...(lang === 'en' ? EN : VI),
    dateTime: (iso) => formatDateTimeIn(iso, timeZone),
    time: (instant) => formatTimeIn(instant, timeZone),
  };
}

/** The formatters of the current language and the office's zone; re-renders when either changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  return useMemo(() => formattersFor(i18n.language, timeZone), [i18n.language, timeZone]);
}
