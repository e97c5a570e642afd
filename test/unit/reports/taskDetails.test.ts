// taskDetails (main/services/reports/annexes.ts) reads the plan's supporting agencies in one read and puts
// each task's names in TienDo's order itself: the order the SQL ORDER BY tiendo_sort_key(name) gave.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgency } from '../../../main/services/agencies';
import { addPlan, taskFields } from '../../helpers/records';
import { taskDetails } from '../../../main/services/reports/annexes';
import { archiveTask, createTask } from '../../../main/services/tasks';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;

const plan = (code: string) => addPlan(store.ctx, code);

const agency = (code: string, name: string, shortName: string | null) =>
  createAgency(store.ctx, {
    code,
    name,
    shortName,
    kind: 'ubnd_xa',
    email: null,
    validFrom: null,
    validTo: null,
  }).id;

const task = (planId: string, code: string, supportingAgencyIds: string[]) =>
  createTask(
    store.ctx,
    taskFields(planId, code, {
      supportingAgencyIds,
      output: `Sản phẩm ${code}`,
      progress: 0,
      result: `Kết quả ${code}`,
      difficulties: `Khó khăn ${code}`,
    }),
  ).id;

beforeEach(async () => {
  store = await openTestStore('2025-07-01T03:00:00.000Z');
});
afterEach(() => store.close());

describe('taskDetails: the columns of annex 2 and the remarks, in one read per plan', () => {
  it('lists each task’s supporting agencies by short name in TienDo’s order (Vietnamese, numbers naturally)', () => {
    const planId = plan('45/KH-UBND');
    const x10 = agency('X10', 'Ủy ban nhân dân xã Tuy Phong 10', 'UBND xã Tuy Phong 10');
    const yte = agency('YT', 'Sở Y tế tỉnh', 'Sở Y tế');
    const x9 = agency('X9', 'Ủy ban nhân dân xã Tuy Phong 9', 'UBND xã Tuy Phong 9');
    const dt = agency('DT', 'Sở Đào tạo', null);
    const many = task(planId, '1.1', [x10, yte, x9, dt]);
    const none = task(planId, '1.2', []);
    const details = taskDetails(store.ctx, planId);
    expect(details.get(many)).toEqual({
      output: 'Sản phẩm 1.1',
      result: 'Kết quả 1.1',
      difficulties: 'Khó khăn 1.1',
      proposals: '',
      supporting: 'Sở Đào tạo, Sở Y tế, UBND xã Tuy Phong 9, UBND xã Tuy Phong 10',
    });
    expect(details.get(none)?.supporting).toBe('');
  });

  it('holds only the live tasks of the plan', () => {
    const planId = plan('45/KH-UBND');
    const other = plan('46/KH-UBND');
    const a = agency('A', 'Sở Tài chính', null);
    const live = task(planId, '1.1', [a]);
    const archived = task(planId, '1.2', [a]);
    archiveTask(store.ctx, archived);
    const elsewhere = task(other, '1.1', [a]);
    const details = taskDetails(store.ctx, planId);
    expect([...details.keys()]).toEqual([live]);
    expect(details.has(elsewhere)).toBe(false);
  });
});
