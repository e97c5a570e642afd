// Indicator assessment ("đánh giá") at a reference date D, against the target of its year.
//
//   latest  = the latest value known at D, chosen by the caller (the store counts a value from the day it
//             was entered, so a value for the running quarter entered before its cut-off already counts)
//   no latest                                         -> chua_co_so_lieu
//   met: increase value >= target, decrease value <= target (exactly on target is met)
//                                                     -> da_dat
//   progress = (value - baseline) / (target - baseline)
//              (also right for decreasing indicators: numerator and denominator are both negative
//               when the value has moved down from the baseline)
//              baseline null: increase uses baseline 0; decrease has no progress (null)
//              target == baseline: no progress (null)
//   expected = elapsed share of the calendar year `year` at D:
//              0 before 1 Jan of year, 1 after 31 Dec of year,
//              else daysBetween(1 Jan of year, D) / daysInYear(year)   (1 Jan -> 0, 31 Dec -> 364/365)
//   not met: progress !== null and progress >= expected - tolerance  -> co_kha_nang_dat
//            otherwise (including progress null)                      -> can_no_luc
//   ratio (achievement vs target, a fraction, for the "tỷ lệ" column):
//            increase value / target (null if target is 0); decrease target / value (null if value is 0)
//
// tolerance is a fraction (setting, default 0.1). The comparison allows 1e-9 of floating-point slack so
// that a value exactly on the boundary (e.g. 0.3 vs 0.4 - 0.1) counts as on track, as the rule says.

import type { Direction, IsoDate } from '../domain';
import { assertIsoDate, daysBetween, daysInYear, isoDate } from '../dates';
import { formatNumber } from '../format/vi';

export const ASSESSMENTS = ['da_dat', 'co_kha_nang_dat', 'can_no_luc', 'chua_co_so_lieu'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  da_dat: 'Đã đạt',
  co_kha_nang_dat: 'Có khả năng đạt',
  can_no_luc: 'Cần nỗ lực',
  chua_co_so_lieu: 'Chưa có số liệu',
};

export interface AssessmentInput {
  direction: Direction;
  baseline: number | null;
  target: number;
  year: number;
  latest: { value: number; periodEnd: IsoDate } | null;
}

export interface AssessmentResult {
  assessment: Assessment;
  /** Achievement vs target, a fraction. */
  ratio: number | null;
  /** Share of the way from baseline to target. */
  progress: number | null;
  /** Elapsed share of the year at D. */
  expected: number;
}

const EPSILON = 1e-9;

function expectedShare(year: number, d: IsoDate): number {
  const elapsed = daysBetween(isoDate(year, 1, 1), d);
  const length = daysInYear(year);
  return elapsed < 0 ? 0 : elapsed >= length ? 1 : elapsed / length;
}

function progressOf(input: AssessmentInput, value: number): number | null {
  const baseline = input.baseline ?? (input.direction === 'increase' ? 0 : null);
  if (baseline === null || input.target === baseline) return null;
  return (value - baseline) / (input.target - baseline);
}

function ratioOf(direction: Direction, value: number, target: number): number | null {
  if (direction === 'increase') return target === 0 ? null : value / target;
  return value === 0 ? null : target / value;
}

export function assessIndicator(
  input: AssessmentInput,
  referenceDate: IsoDate,
  tolerance: number,
): AssessmentResult {
  const d = assertIsoDate(referenceDate);
  const expected = expectedShare(input.year, d);
  const latest = input.latest;
  if (latest === null) return { assessment: 'chua_co_so_lieu', ratio: null, progress: null, expected };

  const { value } = latest;
  const ratio = ratioOf(input.direction, value, input.target);
  const progress = progressOf(input, value);
  const met = input.direction === 'increase' ? value >= input.target : value <= input.target;
  if (met) return { assessment: 'da_dat', ratio, progress, expected };

  const onTrack = progress !== null && progress >= expected - tolerance - EPSILON;
  return { assessment: onTrack ? 'co_kha_nang_dat' : 'can_no_luc', ratio, progress, expected };
}

/**
 * The assessment of an indicator against the target of its year, or "chưa có số liệu" when the year has no
 * target (nothing to assess against). One rule for every screen: the indicator list (with its ratio) and
 * the dashboard's counts (the assessment alone) both call it, so the two cannot disagree.
 */
export function assessAgainstTarget(
  input: {
    direction: Direction;
    target: { baseline: number | null; target: number } | null;
    year: number;
    latest: { value: number; periodEnd: IsoDate } | null;
  },
  referenceDate: IsoDate,
  tolerance: number,
): { assessment: Assessment; ratio: number | null } {
  if (input.target === null) return { assessment: 'chua_co_so_lieu', ratio: null };
  const { assessment, ratio } = assessIndicator(
    {
      direction: input.direction,
      baseline: input.target.baseline,
      target: input.target.target,
      year: input.year,
      latest: input.latest,
    },
    referenceDate,
    tolerance,
  );
  return { assessment, ratio };
}

export function summariseAssessments(
  list: Iterable<Assessment>,
): Record<Assessment, number> & { total: number } {
  const counts = Object.fromEntries(ASSESSMENTS.map((a) => [a, 0])) as Record<Assessment, number>;
  let total = 0;
  for (const a of list) {
    counts[a] += 1;
    total += 1;
  }
  return { ...counts, total };
}

/** "62 chỉ tiêu: 18 đã đạt, 27 có khả năng đạt, 17 cần nỗ lực, 0 chưa có số liệu". */
export function assessmentSentence(counts: Record<Assessment, number> & { total: number }): string {
  const parts = ASSESSMENTS.map((a) => `${formatNumber(counts[a])} ${ASSESSMENT_LABELS[a].toLowerCase()}`);
  return `${formatNumber(counts.total)} chỉ tiêu: ${parts.join(', ')}`;
}
