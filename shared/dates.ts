// Calendar-day arithmetic on 'YYYY-MM-DD' strings. A due date is a day in the province, not an
// instant, so all arithmetic is done on UTC midnights where no day is ever 23 or 25 hours long.
// date-fns is not a dependency; these few helpers are all the rules need.

import type { IsoDate } from './domain';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** UTC midnight of y-m-d, or NaN when it is not a real calendar day (31/02, month 13, year 0). */
function utcMs(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return NaN;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  // setUTCFullYear, because Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.getTime() : NaN;
}

function parseMs(d: IsoDate): number {
  const m = ISO_RE.exec(d);
  const ms = m ? utcMs(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Ngày không hợp lệ: "${d}" (cần dạng YYYY-MM-DD)`);
  return ms;
}

function fromMs(ms: number): IsoDate {
  const date = new Date(ms);
  return fmt(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fmt(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  return m !== null && !Number.isNaN(utcMs(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** Throws RangeError on an invalid date: rules must not silently compare garbage strings. */
export function assertIsoDate(d: IsoDate): IsoDate {
  parseMs(d);
  return d;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Số ngày phải là số nguyên: ${n}`);
  return fromMs(parseMs(d) + n * DAY_MS);
}

/** `to - from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseMs(to) - parseMs(from)) / DAY_MS);
}

/** Builds a date from its parts; throws RangeError instead of rolling 31/02 over to March. */
export function isoDate(y: number, m: number, d: number): IsoDate {
  if (Number.isNaN(utcMs(y, m, d))) throw new RangeError(`Ngày không tồn tại: ${d}/${m}/${y}`);
  return fmt(y, m, d);
}

/** The local calendar date of an instant: "today" is the day on the officer's wall calendar. */
export function todayIso(now: Date): IsoDate {
  return fmt(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function yearOf(d: IsoDate): number {
  return new Date(parseMs(d)).getUTCFullYear();
}

export function daysInYear(y: number): number {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
}
