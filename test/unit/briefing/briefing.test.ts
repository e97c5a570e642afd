// The briefing model for a scripted history (./history.ts): exactly the expected rows in every section.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../main/services/briefing';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('briefing of meeting 2 (D = 10/06/2025, previous meeting on P = 10/03/2025)', () => {
  it('takes the latest live meeting before D as the previous one, skipping the archived one', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.at).toBe('2025-06-10');
    expect(b.since).toBe('2025-03-10');
    expect(b.fromDay).toBe('2025-03-11');
    expect(b.previousMeeting).toMatchObject({ id: h.meetings.m1, number: 1, heldOn: '2025-03-10' });
    expect(b.meeting).toMatchObject({ id: h.meetings.m2, number: 2, heldOn: '2025-06-10' });
  });

  it('lists tasks completed in (P, D]: not the one completed on P, not the one completed after D', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.changes.completed.map((t) => [t.code, t.completedOn, t.situation, t.progress])).toEqual([
      ['KL1.1', '2025-04-20', 'hoan_thanh_dung_han', 100],
      ['T13', '2025-06-09', 'hoan_thanh_dung_han', 100],
      ['T10', '2025-06-10', 'hoan_thanh_qua_han', 100],
    ]);
  });

  it('lists tasks overdue at D but not at P (due in [P, D), not done by D)', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.changes.newlyOverdue.map((t) => [t.code, t.dueDate, t.leadAgencyName, t.progress])).toEqual([
      ['T5', '2025-03-10', 'Sở B', 30],
      ['T3', '2025-05-15', 'Sở B', 30],
      // Completed only after D: overdue at D, at the 0% it had then (its audit rows say so).
      ['KL1.3', '2025-05-25', 'Sở C', 0],
    ]);
  });

  it('lists indicator values entered in (P, D] and nothing typed on P or after D', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.changes.values.map((v) => [v.code, v.period, v.periodLabel, v.value, v.enteredOn])).toEqual([
      ['I1', '2025-Q2', 'Quý II/2025', 20, '2025-06-05'],
      ['I3', '2025-Q2', 'Quý II/2025', 90, '2025-06-10'],
    ]);
  });

  it('groups overdue and due-soon tasks at D by agency, most tasks first', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.overdue.map((g) => [g.agencyName, codes(g.tasks)])).toEqual([
      ['Sở B', ['T4', 'T5', 'T3']],
      ['Sở C', ['KL1.3']],
    ]);
    expect(b.dueSoon.map((g) => [g.agencyName, codes(g.tasks)])).toEqual([['Sở C', ['T6', 'T7']]]);
  });

  it('lists the indicators that need effort at D, from the values known at D', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    // I2 had 50 at D (on track); its 10 typed on 11/06 is not known yet. I3 met its target.
    expect(b.indicatorsBehind.map((i) => [i.code, i.latest, i.target, i.latestPeriodLabel])).toEqual([
      ['I1', 20, 100, 'Quý II/2025'],
    ]);
  });

  it('shows every earlier conclusion with its task at D, or none', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(
      b.conclusions.map((c) => [
        c.meetingNumber,
        c.seq,
        c.agencyName,
        c.dueDate,
        c.task && [c.task.code, c.task.situation, c.task.progress],
      ]),
    ).toEqual([
      [1, 1, 'Sở A', '2025-04-30', ['KL1.1', 'hoan_thanh_dung_han', 100]],
      [1, 2, 'Sở B', '2025-05-30', null],
      [1, 3, 'Sở C', '2025-05-25', ['KL1.3', 'qua_han', 0]],
    ]);
  });

  it('scores agencies on tasks due by D, worst first', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(
      b.scoreboard.map((s) => [s.agencyName, s.dueByD, s.completedOnTime, s.onTimeRate, s.overdue]),
    ).toEqual([
      // T3, T4, T5 due and open (T11 archived).
      ['Sở B', 3, 0, 0, 3],
      // T12 paused, KL1.3 late at D, T13 due on D and done; T6 due on D and open is not counted; T9 cancelled.
      ['Sở C', 3, 1, 1 / 3, 1],
      // KL1.1 on time; T2 and T10 late.
      ['Sở A', 3, 1, 1 / 3, 0],
    ]);
  });

  it('counts each section', () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    expect(b.counts).toEqual({
      completed: 3,
      newlyOverdue: 3,
      values: 2,
      overdue: 4,
      dueSoon: 2,
      indicatorsBehind: 1,
      conclusions: 3,
      conclusionsWithoutTask: 1,
      conclusionsDone: 1,
    });
  });
});

describe('briefing windows', () => {
  it('the first meeting of the year counts from 1 January', () => {
    const b = buildBriefing(store.ctx, h.meetings.m1);
    expect(b.previousMeeting).toBeNull();
    expect(b.since).toBe('2024-12-31');
    expect(b.fromDay).toBe('2025-01-01');
    expect(codes(b.changes.completed)).toEqual(['T2']);
    expect(b.conclusions).toEqual([]);
    // At 10/03 the tasks completed later are not done yet.
    expect(b.scoreboard.find((s) => s.agencyName === 'Sở A')).toMatchObject({
      dueByD: 1,
      completedOnTime: 0,
      overdue: 0,
    });
  });

  it('a later meeting sees the conclusions of every earlier live meeting, with task states at its own date', () => {
    const b = buildBriefing(store.ctx, h.meetings.m3);
    expect(b.previousMeeting?.id).toBe(h.meetings.m2);
    expect(b.conclusions.map((c) => c.id)).toEqual([
      h.conclusions.c11,
      h.conclusions.c12,
      h.conclusions.c13,
      h.conclusions.c21,
    ]);
    // By 01/09 KL1.3 has been completed (01/07), late.
    expect(b.conclusions[2]!.task).toMatchObject({
      code: 'KL1.3',
      situation: 'hoan_thanh_qua_han',
      progress: 100,
    });
    expect(codes(b.changes.completed)).toEqual(['KL1.3']);
  });
});
