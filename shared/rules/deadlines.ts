// Deadlines as provincial offices write them in plan annexes ("Thời gian hoàn thành"), read into a due
// date. The text is compared folded (no diacritics, đ -> d, lower case, spaces collapsed), so "QUÝ II/2025",
// "quý 2 năm 2025" and "Quy II/2025" read alike; the original text is always kept beside the date.
//
//   form                                   due date                       kind
//   30/6/2025, 30-06-2025, 2025-06-30,     that day                       date
//     ngày 30 tháng 6 năm 2025, 30/6/25
//   Tháng 6/2025, tháng 6 năm 2025, T6/2025, the month's last day (30/06)  month
//     6/2025
//   Quý II/2025, quý 2 năm 2025, Q2/2025   the quarter's last day (30/06) quarter
//   6 tháng đầu năm 2025                   30/06/2025                     half
//   6 tháng cuối năm 2025                  31/12/2025                     half
//   9 tháng đầu năm 2025                   30/09/2025                     nine_months
//   Năm 2025, 2025, cuối năm 2025          31/12/2025                     year
//   2025-2026, giai đoạn 2025-2030         the last year's 31/12          range
//   Trước 15/8/2025, trước ngày 15/8/2025  that day (the day named is the deadline)       before
//   Trước tháng 6/2025, trước quý III/2025 the day before the period starts (31/05, 30/06) before
//   Chậm nhất / đến / trong / hoàn thành   the end of what follows ("Trong quý II/2025": 30/06)
//     trong + any form above
//   Thường xuyên, hằng năm, hằng quý,      no deadline                    ongoing
//     liên tục, định kỳ
//   (empty)                                no deadline                    empty
//
// Deadlines are calendar dates: "Quý II/2025" ends on 30/06, not on the reporting cut-off of Nghị định
// 09/2019 (14/06), which is about data, not about when work is due. A month, quarter or day written
// without a year ("Quý II", "15/8") takes `defaultYear` (the plan's year) when one is given. Years run
// 2000..2100; anything else is refused with the forms that are understood.
import type { IsoDate } from '../domain';
import { addDays, isoDate } from '../dates';
import { foldVietnamese } from '../text/fold';

export type DeadlineKind =
  'date' | 'month' | 'quarter' | 'half' | 'nine_months' | 'year' | 'range' | 'before' | 'ongoing' | 'empty';

export type Deadline =
  | { ok: true; dueDate: IsoDate | null; kind: DeadlineKind; original: string }
  | { ok: false; original: string; message: string };

export const DEADLINE_FORMS =
  '30/6/2025, Tháng 6/2025, Quý II/2025, 6 tháng đầu năm 2025, Năm 2025, Trước 15/8/2025, 2025-2026 hoặc Thường xuyên';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A span of days: what a form names, from its first day to its last. */
interface Span {
  from: IsoDate;
  to: IsoDate;
  kind: Exclude<DeadlineKind, 'before' | 'ongoing' | 'empty'>;
}

const lastDay = (y: number, m: number): IsoDate =>
  addDays(m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1), -1);

function yearOf(text: string | undefined, defaultYear: number | null): number | null {
  if (text === undefined || text === '') return defaultYear;
  const n = Number(text);
  const y = text.length === 2 ? 2000 + n : n;
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : NaN;
}

const YEAR = String.raw`(?:\s*(?:/|-|nam)\s*(\d{4}|\d{2}))?`;

function day(t: string, defaultYear: number | null): Span | null | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return daySpan(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/.exec(t);
  if (m) {
    const y = yearOf(m[3], defaultYear);
    // "6/2025" is a month (below); "15/8" needs a year from the plan.
    if (y === null) return undefined;
    return daySpan(y, Number(m[2]), Number(m[1]));
  }
  m = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*nam\s*(\d{4}))?$/.exec(t);
  if (m) {
    const y = yearOf(m[3], defaultYear);
    if (y === null) return undefined;
    return daySpan(y, Number(m[2]), Number(m[1]));
  }
  return null;
}

function daySpan(y: number, mo: number, d: number): Span | undefined {
  if (!Number.isFinite(y)) return undefined;
  try {
    const date = isoDate(y, mo, d);
    return { from: date, to: date, kind: 'date' };
  } catch {
    return undefined;
  }
}

function period(t: string, defaultYear: number | null): Span | null | undefined {
  let m = new RegExp(String.raw`^(?:thang|t)\s*(\d{1,2})${YEAR}$`).exec(t) ?? /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const y = yearOf(m[2], defaultYear);
    const mo = Number(m[1]);
    if (y === null || !Number.isFinite(y) || mo < 1 || mo > 12) return undefined;
    return { from: isoDate(y, mo, 1), to: lastDay(y, mo), kind: 'month' };
  }
  m = new RegExp(String.raw`^(?:quy|q)\s*(iv|iii|ii|i|[1-4])${YEAR}$`).exec(t);
  if (m) {
    const y = yearOf(m[2], defaultYear);
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    if (y === null || !Number.isFinite(y)) return undefined;
    return { from: isoDate(y, q * 3 - 2, 1), to: lastDay(y, q * 3), kind: 'quarter' };
  }
  const half = /^(?:(6|9) thang|nua) (dau|cuoi) nam\s*(\d{4})?$/.exec(t);
  if (half) {
    const months = half[1] === '9' ? 9 : 6;
    const first = half[2] === 'dau';
    const y = yearOf(half[3], defaultYear);
    if (y === null || !Number.isFinite(y) || (months === 9 && !first)) return undefined;
    if (!first) return { from: isoDate(y, 7, 1), to: isoDate(y, 12, 31), kind: 'half' };
    return { from: isoDate(y, 1, 1), to: lastDay(y, months), kind: months === 9 ? 'nine_months' : 'half' };
  }
  m = /^(?:(?:cuoi |trong )?nam\s*)?(\d{4})$/.exec(t);
  if (m) {
    const y = yearOf(m[1], null);
    if (y === null || !Number.isFinite(y)) return undefined;
    return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), kind: 'year' };
  }
  m = /^(?:giai doan |nam |cac nam )?(\d{4})\s*-\s*(\d{4})$/.exec(t);
  if (m) {
    const a = yearOf(m[1], null);
    const b = yearOf(m[2], null);
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b < a) return undefined;
    return { from: isoDate(a, 1, 1), to: isoDate(b, 12, 31), kind: 'range' };
  }
  return null;
}

/** A day or a period; undefined: it looked like one but is impossible (31/02, Quý V, year 1999). */
function span(t: string, defaultYear: number | null): Span | null | undefined {
  const d = day(t, defaultYear);
  if (d !== null) return d;
  return period(t, defaultYear);
}

const ONGOING = /^(thuong xuyen|hang nam|hang quy|hang thang|hang tuan|lien tuc|dinh ky|theo ke hoach)\b/;

function normalise(text: string): string {
  return foldVietnamese(text)
    .replace(/^[-–•*+\s]+/, '')
    .replace(/[.;,]+$/, '')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\bnam(\d{4})/g, 'nam $1')
    .trim();
}

/** Reads a deadline as written in a plan annex; see the table at the top of this file. */
export function readDeadline(text: string, options: { defaultYear?: number | null } = {}): Deadline {
  const original = text;
  const defaultYear = options.defaultYear ?? null;
  const t = normalise(text);
  if (t === '') return { ok: true, dueDate: null, kind: 'empty', original };
  if (ONGOING.test(t)) return { ok: true, dueDate: null, kind: 'ongoing', original };

  const fail = (): Deadline => ({
    ok: false,
    original,
    message: `Không đọc được thời hạn «${original.trim()}»; hãy viết theo một trong các dạng ${DEADLINE_FORMS}.`,
  });

  const before = /^truoc(?: ngay)?\s+(.+)$/.exec(t);
  if (before) {
    const s = span(before[1]!, defaultYear);
    if (!s) return fail();
    // The day named is the deadline; a period named is over before it starts.
    return { ok: true, dueDate: s.kind === 'date' ? s.to : addDays(s.from, -1), kind: 'before', original };
  }
  const by = /^(?:hoan thanh\s+)?(?:cham nhat|den|trong|han|hoan thanh|truoc het)(?: ngay)?\s+(.+)$/.exec(t);
  const s = span(by ? by[1]! : t, defaultYear);
  if (!s) return fail();
  return { ok: true, dueDate: s.to, kind: s.kind, original };
}
