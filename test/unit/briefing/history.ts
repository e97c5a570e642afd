// A scripted history for the briefing tests: three agencies, one plan, meetings on 10/03 (P) and 10/06
// (D) 2025, an archived meeting between them, and a later one on 01/09. Tasks are completed and go
// overdue between the meetings; indicator values are typed on chosen days (the clock is set first).
import {
  conclusionToTask,
  createConclusion,
  createMeeting,
  archiveMeeting,
} from '../../../main/services/meetings';
import { createIndicator, setTarget, setValues } from '../../../main/services/indicators';
import { archiveTask, createTask, updateTask } from '../../../main/services/tasks';
import type { TaskState } from '../../../shared/domain';
import { addAgency, addPlan, taskFields } from '../../helpers/records';
import type { TestStore } from '../../helpers/store';

export interface History {
  meetings: { m1: string; m2: string; m3: string; archived: string };
  agencies: { A: string; B: string; C: string };
  conclusions: { c11: string; c12: string; c13: string; c21: string };
  tasks: Record<string, string>;
  planId: string;
}

export function scriptHistory(store: TestStore): History {
  const ctx = store.ctx;
  // Recorded as it happened: the plan, tasks, meetings and conclusions on 05/01/2025; each completion and
  // each value on its own day (a completion date is never in the future, and a briefing at a past meeting
  // rebuilds tasks from these audit rows); the history is then read on 20/11/2025.
  store.clock.set('2025-01-05T02:00:00.000Z');
  const A = addAgency(ctx, 'SA', 'Sở An toàn', 'Sở A');
  const B = addAgency(ctx, 'SB', 'Sở Bình minh', 'Sở B');
  const C = addAgency(ctx, 'SC', 'Sở Cao nguyên', 'Sở C');
  const planId = addPlan(ctx, '45/KH-UBND', 'Kế hoạch 2025');

  const tasks: Record<string, string> = {};
  const completions: { code: string; on: string }[] = [];
  const task = (
    code: string,
    lead: string | null,
    dueDate: string | null,
    state: TaskState = 'dang_thuc_hien',
    completedOn: string | null = null,
  ) => {
    tasks[code] = createTask(
      ctx,
      taskFields(planId, code, {
        leadAgencyId: lead,
        dueDate,
        // A task done later is recorded under way now and completed on its day (below).
        state: state === 'hoan_thanh' ? 'dang_thuc_hien' : state,
        progress: state === 'chua_thuc_hien' ? 0 : 30,
      }),
    ).id;
    if (completedOn) completions.push({ code, on: completedOn });
  };
  task('T2', A, '2025-03-01', 'hoan_thanh', '2025-03-10'); // completed on P itself: before the window, late
  task('T3', B, '2025-05-15'); // goes overdue between the meetings
  task('T4', B, '2025-02-15'); // overdue already at P
  task('T5', B, '2025-03-10'); // due on P (not late that day): newly overdue
  task('T6', C, '2025-06-10'); // due on D: due soon, not yet late
  task('T7', C, '2025-06-15'); // due soon
  task('T9', C, '2025-05-01', 'huy_bo'); // cancelled: left out everywhere
  task('T10', A, '2025-06-01', 'hoan_thanh', '2025-06-10'); // completed on D, late
  task('T11', B, '2025-04-01'); // archived below: left out everywhere
  task('T12', C, '2025-05-05', 'tam_dung'); // paused: due by D but never "quá hạn"
  task('T13', C, '2025-06-10', 'hoan_thanh', '2025-06-09'); // due on D, done the day before
  archiveTask(ctx, tasks.T11!);

  const meeting = (number: number, heldOn: string) =>
    createMeeting(ctx, {
      number,
      title: `Phiên ${number}`,
      heldOn,
      chair: 'Đồng chí Trưởng Ban',
      mode: 'truc_tiep',
      location: '',
      attendees: '',
      agenda: '',
      noticeNumber: null,
      noticeDate: null,
    }).id;
  const m1 = meeting(1, '2025-03-10');
  const archived = meeting(9, '2025-05-01');
  const m2 = meeting(2, '2025-06-10');
  const m3 = meeting(3, '2025-09-01');
  const conclusion = (meetingId: string, text: string, agencyId: string | null, dueDate: string | null) =>
    createConclusion(ctx, { meetingId, text, agencyId, pillarId: null, dueDate }).id;
  const c11 = conclusion(m1, 'Sở A hoàn thành cổng dữ liệu', A, '2025-04-30');
  const c12 = conclusion(m1, 'Sở B rà soát thủ tục', B, '2025-05-30');
  const c13 = conclusion(m1, 'Sở C triển khai ký số', C, '2025-05-25');
  conclusion(archived, 'Kết luận của phiên đã lưu trữ', A, '2025-05-20');
  const c21 = conclusion(m2, 'Sở A báo cáo kết quả', A, '2025-08-01');
  archiveMeeting(ctx, archived);

  // Two conclusions become tasks: KL1.1 done on time before D, KL1.3 done only after D (overdue at D).
  tasks['KL1.1'] = conclusionToTask(ctx, { conclusionId: c11, planId }).id;
  completions.push({ code: 'KL1.1', on: '2025-04-20' });
  tasks['KL1.3'] = conclusionToTask(ctx, { conclusionId: c13, planId }).id;
  completions.push({ code: 'KL1.3', on: '2025-07-01' });

  const indicator = (code: string, target: number) => {
    const id = createIndicator(ctx, {
      planId,
      code,
      name: `Chỉ tiêu ${code}`,
      unit: '%',
      pillarId: null,
      direction: 'increase',
      leadAgencyId: A,
      definition: '',
    }).id;
    setTarget(ctx, { indicatorId: id, year: 2025, baseline: 0, target });
    return id;
  };
  const I1 = indicator('I1', 100);
  const I2 = indicator('I2', 100);
  const I3 = indicator('I3', 80);
  // What happened after 05/01, in the order of the days it happened on.
  const events: { at: string; run: () => void }[] = completions.map(({ code, on }) => ({
    at: `${on}T03:00:00.000Z`,
    run: () => updateTask(ctx, tasks[code]!, { state: 'hoan_thanh', progress: 100, completedOn: on }),
  }));
  const enter = (at: string, indicatorId: string, period: string, value: number) =>
    events.push({ at, run: () => setValues(ctx, { values: [{ indicatorId, period, value }] }) });
  enter('2025-03-05T02:00:00.000Z', I2, '2025-Q1', 50); // before P
  enter('2025-03-10T02:00:00.000Z', I1, '2025-Q1', 10); // on P: before the window
  enter('2025-06-05T02:00:00.000Z', I1, '2025-Q2', 20); // in the window; I1 now behind
  enter('2025-06-10T02:00:00.000Z', I3, '2025-Q2', 90); // on D: in the window
  enter('2025-06-11T02:00:00.000Z', I2, '2025-Q2', 10); // after D: unknown at D
  for (const e of events.sort((a, b) => a.at.localeCompare(b.at))) {
    store.clock.set(e.at);
    e.run();
  }
  store.clock.set('2025-11-20T03:00:00.000Z');

  return {
    meetings: { m1, m2, m3, archived },
    agencies: { A, B, C },
    conclusions: { c11, c12, c13, c21 },
    tasks,
    planId,
  };
}
