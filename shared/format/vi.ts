// Vietnamese number and date formats: '1.234,5', '81%', '04/03/2025', and the Nghị định 30/2020
// place-and-date line. Parsing is forgiving about how officers type, strict about what it accepts:
// anything ambiguous or impossible returns null rather than a guess.

import type { IsoDate } from '../domain';
import { isValidIsoDate, isoDate } from '../dates';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in vi-VN's grouping ('1.234.567'), what Intl gives, without it: the first
 * Intl.NumberFormat of a page loads the locale's data (20-30 ms in Chromium), and the task list's first
 * frame shows only whole numbers (the count, each row's percentage). The test checks it against Intl.
 */
function groupedInteger(n: number): string {
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part}.${out}` : part;
  }
  return n < 0 ? `-${out}` : out;
}

function format(n: number, minDigits: number, maxDigits: number): string {
  if (!Number.isFinite(n)) return '—';
  if (minDigits === 0 && Number.isSafeInteger(n)) return groupedInteger(n === 0 ? 0 : n);
  const key = `${minDigits}:${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    formatters.set(key, f);
  }
  // Some ICU versions emit U+2212 MINUS SIGN; Excel and search want the ASCII hyphen-minus.
  const text = f.format(n).replace(/\u2212/g, '-');
  // -0 and values that round to zero (-0.001) would otherwise print as "-0" in a report.
  return /^-0(,0*)?$/.test(text) ? text.slice(1) : text;
}

/** '1.234,5'; '—' for NaN or infinity. */
export function formatNumber(n: number, maxFractionDigits = 2): string {
  return format(n, 0, maxFractionDigits);
}

/** Exactly `digits` decimals: (81.5, 1) -> '81,5', (0.5, 2) -> '0,50'. Rates: see ./rate.ts (formatRate). */
export function formatFixed(n: number, digits: number): string {
  return format(n, digits, digits);
}

function parts(d: IsoDate): [y: number, m: number, d: number] {
  const [y, m, day] = d.split('-').map(Number);
  return [y ?? NaN, m ?? NaN, day ?? NaN];
}

/** '04/03/2025'; '' for null. An invalid string is shown as it is, so bad data stays visible. */
export function formatDate(d: IsoDate | null): string {
  if (d === null) return '';
  if (!isValidIsoDate(d)) return d;
  const [y, m, day] = parts(d);
  return `${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** Accepts dd/mm/yyyy, d/m/yyyy (also with '-' or '.') and yyyy-mm-dd; null for impossible dates. */
export function parseViDate(s: string): IsoDate | null {
  const t = s.trim();
  if (isValidIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  try {
    return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  } catch {
    return null;
  }
}

/** A number read from text, and whether a sheet of another locale would have meant a different one. */
export interface ReadNumber {
  value: number;
  /**
   * Set when the text has exactly one separator followed by exactly three digits ('1.234', '1,234',
   * '-12.345'): read here as Vietnamese (dot groups thousands, comma marks decimals), but the same text
   * copied from an English-locale sheet means the other number (1.234 or 1234). Null when unambiguous.
   */
  ambiguous: { other: number } | null;
}

/**
 * Reads a number as Vietnamese officers type it, and says when a pasted text reads ambiguously.
 * Comma is the decimal mark; dots group thousands. Dots that split the digits into groups of 3 after 1-3
 * leading digits (not starting with 0) group thousands ('1.234' = 1234, '1.234.567'); any other single
 * dot is a decimal point ('1234.5', '0.125', '1.2345'), as in data pasted from English spreadsheets.
 * A trailing '%' is dropped ('12,5%' -> 12.5). Spaces and no-break spaces are ignored. Null: not a number.
 */
export function readViNumber(s: string): ReadNumber | null {
  let t = s.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/\u2212/g, '-');
  if (t.endsWith('%')) t = t.slice(0, -1);
  const signMatch = /^[+-]?/.exec(t);
  const sign = signMatch?.[0] === '-' ? -1 : 1;
  t = t.slice(signMatch?.[0].length ?? 0);

  let normalized: string | null = null;
  const comma = /^([1-9]\d{0,2}(?:\.\d{3})+|\d*),(\d+)$/.exec(t);
  if (comma) {
    normalized = `${(comma[1] ?? '').replace(/\./g, '') || '0'}.${comma[2]}`;
  } else if (/^[1-9]\d{0,2}(?:\.\d{3})+$/.test(t)) {
    normalized = t.replace(/\./g, '');
  } else if (/^\d+(?:\.\d+)?$/.test(t)) {
    normalized = t;
  } else if (/^\.\d+$/.test(t)) {
    normalized = `0${t}`;
  }
  if (normalized === null) return null;
  const n = sign * Number(normalized);
  if (!Number.isFinite(n)) return null;
  const single = /^([1-9]\d{0,2})([.,])(\d{3})$/.exec(t);
  // The other locale's reading: a dot as a decimal point, or a comma grouping thousands.
  const other = single
    ? sign * Number(single[2] === '.' ? `${single[1]}.${single[3]}` : `${single[1]}${single[3]}`)
    : null;
  return { value: n + 0, ambiguous: other === null ? null : { other: other + 0 } };
}

/** readViNumber's value: the number as Vietnamese officers type it, or null. */
export function parseViNumber(s: string): number | null {
  return readViNumber(s)?.value ?? null;
}

/** 'Lâm Đồng, ngày 04 tháng 3 năm 2025': per Nghị định 30/2020, a 0 before days 1-9 and months 1-2. */
export function formatDateLine(place: string, d: IsoDate): string {
  if (!isValidIsoDate(d)) throw new RangeError(`Ngày không hợp lệ: "${d}"`);
  const [y, m, day] = parts(d);
  const dayText = String(day).padStart(2, '0');
  const monthText = m < 3 ? String(m).padStart(2, '0') : String(m);
  const line = `ngày ${dayText} tháng ${monthText} năm ${y}`;
  const where = place.trim();
  return where ? `${where}, ${line}` : line;
}
