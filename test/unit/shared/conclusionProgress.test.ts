// The meeting list's rule for a conclusion: done, on time or late at a reference date, from its task's
// situation or, without a task, from its own due date.
import { describe, expect, it } from 'vitest';
import { conclusionProgress, countConclusionProgress } from '../../../shared/rules/conclusionProgress';
import type { TaskSituation } from '../../../shared/rules/taskSituation';

const AT = '2026-12-01';

describe('conclusionProgress', () => {
  it.each<[string, string | null, TaskSituation | null, string]>([
    ['no task, no due date', null, null, 'on_time'],
    ['no task, due later', '2026-12-31', null, 'on_time'],
    ['no task, due on the day', AT, null, 'on_time'],
    ['no task, due yesterday', '2026-11-30', null, 'late'],
    ['task done on time', '2026-11-30', 'hoan_thanh_dung_han', 'done'],
    ['task done late', '2026-11-30', 'hoan_thanh_qua_han', 'done'],
    ['task late', '2026-11-30', 'qua_han', 'late'],
    ['task due soon', '2026-12-05', 'sap_den_han', 'on_time'],
    ['task in time', '2027-01-05', 'trong_han', 'on_time'],
    ['task without deadline', null, 'khong_thoi_han', 'on_time'],
    ['task paused', '2026-11-30', 'tam_dung', 'other'],
    ['task cancelled', null, 'huy_bo', 'other'],
  ])('%s', (_what, dueDate, taskSituation, expected) => {
    expect(conclusionProgress({ dueDate, taskSituation }, AT)).toBe(expected);
  });

  it('counts a meeting’s conclusions by state', () => {
    expect(
      countConclusionProgress(
        [
          { dueDate: '2026-11-01', taskSituation: null },
          { dueDate: null, taskSituation: 'hoan_thanh_dung_han' },
          { dueDate: '2026-11-01', taskSituation: 'qua_han' },
          { dueDate: '2027-01-01', taskSituation: 'trong_han' },
        ],
        AT,
      ),
    ).toEqual({ done: 1, on_time: 1, late: 2, other: 0 });
  });
});
