import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../shared/domain';
import {
  explainAssessment,
  type AssessmentRule,
  type ExplanationInput,
  type NoProgressReason,
} from '../../../shared/rules/assessmentExplanation';
import { assessIndicator, type Assessment } from '../../../shared/rules/indicatorAssessment';
import { explainTaskSituation } from '../../../shared/rules/taskSituationExplanation';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import { assessmentExplanationVi, taskSituationExplanationVi } from '../../../shared/format/explanationVi';

const D60 = '2025-08-08'; // 219 of 365 days: expected 0.6
const TOL = 0.1;

function input(
  direction: Direction,
  baseline: number | null,
  target: number | null,
  value: number | null,
  period = '2025-Q2',
): ExplanationInput {
  return {
    direction,
    year: 2025,
    target: target === null ? null : { baseline, target },
    latest: value === null ? null : { value, period, periodEnd: '2025-06-30' },
  };
}

describe('explainAssessment: the numbers and the rule behind each verdict', () => {
  it.each<[string, ExplanationInput, Assessment, AssessmentRule, number | null, NoProgressReason | null]>([
    ['no target for the year', input('increase', 0, null, 50), 'chua_co_so_lieu', 'no_target', null, null],
    ['no value yet', input('increase', 0, 100, null), 'chua_co_so_lieu', 'no_value', null, null],
    ['met, increasing', input('increase', 0, 100, 100), 'da_dat', 'met', 1, null],
    ['met, decreasing', input('decrease', 20, 10, 9), 'da_dat', 'met', 1.1, null],
    ['on track on the boundary', input('increase', 0, 100, 50), 'co_kha_nang_dat', 'on_track', 0.5, null],
    ['needs effort below it', input('increase', 0, 100, 49), 'can_no_luc', 'needs_effort', 0.49, null],
    ['decreasing, on track', input('decrease', 20, 10, 14), 'co_kha_nang_dat', 'on_track', 0.6, null],
    ['decreasing, needs effort', input('decrease', 20, 10, 17), 'can_no_luc', 'needs_effort', 0.3, null],
    [
      'decreasing without baseline',
      input('decrease', null, 10, 12),
      'can_no_luc',
      'needs_effort',
      null,
      'decrease_without_baseline',
    ],
    [
      'target equal to baseline',
      input('increase', 80, 80, 70),
      'can_no_luc',
      'needs_effort',
      null,
      'target_equals_baseline',
    ],
    [
      'increasing without baseline counts from 0',
      input('increase', null, 100, 60),
      'co_kha_nang_dat',
      'on_track',
      0.6,
      null,
    ],
  ])('%s', (_name, inp, assessment, rule, progress, noProgress) => {
    const e = explainAssessment(inp, D60, TOL);
    expect(e.assessment).toBe(assessment);
    expect(e.rule).toBe(rule);
    if (progress === null) expect(e.progress).toBeNull();
    else expect(e.progress).toBeCloseTo(progress, 9);
    expect(e.noProgress).toBe(noProgress);
    expect(e.expected).toBeCloseTo(0.6, 9);
    expect(e.threshold).toBeCloseTo(0.5, 9);
    expect(e.tolerance).toBe(TOL);
    // The explanation never disagrees with the verdict the app shows.
    if (inp.target)
      expect(
        assessIndicator({ direction: inp.direction, year: 2025, ...inp.target, latest: inp.latest }, D60, TOL)
          .assessment,
      ).toBe(assessment);
  });

  it('records the 0 used for an increasing indicator without a baseline, and none for a decreasing one', () => {
    const inc = explainAssessment(input('increase', null, 100, 60), D60, TOL);
    expect(inc).toMatchObject({ baseline: null, baselineUsed: 0, baselineAssumedZero: true });
    const dec = explainAssessment(input('decrease', null, 10, 12), D60, TOL);
    expect(dec).toMatchObject({ baseline: null, baselineUsed: null, baselineAssumedZero: false });
  });
});

describe('assessmentExplanationVi: one Vietnamese sentence saying why', () => {
  it("words the issue's example", () => {
    // 1 Dec 2026 = 334 of 365 days (92%); 0.92 - 0.1 = 82%.
    const e = explainAssessment(
      { ...input('increase', 85, 90, 87.6, '2026-Q4'), year: 2026 },
      '2026-12-01',
      TOL,
    );
    expect(assessmentExplanationVi(e)).toBe(
      'Kế hoạch 90, cơ sở 85, thực hiện 87,6 (Quý IV/2026): đã đi được 52% quãng đường trong khi đã qua ' +
        '92% thời gian của năm, dưới mức 82% sau dung sai 10%.',
    );
  });

  it('CT09 and CT01 both at 97% of target get different verdicts, each sentence saying why', () => {
    const at = '2026-12-01';
    const year2026 = (i: ExplanationInput): ExplanationInput => ({ ...i, year: 2026 });
    // CT01: no baseline (counts from 0), the latest value is of Quý IV: 97% of the way.
    const ct01 = explainAssessment(year2026(input('increase', null, 100, 97, '2026-Q4')), at, TOL);
    // CT09: baseline 85 close to its target 90, value of Quý III: 87,3 is 46% of the way.
    const ct09 = explainAssessment(year2026(input('increase', 85, 90, 87.3, '2026-Q3')), at, TOL);
    expect(87.3 / 90).toBeCloseTo(0.97, 9);
    expect(ct01.assessment).toBe('co_kha_nang_dat');
    expect(ct09.assessment).toBe('can_no_luc');
    expect(assessmentExplanationVi(ct01)).toBe(
      'Kế hoạch 100, chưa có giá trị cơ sở (tính từ 0), thực hiện 97 (Quý IV/2026): đã đi được 97% quãng ' +
        'đường trong khi đã qua 92% thời gian của năm, không dưới mức 82% sau dung sai 10%.',
    );
    expect(assessmentExplanationVi(ct09)).toBe(
      'Kế hoạch 90, cơ sở 85, thực hiện 87,3 (Quý III/2026): đã đi được 46% quãng đường trong khi đã qua ' +
        '92% thời gian của năm, dưới mức 82% sau dung sai 10%.',
    );
  });

  it.each<[string, ExplanationInput, string]>([
    ['no target', input('increase', 0, null, 5), 'Chưa giao kế hoạch năm 2025 nên chưa đánh giá được.'],
    [
      'no value',
      input('increase', 0, 100, null),
      'Kế hoạch 100, cơ sở 0: chưa có số liệu thực hiện năm 2025 đến ngày 08/08/2025.',
    ],
    [
      'met, decreasing',
      input('decrease', 20, 10, 9),
      'Kế hoạch 10, cơ sở 20, thực hiện 9 (Quý II/2025): thực hiện đã bằng hoặc thấp hơn kế hoạch (chỉ tiêu càng thấp càng tốt).',
    ],
    [
      'decreasing without baseline',
      input('decrease', null, 10, 12),
      'Kế hoạch 10, chưa có giá trị cơ sở, thực hiện 12 (Quý II/2025): chưa đạt kế hoạch; chỉ tiêu càng thấp càng tốt chưa có giá trị cơ sở nên không tính được quãng đường đã đi.',
    ],
    [
      'target equal to baseline',
      input('increase', 80, 80, 70),
      'Kế hoạch 80, cơ sở 80, thực hiện 70 (Quý II/2025): chưa đạt kế hoạch; kế hoạch bằng giá trị cơ sở nên không tính được quãng đường đã đi.',
    ],
  ])('%s', (_name, inp, sentence) => {
    expect(assessmentExplanationVi(explainAssessment(inp, D60, TOL))).toBe(sentence);
  });
});

describe('explainTaskSituation and its sentence: the days behind the situation', () => {
  const D = '2026-12-01';
  it.each<[string, Parameters<typeof explainTaskSituation>[0], TaskSituation, number | null, string]>([
    [
      'late',
      { state: 'dang_thuc_hien', dueDate: '2026-11-07', completedOn: null },
      'qua_han',
      24,
      'Quá hạn 24 ngày (hạn 07/11/2026)',
    ],
    [
      'due soon',
      { state: 'dang_thuc_hien', dueDate: '2026-12-06', completedOn: null },
      'sap_den_han',
      5,
      'Còn 5 ngày đến hạn (06/12/2026)',
    ],
    [
      'due today',
      { state: 'chua_thuc_hien', dueDate: D, completedOn: null },
      'sap_den_han',
      0,
      'Đến hạn hôm nay (01/12/2026)',
    ],
    [
      'in time',
      { state: 'dang_thuc_hien', dueDate: '2026-12-31', completedOn: null },
      'trong_han',
      30,
      'Còn 30 ngày đến hạn (31/12/2026)',
    ],
    [
      'finished late',
      { state: 'hoan_thanh', dueDate: '2026-06-30', completedOn: '2026-07-03' },
      'hoan_thanh_qua_han',
      3,
      'Hoàn thành muộn 3 ngày (hạn 30/06/2026, xong ngày 03/07/2026)',
    ],
    [
      'finished early',
      { state: 'hoan_thanh', dueDate: '2026-06-30', completedOn: '2026-06-28' },
      'hoan_thanh_dung_han',
      2,
      'Hoàn thành sớm 2 ngày so với hạn 30/06/2026',
    ],
    [
      'finished on the day',
      { state: 'hoan_thanh', dueDate: '2026-06-30', completedOn: '2026-06-30' },
      'hoan_thanh_dung_han',
      0,
      'Hoàn thành đúng ngày hạn (30/06/2026)',
    ],
    [
      'finished, unknown day, late',
      { state: 'hoan_thanh', dueDate: '2026-06-30', completedOn: null },
      'hoan_thanh_qua_han',
      null,
      'Hoàn thành sau hạn 30/06/2026 (không rõ ngày hoàn thành)',
    ],
    [
      'finished after D counts as not done at D',
      { state: 'hoan_thanh', dueDate: '2026-11-30', completedOn: '2026-12-10' },
      'qua_han',
      1,
      'Quá hạn 1 ngày (hạn 30/11/2026)',
    ],
    [
      'no deadline',
      { state: 'dang_thuc_hien', dueDate: null, completedOn: null },
      'khong_thoi_han',
      null,
      'Không có thời hạn (thường xuyên)',
    ],
    [
      'paused',
      { state: 'tam_dung', dueDate: '2026-01-01', completedOn: null },
      'tam_dung',
      null,
      'Đang tạm dừng',
    ],
    ['cancelled', { state: 'huy_bo', dueDate: '2026-01-01', completedOn: null }, 'huy_bo', null, 'Đã hủy bỏ'],
  ])('%s', (_name, task, situation, days, sentence) => {
    const e = explainTaskSituation(task, D, 7);
    expect(e.situation).toBe(situation);
    expect(e.days).toBe(days);
    expect(taskSituationExplanationVi(e)).toBe(sentence);
  });
});
