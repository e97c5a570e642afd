// Plausibility of an indicator value: warnings a person confirms, not errors. A value can be right and
// still look wrong (a commune that really did triple its online records); a person who knows says so,
// and the warning stays with the value so whoever signs the report sees it again.
//
//   percent_range        unit is exactly '%' and the value is below 0 or above 100
//   jump                 the previous period has a value p ≠ 0 and value / p > 10 or < 0.1
//                        (0 after a non-zero value is "less than a tenth"; a previous 0 has no ratio);
//                        the previous period is the one of the same kind just before:
//                        Quý II <- Quý I, Quý I/2025 <- Quý IV/2024, 6 tháng/9 tháng/năm 2025 <- the same of 2024
//   not_started          the period starts (Nghị định 09 window `from`) after the reference date (today)
//   ambiguous_separator  the value was pasted as text with one separator and three digits after it
//                        ('1.234', '1,234'): a sheet of another locale meant the other number
//                        (shared/format/vi.ts readViNumber)
//
// The grid computes them before saving to ask the person; the server recomputes them on save and refuses
// (writing nothing) any cell that has warnings and was not confirmed (main/services/indicators.ts).
import { z } from 'zod';
import type { IsoDate } from '../domain';
import { assertIsoDate } from '../dates';
import { formatDate, formatNumber, readViNumber } from '../format/vi';
import { parsePeriod } from './periods';

const warningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('percent_range'), value: z.number() }),
  z.object({ code: z.literal('jump'), value: z.number(), previous: z.number(), previousPeriod: z.string() }),
  z.object({ code: z.literal('not_started'), period: z.string(), from: z.string() }),
  z.object({
    code: z.literal('ambiguous_separator'),
    text: z.string(),
    value: z.number(),
    other: z.number(),
  }),
]);
export type PlausibilityWarning = z.infer<typeof warningSchema>;
export type PlausibilityCode = PlausibilityWarning['code'];

export const JUMP_FACTOR = 10;

export interface PlausibilityInput {
  value: number;
  unit: string;
  period: string;
  /** The value of previousPeriodKey(period), if there is one. */
  previous: number | null;
  /** The text the value was pasted as; undefined or null when it was typed. */
  pasted?: string | null;
}

/** The period of the same kind just before: '2025-Q1' -> '2024-Q4', '2025-H1' -> '2024-H1', '2025' -> '2024'. */
export function previousPeriodKey(key: string): string | null {
  const p = parsePeriod(key);
  if (!p) return null;
  const prevYear = p.year - 1;
  let prev: string;
  if (p.kind === 'quarter') prev = p.quarter === 1 ? `${prevYear}-Q4` : `${p.year}-Q${p.quarter! - 1}`;
  else prev = p.kind === 'year' ? `${prevYear}` : `${prevYear}${key.slice(4)}`;
  return parsePeriod(prev) ? prev : null;
}

/** The next period of the same kind (inverse of previousPeriodKey). */
export function nextPeriodKey(key: string): string | null {
  const p = parsePeriod(key);
  if (!p) return null;
  const nextYear = p.year + 1;
  let next: string;
  if (p.kind === 'quarter') next = p.quarter === 4 ? `${nextYear}-Q1` : `${p.year}-Q${p.quarter! + 1}`;
  else next = p.kind === 'year' ? `${nextYear}` : `${nextYear}${key.slice(4)}`;
  return parsePeriod(next) ? next : null;
}

export function isJump(value: number, previous: number | null): boolean {
  if (previous === null || previous === 0) return false;
  const ratio = value / previous;
  return ratio > JUMP_FACTOR || ratio < 1 / JUMP_FACTOR;
}

export function plausibilityWarnings(
  input: PlausibilityInput,
  referenceDate: IsoDate,
): PlausibilityWarning[] {
  const today = assertIsoDate(referenceDate);
  const out: PlausibilityWarning[] = [];
  const { value } = input;
  if (input.unit.trim() === '%' && (value < 0 || value > 100)) out.push({ code: 'percent_range', value });
  const previousPeriod = previousPeriodKey(input.period);
  if (previousPeriod && isJump(value, input.previous))
    out.push({ code: 'jump', value, previous: input.previous!, previousPeriod });
  const period = parsePeriod(input.period);
  if (period && period.from > today) out.push({ code: 'not_started', period: period.key, from: period.from });
  if (input.pasted != null) {
    const read = readViNumber(input.pasted);
    if (read?.ambiguous && read.value === value)
      out.push({
        code: 'ambiguous_separator',
        text: input.pasted.trim(),
        value,
        other: read.ambiguous.other,
      });
  }
  return out;
}

const label = (key: string) => parsePeriod(key)?.label ?? key;
const num = (n: number) => formatNumber(n, 4);

/** The warning in words, for the person who confirms it and for whoever signs the report. */
export function describeWarning(w: PlausibilityWarning): string {
  switch (w.code) {
    case 'percent_range':
      return `Tỷ lệ ${num(w.value)}% nằm ngoài khoảng 0-100%.`;
    case 'jump':
      return `${num(w.value)} ${w.value > w.previous ? 'lớn hơn 10 lần' : 'nhỏ hơn một phần mười'} số liệu ${label(w.previousPeriod)} (${num(w.previous)}).`;
    case 'not_started':
      return `${label(w.period)} chưa bắt đầu (từ ngày ${formatDate(w.from)}).`;
    case 'ambiguous_separator':
      return `"${w.text}" được đọc là ${num(w.value)}; nếu bảng tính gốc dùng dấu chấm thập phân kiểu Anh thì là ${num(w.other)}.`;
  }
}

/** Stored warnings (a JSON column) back to values; anything unreadable is dropped rather than shown wrong. */
export function parseWarnings(json: string | null | undefined): PlausibilityWarning[] {
  if (!json) return [];
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((w) => {
    const parsed = warningSchema.safeParse(w);
    return parsed.success ? [parsed.data] : [];
  });
}
