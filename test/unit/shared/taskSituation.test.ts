import { describe, expect, it } from 'vitest';
import type { TaskState } from '../../../shared/domain';
import {
  TASK_SITUATIONS,
  TASK_SITUATION_LABELS,
  completionRate,
  countSituations,
  isDone,
  taskSituation,
  type TaskSituation,
} from '../../../shared/rules/taskSituation';

const D = '2025-03-04';
const N = 7;

describe('taskSituation at D = 2025-03-04, N = 7', () => {
  it.each<[string, TaskState, string | null, string | null, TaskSituation]>([
    // not done: boundaries around D and D + N
    ['due D - 1 is late', 'dang_thuc_hien', '2025-03-03', null, 'qua_han'],
    ['due long ago is late', 'chua_thuc_hien', '2024-12-31', null, 'qua_han'],
    ['due on D is due soon, not late', 'dang_thuc_hien', '2025-03-04', null, 'sap_den_han'],
    ['due D + 1 is due soon', 'chua_thuc_hien', '2025-03-05', null, 'sap_den_han'],
    ['due D + N is due soon', 'dang_thuc_hien', '2025-03-11', null, 'sap_den_han'],
    ['due D + N + 1 is within time', 'dang_thuc_hien', '2025-03-12', null, 'trong_han'],
    ['due next year is within time', 'chua_thuc_hien', '2026-01-01', null, 'trong_han'],
    ['no due date', 'dang_thuc_hien', null, null, 'khong_thoi_han'],
    // completed on or before D
    ['completed on the due date', 'hoan_thanh', '2025-03-01', '2025-03-01', 'hoan_thanh_dung_han'],
    ['completed before the due date', 'hoan_thanh', '2025-03-10', '2025-02-20', 'hoan_thanh_dung_han'],
    ['completed the day after due', 'hoan_thanh', '2025-03-01', '2025-03-02', 'hoan_thanh_qua_han'],
    ['completed on D, after due', 'hoan_thanh', '2025-02-01', '2025-03-04', 'hoan_thanh_qua_han'],
    ['completed, no due date', 'hoan_thanh', null, '2025-01-15', 'hoan_thanh_dung_han'],
    // completed after D: not done yet at D
    ['completed after D, due already passed', 'hoan_thanh', '2025-03-01', '2025-03-05', 'qua_han'],
    ['completed after D, due soon', 'hoan_thanh', '2025-03-06', '2025-03-06', 'sap_den_han'],
    ['completed after D, due later', 'hoan_thanh', '2025-06-30', '2025-03-20', 'trong_han'],
    ['completed after D, no due date', 'hoan_thanh', null, '2025-03-05', 'khong_thoi_han'],
    // completion date missing: treated as completed on D
    ['completed, no date, due ahead', 'hoan_thanh', '2025-03-10', null, 'hoan_thanh_dung_han'],
    ['completed, no date, due on D', 'hoan_thanh', '2025-03-04', null, 'hoan_thanh_dung_han'],
    ['completed, no date, due passed', 'hoan_thanh', '2025-03-01', null, 'hoan_thanh_qua_han'],
    // paused and cancelled win over dates
    ['paused, due passed', 'tam_dung', '2025-01-01', null, 'tam_dung'],
    ['paused, no due', 'tam_dung', null, null, 'tam_dung'],
    ['cancelled, due passed', 'huy_bo', '2025-01-01', null, 'huy_bo'],
    ['cancelled with a completion date', 'huy_bo', '2025-01-01', '2025-01-01', 'huy_bo'],
    // completedOn on a task not in state hoan_thanh is ignored
    ['in progress with stray completedOn', 'dang_thuc_hien', '2025-03-01', '2025-02-01', 'qua_han'],
  ])('%s', (_name, state, dueDate, completedOn, expected) => {
    expect(taskSituation({ state, dueDate, completedOn }, D, N)).toBe(expected);
  });

  it.each<[number, string, TaskSituation]>([
    [0, '2025-03-04', 'sap_den_han'],
    [0, '2025-03-05', 'trong_han'],
    [-3, '2025-03-04', 'sap_den_han'],
    [-3, '2025-03-05', 'trong_han'],
    [30, '2025-04-03', 'sap_den_han'],
    [30, '2025-04-04', 'trong_han'],
  ])('dueSoonDays %i, due %s -> %s', (n, dueDate, expected) => {
    expect(taskSituation({ state: 'dang_thuc_hien', dueDate, completedOn: null }, D, n)).toBe(expected);
  });

  it('a historical view sees the task as it was', () => {
    const task = { state: 'hoan_thanh' as const, dueDate: '2025-03-31', completedOn: '2025-04-10' };
    expect(taskSituation(task, '2025-03-28', N)).toBe('sap_den_han');
    expect(taskSituation(task, '2025-04-05', N)).toBe('qua_han');
    expect(taskSituation(task, '2025-04-10', N)).toBe('hoan_thanh_qua_han');
  });

  it('rejects invalid dates instead of comparing garbage', () => {
    expect(() =>
      taskSituation({ state: 'dang_thuc_hien', dueDate: '31/03/2025', completedOn: null }, D, N),
    ).toThrow(RangeError);
    expect(() =>
      taskSituation({ state: 'dang_thuc_hien', dueDate: null, completedOn: null }, '2025-02-30', N),
    ).toThrow(RangeError);
  });
});

describe('labels and isDone', () => {
  it('labels every situation', () => {
    expect(Object.keys(TASK_SITUATION_LABELS).sort()).toEqual([...TASK_SITUATIONS].sort());
    expect(TASK_SITUATION_LABELS.hoan_thanh_dung_han).toBe('Hoàn thành đúng hạn');
    expect(TASK_SITUATION_LABELS.khong_thoi_han).toBe('Không thời hạn');
  });

  it.each(TASK_SITUATIONS.map((s) => [s, s.startsWith('hoan_thanh')] as const))(
    'isDone(%s) = %s',
    (s, done) => {
      expect(isDone(s)).toBe(done);
    },
  );
});

describe('completionRate', () => {
  it.each([
    ['126 tasks, 102 done', { total: 126, done: 102, cancelled: 0 }, 102 / 126],
    ['cancelled left out', { total: 10, done: 6, cancelled: 2 }, 0.75],
    ['all done', { total: 4, done: 4, cancelled: 0 }, 1],
    ['none done', { total: 4, done: 0, cancelled: 1 }, 0],
    ['no tasks', { total: 0, done: 0, cancelled: 0 }, null],
    ['all cancelled', { total: 3, done: 0, cancelled: 3 }, null],
  ])('%s', (_name, counts, expected) => {
    expect(completionRate(counts)).toBe(expected);
  });
});

describe('countSituations', () => {
  it('counts every situation, zero included', () => {
    const counts = countSituations(['qua_han', 'qua_han', 'huy_bo', 'hoan_thanh_dung_han']);
    expect(counts).toEqual({
      hoan_thanh_dung_han: 1,
      hoan_thanh_qua_han: 0,
      qua_han: 2,
      sap_den_han: 0,
      trong_han: 0,
      khong_thoi_han: 0,
      tam_dung: 0,
      huy_bo: 1,
      total: 4,
    });
  });

  it('accepts any iterable, including an empty one', () => {
    expect(countSituations(new Set<TaskSituation>()).total).toBe(0);
    function* gen(): Generator<TaskSituation> {
      yield 'tam_dung';
    }
    expect(countSituations(gen()).tam_dung).toBe(1);
  });
});
