// The briefing shows tasks as they stood on the meeting's date, rebuilt from their audit rows
// (main/services/briefing/tasksAt.ts), and says plainly where it can only show today's state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeAgency } from '../../../main/services/agencies';
import { buildBriefing } from '../../../main/services/briefing';
import { conclusionToTask } from '../../../main/services/meetings';
import { archiveTask, createTask, updateTask } from '../../../main/services/tasks';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';
import { taskFields } from '../../helpers/records';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store); // everything recorded on 05/01/2025; meeting 2 is on 10/06/2025
  const ctx = store.ctx;
  // After meeting 2, the secretary records what happened since.
  store.clock.set('2025-07-01T03:00:00.000Z');
  updateTask(ctx, h.tasks.T3!, { progress: 80 });
  updateTask(ctx, h.tasks.T7!, { state: 'tam_dung' });
  archiveTask(ctx, h.tasks.T4!);
  h.tasks['KL2.1'] = conclusionToTask(ctx, { conclusionId: h.conclusions.c21, planId: h.planId }).id;
  store.clock.set('2025-07-05T03:00:00.000Z');
  // A task typed in only now, though it was already late in June.
  h.tasks.T20 = createTask(
    ctx,
    taskFields(h.planId, 'T20', {
      title: 'Nhiệm vụ nhập muộn',
      leadAgencyId: h.agencies.A,
      dueDate: '2025-05-01',
    }),
  ).id;
  store.clock.set('2025-07-10T03:00:00.000Z');
  mergeAgency(ctx, { fromId: h.agencies.B, intoId: h.agencies.C, on: '2025-07-10' });
  store.clock.set('2025-11-20T03:00:00.000Z');
});
afterEach(() => store.close());

const all = (b: ReturnType<typeof buildBriefing>) => [
  ...b.overdue.flatMap((g) => g.tasks),
  ...b.dueSoon.flatMap((g) => g.tasks),
  ...b.changes.completed,
];

describe('briefing of meeting 2, made in November', () => {
  it('shows progress, state and lead agency as they stood on 10/06, not as they are now', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    const t3 = b.overdue.flatMap((g) => g.tasks).find((t) => t.code === 'T3')!;
    expect(t3).toMatchObject({
      progress: 30,
      leadAgencyName: 'Sở B',
      situation: 'qua_han',
      stateAsOf: 'meeting',
    });
    // Paused only in July: on 10/06 it was still due within the week.
    expect(b.dueSoon.flatMap((g) => g.tasks).map((t) => t.code)).toEqual(['T6', 'T7']);
    // Archived in July: on 10/06 it was overdue and followed.
    expect(b.overdue.find((g) => g.agencyName === 'Sở B')!.tasks.map((t) => t.code)).toEqual([
      'T4',
      'T5',
      'T3',
    ]);
  });

  it("leaves out the task made after D from this meeting's own conclusion", () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(all(b).map((t) => t.code)).not.toContain('KL2.1');
  });

  it('shows a task recorded only after D with its state today, and says so', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    const t20 = b.overdue.flatMap((g) => g.tasks).find((t) => t.code === 'T20')!;
    expect(t20).toMatchObject({ stateAsOf: 'today', progress: 10, situation: 'qua_han' });
    expect(b.taskBasis.fromToday).toBe(1);
    expect(b.taskBasis.line).toBe(
      'Tiến độ, tình trạng nhiệm vụ như tại ngày 10/06/2025, theo lịch sử cập nhật; 1 nhiệm vụ được nhập sau ngày đó nên hiển thị tình trạng hôm nay.',
    );
  });

  it('the scoreboard counts the tasks as they stood at D', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    // Sở B at D: T3, T4, T5 due and open (T4 archived and T3 moved to Sở C only later).
    expect(b.scoreboard.find((s) => s.agencyName === 'Sở B')).toMatchObject({ dueByD: 3, overdue: 3 });
  });

  it('a briefing at a later meeting sees the later state', () => {
    const b = buildBriefing(store.ctx, h.meetings.m3);
    expect(b.overdue.flatMap((g) => g.tasks).map((t) => t.code)).not.toContain('T4');
    const t3 = b.overdue.flatMap((g) => g.tasks).find((t) => t.code === 'T3')!;
    expect(t3).toMatchObject({ progress: 80, leadAgencyName: 'Sở C', stateAsOf: 'meeting' });
    expect(b.taskBasis).toMatchObject({ fromToday: 0 });
    expect(b.taskBasis.line).toBe(
      'Tiến độ, tình trạng nhiệm vụ như tại ngày 01/09/2025, theo lịch sử cập nhật.',
    );
  });
});
