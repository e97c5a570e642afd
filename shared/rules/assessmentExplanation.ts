// The numbers behind an indicator's verdict (issue 14: the secretary must be able to tell the chair why
// CT09 at 97% of its target "needs effort" while CT01 at 97% is "on track"). Pure: the same inputs as
// assessIndicator (which decides; this only lays its arithmetic out), and no wording — the Vietnamese
// sentence is shared/format/explanationVi.ts, the renderer words it in vi or en from these numbers.
//
//   rule          why the verdict is what it is
//   no_target     no target for the year: nothing to assess against (shown as "chưa có số liệu")
//   no_value      a target but no value known at D                        -> chua_co_so_lieu
//   met           value on or beyond the target in the indicator's direction -> da_dat
//   on_track      progress >= threshold                                   -> co_kha_nang_dat
//   needs_effort  progress < threshold, or no progress computable          -> can_no_luc
//
//   baselineUsed  the baseline the progress is measured from: the stored one, or 0 for an increasing
//                 indicator without one (baselineAssumedZero); null when a decreasing indicator has none
//   threshold     expected - tolerance (can be below 0 early in the year)
//   noProgress    why progress is null although a value and a target exist:
//                 'decrease_without_baseline' or 'target_equals_baseline'
import type { Direction, IsoDate } from '../domain';
import { assessIndicator, type Assessment } from './indicatorAssessment';

export type AssessmentRule = 'no_target' | 'no_value' | 'met' | 'on_track' | 'needs_effort';
export type NoProgressReason = 'decrease_without_baseline' | 'target_equals_baseline';

export interface ExplanationInput {
  direction: Direction;
  year: number;
  /** null when no target is set for the year. */
  target: { baseline: number | null; target: number } | null;
  latest: { value: number; period: string; periodEnd: IsoDate } | null;
}

export interface AssessmentExplanation {
  assessment: Assessment;
  rule: AssessmentRule;
  direction: Direction;
  year: number;
  referenceDate: IsoDate;
  target: number | null;
  baseline: number | null;
  baselineUsed: number | null;
  baselineAssumedZero: boolean;
  latest: { value: number; period: string; periodEnd: IsoDate } | null;
  progress: number | null;
  expected: number;
  tolerance: number;
  threshold: number;
  noProgress: NoProgressReason | null;
}

export function explainAssessment(
  input: ExplanationInput,
  referenceDate: IsoDate,
  tolerance: number,
): AssessmentExplanation {
  const t = input.target;
  const baseline = t?.baseline ?? null;
  const baselineUsed = baseline ?? (input.direction === 'increase' ? 0 : null);
  const result = assessIndicator(
    {
      direction: input.direction,
      baseline,
      target: t?.target ?? 0,
      year: input.year,
      latest: t && input.latest,
    },
    referenceDate,
    tolerance,
  );
  const rule: AssessmentRule =
    t === null
      ? 'no_target'
      : input.latest === null
        ? 'no_value'
        : result.assessment === 'da_dat'
          ? 'met'
          : result.assessment === 'co_kha_nang_dat'
            ? 'on_track'
            : 'needs_effort';
  const noProgress: NoProgressReason | null =
    t === null || input.latest === null || result.progress !== null
      ? null
      : baselineUsed === null
        ? 'decrease_without_baseline'
        : 'target_equals_baseline';
  return {
    assessment: t === null ? 'chua_co_so_lieu' : result.assessment,
    rule,
    direction: input.direction,
    year: input.year,
    referenceDate,
    target: t?.target ?? null,
    baseline,
    baselineUsed: t === null ? null : baselineUsed,
    baselineAssumedZero: t !== null && baseline === null && baselineUsed === 0,
    latest: input.latest,
    progress: t === null ? null : result.progress,
    expected: result.expected,
    tolerance,
    threshold: result.expected - tolerance,
    noProgress,
  };
}
