// The dashboard's task numbers (getDashboard: one pass in SQL, counted in JavaScript) are what the pure
// rule says of each live task of the plan at D (shared/rules/taskSituation.ts): by situation, by pillar
// and by lead agency (total, done, overdue, cancelled), and done by each quarter's cut-off for the trend.
// The expected numbers are counted here from the task rows read bare, not through the app's SQL rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, TaskState } from '../../../shared/domain';
import type { ParsedInput } from '../../../shared/api/contract';
import { isDone, taskSituation, TASK_SITUATIONS } from '../../../shared/rules/taskSituation';
import { parsePeriod, quarterKeys } from '../../../shared/rules/periods';
import { getDashboard } from '../../../main/services/dashboard';
import { archiveTask, createTask } from '../../../main/services/tasks';
import { dueSoonDays } from '../../../main/services/settings';
import { inTransaction } from '../../../main/services/context';
import { generateLargeProvince, scaledSize, taskFields } from '../../../bench/generate';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let planId: string;

/** Groups in one order, whatever order the dashboard gives them (it sorts by names; this test by id). */
const byId = (a: { id: string | null }, b: { id: string | null }) => String(a.id).localeCompare(String(b.id));

interface Stored {
  pillar_id: string | null;
  lead_agency_id: string | null;
  state: TaskState;
  due_date: IsoDate | null;
  completed_on: IsoDate | null;
}

beforeEach(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
  // 300 tasks over every state, due dates and completion dates spread over the year (bench/generate.ts)
  const p = generateLargeProvince(store.ctx, 2025, { ...scaledSize(300), indicators: 3 });
  planId = p.planId;
  // Tasks on the boundaries of D (2025-08-15 and 2025-11-20) and of the quarters' cut-offs, and tasks
  // with no pillar or no lead agency: groups of their own.
  const at = (i: number, fields: Partial<ParsedInput<'tasks.create'>>) =>
    createTask(store.ctx, {
      ...taskFields(planId, 1000 + i, p.pillars, p.agencies, 2025),
      code: `B.${i}`,
      ...fields,
    });
  const done = (completedOn: IsoDate, dueDate: IsoDate | null) =>
    ({ state: 'hoan_thanh', progress: 100, completedOn, dueDate }) as const;
  inTransaction(store.ctx, () => {
    let i = 0;
    for (const d of ['2025-08-15', '2025-11-20', '2025-06-30', '2025-09-30', '2025-03-31'] as IsoDate[]) {
      at(i++, done(d, d));
      at(i++, done(d, '2025-01-10'));
      at(i++, { state: 'dang_thuc_hien', progress: 40, completedOn: null, dueDate: d });
    }
    at(i++, { state: 'dang_thuc_hien', progress: 40, completedOn: null, dueDate: '2025-11-27' }); // D + 7 days
    at(i++, { state: 'dang_thuc_hien', progress: 40, completedOn: null, dueDate: '2025-11-28' });
    at(i++, { pillarId: null });
    at(i++, { leadAgencyId: null, supportingAgencyIds: [] });
    at(i++, { pillarId: null, leadAgencyId: null, supportingAgencyIds: [] });
    archiveTask(store.ctx, at(i++, done('2025-02-01', '2025-03-01')).id); // archived: never counted
  });
});
afterEach(() => store.close());

/** What the rule says of the plan's live tasks at D. */
function expected(at: IsoDate) {
  const rows = store.ctx.db
    .prepare(
      `SELECT pillar_id, lead_agency_id, state, due_date, completed_on FROM task
       WHERE plan_id = ? AND archived_at IS NULL`,
    )
    .all(planId) as Stored[];
  const soon = dueSoonDays(store.ctx);
  const situations = Object.fromEntries(TASK_SITUATIONS.map((s) => [s, 0]));
  const groups = { pillar: new Map<string | null, number[]>(), agency: new Map<string | null, number[]>() };
  const cutOffs = quarterKeys(2025)
    .map((k) => parsePeriod(k)!)
    .filter((q) => q.from <= at)
    .map((q) => (q.to < at ? q.to : at));
  const doneBy = cutOffs.map(() => 0);
  for (const r of rows) {
    const s = taskSituation({ state: r.state, dueDate: r.due_date, completedOn: r.completed_on }, at, soon);
    situations[s]! += 1;
    for (const [map, key] of [
      [groups.pillar, r.pillar_id],
      [groups.agency, r.lead_agency_id],
    ] as const) {
      const g = map.get(key) ?? [0, 0, 0, 0];
      g[0]! += 1;
      if (isDone(s)) g[1]! += 1;
      if (s === 'qua_han') g[2]! += 1;
      if (s === 'huy_bo') g[3]! += 1;
      map.set(key, g);
    }
    cutOffs.forEach((c, i) => {
      if (isDone(s) && r.completed_on! <= c) doneBy[i]! += 1;
    });
  }
  const sorted = (m: Map<string | null, number[]>) => [...m].map(([id, g]) => ({ id, counts: g })).sort(byId);
  return {
    total: rows.length,
    situations,
    pillars: sorted(groups.pillar),
    agencies: sorted(groups.agency),
    doneBy,
  };
}

describe('the dashboard counts tasks as the rule says at D', () => {
  for (const at of ['2025-11-20', '2025-08-15'] as IsoDate[]) {
    it(`at ${at}`, () => {
      const want = expected(at);
      const d = getDashboard(store.ctx, { planId, at });
      const counts = (g: {
        id: string | null;
        total: number;
        done: number;
        overdue: number;
        cancelled: number;
      }) => ({
        id: g.id,
        counts: [g.total, g.done, g.overdue, g.cancelled],
      });
      // every situation occurs, so a miscount of one cannot hide behind a zero
      for (const s of TASK_SITUATIONS) expect(want.situations[s], s).toBeGreaterThan(0);
      expect(d.tasks).toEqual({ ...want.situations, total: want.total });
      expect(d.byPillar.map(counts).sort(byId)).toEqual(want.pillars);
      expect(d.byAgency.map(counts).sort(byId)).toEqual(want.agencies);
      expect(d.trend.map((q) => q.done)).toEqual(want.doneBy);
      expect(d.trend.every((q) => q.total === want.total)).toBe(true);
    });
  }
});
