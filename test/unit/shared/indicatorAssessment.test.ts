import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../shared/domain';
import {
  ASSESSMENTS,
  ASSESSMENT_LABELS,
  assessAgainstTarget,
  assessIndicator,
  assessmentSentence,
  summariseAssessments,
  type Assessment,
  type AssessmentInput,
} from '../../../shared/rules/indicatorAssessment';

// Reference dates in 2025 (365 days) chosen so the elapsed share is exact.
const D20 = '2025-03-15'; // 73 days after 1 Jan: expected 0.2
const D40 = '2025-05-27'; // 146 days: expected 0.4
const D60 = '2025-08-08'; // 219 days: expected 0.6
const TOL = 0.1;

function input(
  direction: Direction,
  baseline: number | null,
  target: number,
  value: number | null,
): AssessmentInput {
  return {
    direction,
    baseline,
    target,
    year: 2025,
    latest: value === null ? null : { value, periodEnd: '2025-01-14' },
  };
}

describe('assessIndicator: increasing indicators', () => {
  it.each<[string, AssessmentInput, string, Assessment, number | null, number | null]>([
    ['no data', input('increase', 0, 100, null), D60, 'chua_co_so_lieu', null, null],
    ['exactly on target is met', input('increase', 0, 100, 100), D20, 'da_dat', 1, 1],
    ['above target is met', input('increase', 20, 80, 90), D20, 'da_dat', 1.125, 70 / 60],
    ['on the tolerance boundary', input('increase', 0, 100, 50), D60, 'co_kha_nang_dat', 0.5, 0.5],
    ['just below the tolerance boundary', input('increase', 0, 100, 49), D60, 'can_no_luc', 0.49, 0.49],
    ['boundary with a baseline', input('increase', 20, 80, 50), D60, 'co_kha_nang_dat', 0.625, 0.5],
    [
      'boundary needing float slack (0.4 - 0.1)',
      input('increase', 0, 10, 3),
      D40,
      'co_kha_nang_dat',
      0.3,
      0.3,
    ],
    ['ahead of the year', input('increase', 0, 100, 70), D60, 'co_kha_nang_dat', 0.7, 0.7],
    ['worse than the baseline', input('increase', 50, 100, 40), D20, 'can_no_luc', 0.4, -0.2],
    ['baseline null counts from 0', input('increase', null, 100, 60), D60, 'co_kha_nang_dat', 0.6, 0.6],
    ['baseline null, behind', input('increase', null, 100, 40), D60, 'can_no_luc', 0.4, 0.4],
    ['target equals baseline, not met', input('increase', 50, 50, 40), D20, 'can_no_luc', 0.8, null],
    ['target equals baseline, met', input('increase', 50, 50, 50), D20, 'da_dat', 1, null],
    ['target 0 gives no ratio', input('increase', -10, 0, -5), D20, 'co_kha_nang_dat', null, 0.5],
  ])('%s', (_name, inp, d, assessment, ratio, progress) => {
    const r = assessIndicator(inp, d, TOL);
    expect(r.assessment).toBe(assessment);
    if (ratio === null) expect(r.ratio).toBeNull();
    else expect(r.ratio).toBeCloseTo(ratio, 12);
    if (progress === null) expect(r.progress).toBeNull();
    else expect(r.progress).toBeCloseTo(progress, 12);
  });
});

describe('assessIndicator: decreasing indicators', () => {
  it.each<[string, AssessmentInput, string, Assessment, number | null, number | null]>([
    ['no data', input('decrease', 20, 10, null), D60, 'chua_co_so_lieu', null, null],
    ['exactly on target is met', input('decrease', 20, 10, 10), D20, 'da_dat', 1, 1],
    ['below target is met', input('decrease', 20, 10, 8), D20, 'da_dat', 1.25, 1.2],
    [
      'half way at 0.6 is on the boundary',
      input('decrease', 20, 10, 15),
      D60,
      'co_kha_nang_dat',
      10 / 15,
      0.5,
    ],
    [
      'less than half way at 0.6 is behind',
      input('decrease', 20, 10, 15.1),
      D60,
      'can_no_luc',
      10 / 15.1,
      0.49,
    ],
    ['moved the wrong way', input('decrease', 20, 10, 25), D20, 'can_no_luc', 0.4, -0.5],
    ['baseline null: no progress, behind', input('decrease', null, 10, 11), D20, 'can_no_luc', 10 / 11, null],
    ['baseline null but met', input('decrease', null, 10, 9), D20, 'da_dat', 10 / 9, null],
    ['value 0 gives no ratio', input('decrease', 5, 1, 0), D20, 'da_dat', null, 1.25],
    ['target equals baseline, not met', input('decrease', 10, 10, 12), D20, 'can_no_luc', 10 / 12, null],
  ])('%s', (_name, inp, d, assessment, ratio, progress) => {
    const r = assessIndicator(inp, d, TOL);
    expect(r.assessment).toBe(assessment);
    if (ratio === null) expect(r.ratio).toBeNull();
    else expect(r.ratio).toBeCloseTo(ratio, 12);
    if (progress === null) expect(r.progress).toBeNull();
    else expect(r.progress).toBeCloseTo(progress, 12);
  });
});

describe('assessIndicator: elapsed share of the year', () => {
  it.each([
    ['before the year', '2024-12-31', 0],
    ['1 January', '2025-01-01', 0],
    ['15 March', D20, 0.2],
    ['8 August', D60, 0.6],
    ['31 December', '2025-12-31', 364 / 365],
    ['after the year', '2026-01-01', 1],
    ['long after the year', '2027-06-30', 1],
  ])('%s (%s) -> %d', (_name, d, expected) => {
    expect(assessIndicator(input('increase', 0, 100, null), d, TOL).expected).toBeCloseTo(expected, 12);
  });

  it('uses 366 days in a leap year', () => {
    const r = assessIndicator({ ...input('increase', 0, 100, null), year: 2024 }, '2024-12-31', TOL);
    expect(r.expected).toBeCloseTo(365 / 366, 12);
  });

  it.each<[string, number, number, Assessment]>([
    ['before the year any progress above -tolerance is on track', 2026, 0, 'co_kha_nang_dat'],
    ['before the year, worse than baseline by more than tolerance', 2026, -20, 'can_no_luc'],
    ['after the year, within tolerance of the target', 2024, 90, 'co_kha_nang_dat'],
    ['after the year, beyond tolerance', 2024, 89, 'can_no_luc'],
  ])('%s', (_name, year, value, expected) => {
    const r = assessIndicator({ ...input('increase', 0, 100, value), year }, D60, TOL);
    expect(r.assessment).toBe(expected);
  });
});

describe('assessIndicator: tolerance and reference date', () => {
  it.each<[number, number, Assessment]>([
    [0, 59, 'can_no_luc'],
    [0, 60, 'co_kha_nang_dat'],
    [0.2, 40, 'co_kha_nang_dat'],
    [0.2, 39, 'can_no_luc'],
  ])('tolerance %d, value %d at 0.6 -> %s', (tolerance, value, expected) => {
    expect(assessIndicator(input('increase', 0, 100, value), D60, tolerance).assessment).toBe(expected);
  });

  it('counts a value of the running period entered before its cut-off', () => {
    const inp: AssessmentInput = {
      ...input('increase', 0, 100, 100),
      latest: { value: 100, periodEnd: '2025-06-14' },
    };
    expect(assessIndicator(inp, '2025-06-13', TOL).assessment).toBe('da_dat');
  });

  it('rejects an invalid reference date', () => {
    expect(() => assessIndicator(input('increase', 0, 100, 1), '2025-02-29', TOL)).toThrow(RangeError);
  });
});

describe('assessAgainstTarget: the assessment of the list and of the dashboard', () => {
  const latest = { value: 50, periodEnd: '2025-06-14' };
  it('has nothing to assess against without a target for the year, even with a value', () => {
    expect(
      assessAgainstTarget({ direction: 'increase', target: null, year: 2025, latest }, D60, TOL),
    ).toEqual({ assessment: 'chua_co_so_lieu', ratio: null });
  });

  it.each<[Direction, number | null, number, string]>([
    ['increase', 0, 100, D60],
    ['increase', null, 40, D20],
    ['decrease', 80, 20, D40],
    ['decrease', null, 60, D60],
  ])(
    'with a target, says what assessIndicator says (%s, baseline %s, target %s)',
    (direction, baseline, target, d) => {
      const rule = assessIndicator({ direction, baseline, target, year: 2025, latest }, d, TOL);
      expect(
        assessAgainstTarget({ direction, target: { baseline, target }, year: 2025, latest }, d, TOL),
      ).toEqual({ assessment: rule.assessment, ratio: rule.ratio });
    },
  );
});

describe('summaries', () => {
  it('labels every assessment', () => {
    expect(ASSESSMENTS.map((a) => ASSESSMENT_LABELS[a])).toEqual([
      'Đã đạt',
      'Có khả năng đạt',
      'Cần nỗ lực',
      'Chưa có số liệu',
    ]);
  });

  it('counts assessments with zeros', () => {
    expect(summariseAssessments(['da_dat', 'can_no_luc', 'da_dat'])).toEqual({
      da_dat: 2,
      co_kha_nang_dat: 0,
      can_no_luc: 1,
      chua_co_so_lieu: 0,
      total: 3,
    });
  });

  it.each([
    [
      { da_dat: 18, co_kha_nang_dat: 27, can_no_luc: 17, chua_co_so_lieu: 0, total: 62 },
      '62 chỉ tiêu: 18 đã đạt, 27 có khả năng đạt, 17 cần nỗ lực, 0 chưa có số liệu',
    ],
    [
      { da_dat: 1000, co_kha_nang_dat: 200, can_no_luc: 30, chua_co_so_lieu: 4, total: 1234 },
      '1.234 chỉ tiêu: 1.000 đã đạt, 200 có khả năng đạt, 30 cần nỗ lực, 4 chưa có số liệu',
    ],
  ])('sentence %#', (counts, expected) => {
    expect(assessmentSentence(counts)).toBe(expected);
  });
});
