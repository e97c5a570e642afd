// A conclusion turned into a task stays linked both ways (task -> conclusion -> meeting, and meeting ->
// conclusion -> live task) and leaves both audit rows, in one transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/services/audit';
import { conclusionToTask, getMeeting } from '../../../main/services/meetings';
import { getTask, updateTask } from '../../../main/services/tasks';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

describe('conclusions.toTask', () => {
  it('links the task to the conclusion and the conclusion to the live task', () => {
    const task = conclusionToTask(store.ctx, { conclusionId: h.conclusions.c12, planId: h.planId });
    expect(task).toMatchObject({
      code: 'KL1.2',
      conclusionId: h.conclusions.c12,
      leadAgencyId: h.agencies.B,
      dueDate: '2025-05-30',
      startDate: '2025-03-10',
    });
    expect(getTask(store.ctx, task.id).source).toMatchObject({
      meetingId: h.meetings.m1,
      meetingNumber: 1,
      meetingDate: '2025-03-10',
      conclusionText: 'Sở B rà soát thủ tục',
    });

    updateTask(store.ctx, task.id, { state: 'dang_thuc_hien', progress: 60 });
    const row = getMeeting(store.ctx, h.meetings.m1, '2025-06-10').conclusions.find(
      (c) => c.id === h.conclusions.c12,
    );
    expect(row?.task).toEqual({
      id: task.id,
      code: 'KL1.2',
      planId: h.planId,
      state: 'dang_thuc_hien',
      progress: 60,
      situation: 'qua_han',
    });
  });

  it('writes the task creation and the conclusion link to the audit log', () => {
    const task = conclusionToTask(store.ctx, {
      conclusionId: h.conclusions.c12,
      planId: h.planId,
      code: 'KL-B',
    });
    const taskAudit = listAudit(store.ctx, { entity: 'task', entityId: task.id, limit: 10 });
    expect(taskAudit.map((a) => a.action)).toEqual(['create']);
    expect(taskAudit[0]!.after).toMatchObject({ code: 'KL-B', conclusionId: h.conclusions.c12 });
    const conclusionAudit = listAudit(store.ctx, {
      entity: 'conclusion',
      entityId: h.conclusions.c12,
      limit: 10,
    });
    expect(conclusionAudit[0]).toMatchObject({
      action: 'update',
      before: { taskId: null },
      after: { taskId: task.id, taskCode: 'KL-B' },
    });
  });

  it('refuses a second task for the same conclusion and writes nothing', () => {
    const before = listAudit(store.ctx, { limit: 1000 }).length;
    expect(() => conclusionToTask(store.ctx, { conclusionId: h.conclusions.c11, planId: h.planId })).toThrow(
      /đã được giao thành nhiệm vụ KL1.1/,
    );
    expect(listAudit(store.ctx, { limit: 1000 }).length).toBe(before);
  });
});
