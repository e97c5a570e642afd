import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { TASK_STATES } from '../../../shared/domain';
import { taskSituation } from '../../../shared/rules/taskSituation';
import { listAudit } from '../../../main/services/audit';
import { createAgency, mergeAgency } from '../../../main/services/agencies';
import { createPlan } from '../../../main/services/plans';
import {
  bulkUpdateTasks,
  createTask,
  getTask,
  listTasks,
  quickUpdateTask,
  taskHistory,
  updateTask,
} from '../../../main/services/tasks';
import { wholeTaskList } from '../../../main/services/taskListFilter';
import { taskFields } from '../../helpers/records';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
});
afterEach(() => store.close());

const planInput = {
  code: '45/KH-UBND',
  title: 'Kế hoạch chuyển đổi số năm 2025',
  yearFrom: 2025,
  yearTo: 2025,
  issuedOn: '2025-01-20',
  issuedBy: 'UBND tỉnh',
  basis: '',
  state: 'dang_thuc_hien' as const,
};
const taskInput = (planId: string, over: Partial<ReturnType<typeof taskFields>> = {}) =>
  taskFields(planId, '1.1', {
    title: 'Nâng cấp Đường truyền số liệu chuyên dùng',
    dueDate: '2025-12-31',
    ...over,
  });
const filter = (over: Record<string, unknown> = {}) => ({
  ...wholeTaskList(null, null),
  limit: 200,
  ...over,
});

describe('tasks', () => {
  it('creates, updates and records who changed what in the audit log', () => {
    const plan = createPlan(store.ctx, planInput);
    const t = createTask(store.ctx, taskInput(plan.id));
    store.clock.set('2025-11-21T03:00:00.000Z');
    quickUpdateTask(store.ctx, {
      id: t.id,
      state: 'hoan_thanh',
      progress: 100,
      completedOn: '2025-11-21',
      result: 'Xong',
    });
    const after = getTask(store.ctx, t.id);
    expect(after.situation).toBe('hoan_thanh_dung_han');
    const history = taskHistory(store.ctx, t.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changed.sort()).toEqual(['completedOn', 'progress', 'result', 'state']);
    expect(history[0]!.actor).toBe('Thư ký Ban Chỉ đạo');
    expect(history[0]!.at).toBe('2025-11-21T03:00:00.000Z');
  });

  it('never adjusts a field the person did not change: an inconsistent task is refused, not normalised', () => {
    const plan = createPlan(store.ctx, planInput);
    expect(() =>
      createTask(
        store.ctx,
        taskInput(plan.id, { state: 'hoan_thanh', completedOn: '2025-11-01', progress: 40 }),
      ),
    ).toThrow(/Nhiệm vụ 1.1: Nhiệm vụ «Hoàn thành» có tiến độ 100%/);
    const t = createTask(
      store.ctx,
      taskInput(plan.id, { state: 'hoan_thanh', completedOn: '2025-11-01', progress: 100 }),
    );
    // Reopening without saying what becomes of the date and the 100% is refused, and nothing changes.
    expect(() => updateTask(store.ctx, t.id, { state: 'dang_thuc_hien' })).toThrow(
      /Chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành/,
    );
    expect(getTask(store.ctx, t.id)).toMatchObject({
      state: 'hoan_thanh',
      completedOn: '2025-11-01',
      progress: 100,
    });
    const reopened = updateTask(store.ctx, t.id, {
      state: 'dang_thuc_hien',
      completedOn: null,
      progress: 80,
    });
    expect(reopened).toMatchObject({ state: 'dang_thuc_hien', completedOn: null, progress: 80 });
    expect(() => updateTask(store.ctx, t.id, { state: 'hoan_thanh' })).toThrow(/ngày hoàn thành/);
  });

  it('computes the situation in SQL exactly as the pure rule does, on every state and boundary date', () => {
    // Written a month later than D, so the completions after D are already past (never in the future).
    store.clock.set('2025-12-20T03:00:00.000Z');
    const plan = createPlan(store.ctx, planInput);
    const D = '2025-11-20';
    const dues = [null, addDays(D, -1), D, addDays(D, 7), addDays(D, 8)];
    const completions = [addDays(D, -10), addDays(D, -1), D, addDays(D, 1)];
    let n = 0;
    const expected = new Map<string, string>();
    for (const state of TASK_STATES) {
      for (const due of dues) {
        for (const completedOn of state === 'hoan_thanh' ? completions : [null]) {
          const t = createTask(
            store.ctx,
            taskInput(plan.id, {
              code: `S${n++}`,
              state,
              dueDate: due,
              completedOn,
              progress: state === 'hoan_thanh' ? 100 : state === 'chua_thuc_hien' ? 0 : 10,
            }),
          );
          expected.set(t.id, taskSituation({ state, dueDate: due, completedOn }, D, 7));
        }
      }
    }
    const rows = listTasks(store.ctx, filter({ planId: plan.id, at: D, limit: 1000 })).rows;
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) expect([r.code, r.situation]).toEqual([r.code, expected.get(r.id)]);
  });

  it('filters by situation, due range and diacritic-free text (including đ)', () => {
    const plan = createPlan(store.ctx, planInput);
    createTask(
      store.ctx,
      taskInput(plan.id, { code: 'A', title: 'Nâng cấp Đường truyền', dueDate: '2025-11-01' }),
    );
    createTask(
      store.ctx,
      taskInput(plan.id, { code: 'B', title: 'Chuyển đổi số trong giáo dục', dueDate: '2025-11-25' }),
    );
    createTask(store.ctx, taskInput(plan.id, { code: 'C', title: 'Hạ tầng số', dueDate: '2026-03-01' }));
    const codes = (over: Record<string, unknown>) =>
      listTasks(store.ctx, filter({ planId: plan.id, at: '2025-11-20', ...over })).rows.map((r) => r.code);
    expect(codes({ q: 'duong' })).toEqual(['A']);
    expect(codes({ q: 'chuyen doi so' })).toEqual(['B']);
    expect(codes({ q: 'CHUYỂN ĐỔI' })).toEqual(['B']);
    expect(codes({ situations: ['qua_han'] })).toEqual(['A']);
    expect(codes({ situations: ['sap_den_han', 'trong_han'] })).toEqual(['B', 'C']);
    expect(codes({ dueFrom: '2025-11-02', dueTo: '2025-12-31' })).toEqual(['B']);
    expect(codes({ sort: 'dueDate', dir: 'desc' })).toEqual(['C', 'B', 'A']);
    expect(codes({ sort: 'situation' })).toEqual(['A', 'B', 'C']); // quá hạn, sắp đến hạn, trong hạn
    expect(codes({ sort: 'situation', dir: 'desc' })).toEqual(['C', 'B', 'A']);
    expect(codes({ q: '"; DROP TABLE task; --' })).toEqual([]);
    expect(listTasks(store.ctx, filter({ planId: plan.id })).total).toBe(3);
  });

  it('bulk-updates selected rows in one transaction, all or nothing', () => {
    const plan = createPlan(store.ctx, planInput);
    const a = createTask(store.ctx, taskInput(plan.id, { code: 'A' }));
    const b = createTask(store.ctx, taskInput(plan.id, { code: 'B' }));
    expect(bulkUpdateTasks(store.ctx, { ids: [a.id, b.id], patch: { progress: 60 } })).toEqual({
      updated: 2,
    });
    expect(getTask(store.ctx, b.id).progress).toBe(60);
    expect(() =>
      bulkUpdateTasks(store.ctx, {
        ids: [a.id, '00000000-0000-4000-8000-000000000000'],
        patch: { progress: 90 },
      }),
    ).toThrow();
    expect(getTask(store.ctx, a.id).progress).toBe(60);
  });
});

describe('agency merge', () => {
  it('moves open tasks to the successor, keeps completed ones, closes the old agency, and audits it', () => {
    const plan = createPlan(store.ctx, planInput);
    const agency = (code: string, name: string) =>
      createAgency(store.ctx, {
        code,
        name,
        shortName: null,
        kind: 'so_ban_nganh',
        email: null,
        validFrom: null,
        validTo: null,
      });
    const old = agency('STTTT', 'Sở Thông tin và Truyền thông');
    const successor = agency('SKHCN', 'Sở Khoa học và Công nghệ');
    const open = createTask(store.ctx, taskInput(plan.id, { code: 'O', leadAgencyId: old.id }));
    const done = createTask(
      store.ctx,
      taskInput(plan.id, {
        code: 'D',
        leadAgencyId: old.id,
        state: 'hoan_thanh',
        progress: 100,
        completedOn: '2025-02-01',
      }),
    );
    const result = mergeAgency(store.ctx, { fromId: old.id, intoId: successor.id, on: '2025-02-28' });
    expect(result).toEqual({ movedTasks: 1, movedIndicators: 0, movedConclusions: 0 });
    expect(getTask(store.ctx, open.id).leadAgencyId).toBe(successor.id);
    expect(getTask(store.ctx, done.id).leadAgencyId).toBe(old.id);
    const audit = listAudit(store.ctx, { entity: 'agency', entityId: old.id, limit: 10 });
    expect(audit[0]!.action).toBe('merge');
    expect(audit[0]!.after).toMatchObject({
      successorId: successor.id,
      validTo: '2025-02-28',
      mergedInto: successor.id,
    });
    expect(() =>
      mergeAgency(store.ctx, { fromId: successor.id, intoId: successor.id, on: '2025-02-28' }),
    ).toThrow(/chính nó/);
  });
});
