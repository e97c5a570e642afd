import type { Dashboard, GroupStat, TaskRow } from '../../shared/api/types';
import { yearOf } from '../../shared/dates';
import { assessmentSentence, summariseAssessments } from '../../shared/rules/indicatorAssessment';
import { parsePeriod, quarterKeys } from '../../shared/rules/periods';
import { knownAtLine } from '../../shared/rules/valueBasis';
import {
  completionRate,
  isDone,
  TASK_SITUATIONS,
  type TaskSituation,
} from '../../shared/rules/taskSituation';
import { compareText } from '../../shared/text/collate';
import type { ServiceContext } from './context';
import { indicatorAssessments } from './indicators';
import { defaultPlan } from './plans';
import { situationSql } from './taskSituationSql';
import { listTaskRows, situationParams } from './tasks';
import { wholeTaskList } from './taskListFilter';
import { all, sql, sqlEmpty, sqlJoin } from '../db/sql';

/** Counts of one group of tasks (a pillar, a lead agency), before it is named. */
interface Tally {
  total: number;
  done: number;
  overdue: number;
  cancelled: number;
}

const tally = (): Tally => ({ total: 0, done: 0, overdue: 0, cancelled: 0 });

function add(t: Tally, s: TaskSituation, n: number): void {
  t.total += n;
  if (isDone(s)) t.done += n;
  else if (s === 'qua_han') t.overdue += n;
  else if (s === 'huy_bo') t.cancelled += n;
}

const stat = (id: string | null, name: string, t: Tally): GroupStat => ({
  id,
  name,
  ...t,
  rate: completionRate(t),
});

/** SQL NULL first, then TienDo's order: how ORDER BY tiendo_sort_key(name) put groups in order. */
const byName = (a: string | null, b: string | null) => compareText(a, b);

/** A group of tasks with one pillar and one lead agency, and the situation of each at D. */
interface TaskGroup {
  pillar: string | null;
  agency: string | null;
  /** One letter per task, its situation (LETTERS); a done task's followed by its trend bucket (see below). */
  tasks: string;
}

/**
 * One letter per situation, a, b, … in TASK_SITUATIONS' order: each group's tasks come as a short string
 * counted character by character (a word per task split apart took a fifth more of the pass's time).
 */
const LETTER_A = 97; // 'a'
const DIGIT_0 = 48; // '0', the trend buckets' digits come after it
const LETTERS = Object.fromEntries(
  TASK_SITUATIONS.map((s, i) => [s, String.fromCharCode(LETTER_A + i)]),
) as Record<TaskSituation, string>;

/**
 * Every number about the tasks of the dashboard in one pass over the covering index task_plan_groups
 * (migration 9), in the index's own order, so that SQLite groups by pillar and lead agency without
 * sorting: each group lists its tasks' situations at D, which are counted here (grouping by the
 * situation as well would sort every task). A task done by D carries, after its letter, how many of
 * the trend's four cut-offs fall before its completion date (a digit): it counts as done from the
 * quarter whose cut-off is the first on or after that date.
 */
function taskGroups(
  ctx: ServiceContext,
  planId: string | null,
  situation: { at: string; soon: string },
  cutOffs: readonly string[],
): TaskGroup[] {
  const plan = planId === null ? sqlEmpty : sql`AND t.plan_id = ${planId}`;
  const before = sqlJoin(
    cutOffs.map((c) => sql`(t.completed_on > ${c})`),
    sql` + `,
  );
  const bucket = sql`CASE WHEN t.state = 'hoan_thanh' AND t.completed_on <= ${situation.at} THEN
      ${before} END`;
  return all<TaskGroup>(
    ctx,
    sql`SELECT t.pillar_id AS pillar, t.lead_agency_id AS agency,
         group_concat((${situationSql(situation, LETTERS)}) || COALESCE(${bucket}, ''), '') AS tasks
       FROM task t WHERE t.archived_at IS NULL ${plan} GROUP BY t.pillar_id, t.lead_agency_id`,
  );
}

/** Situations (and trend buckets) of a group, counted. */
function countGroup(tasks: string): { situations: Map<TaskSituation, number>; doneBy: number[] } {
  const counts = TASK_SITUATIONS.map(() => 0);
  const doneBy = [0, 0, 0, 0];
  for (let i = 0; i < tasks.length; i++) {
    const c = tasks.charCodeAt(i);
    // A digit is the bucket of the done task before it: done by the q-th cut-off when fewer than q + 1
    // cut-offs lie before its completion date.
    if (c >= DIGIT_0 && c <= DIGIT_0 + 4) for (let q = c - DIGIT_0; q < 4; q++) doneBy[q]! += 1;
    else counts[c - LETTER_A]! += 1;
  }
  const situations = new Map<TaskSituation, number>();
  counts.forEach((n, i) => {
    if (n > 0) situations.set(TASK_SITUATIONS[i]!, n);
  });
  return { situations, doneBy };
}

/** The pillars' groups in the pillars' order, then by name; tasks without a pillar first, as before. */
function pillarStats(ctx: ServiceContext, tallies: Map<string | null, Tally>): GroupStat[] {
  const pillars = new Map(
    all<{
      id: string;
      name: string;
      sort_order: number;
    }>(ctx, sql`SELECT id, name, sort_order FROM pillar`).map((p) => [p.id, p]),
  );
  return [...tallies.entries()]
    .map(([id, t]) => ({ id, t, pillar: id === null ? undefined : pillars.get(id) }))
    .sort(
      (a, b) =>
        (a.pillar?.sort_order ?? -Infinity) - (b.pillar?.sort_order ?? -Infinity) ||
        byName(a.pillar?.name ?? null, b.pillar?.name ?? null),
    )
    .map(({ id, t, pillar }) => stat(id, pillar?.name ?? 'Chưa phân loại', t));
}

/** The lead agencies' groups, most tasks first, then by name; tasks without a lead agency among them by their count. */
function agencyStats(ctx: ServiceContext, tallies: Map<string | null, Tally>): GroupStat[] {
  const ids = [...tallies.keys()].filter((id): id is string => id !== null);
  const names = new Map(
    all<{ id: string; name: string }>(
      ctx,
      sql`SELECT id, COALESCE(short_name, name) AS name FROM agency WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    ).map((a) => [a.id, a.name]),
  );
  return [...tallies.entries()]
    .map(([id, t]) => ({ id, t, name: id === null ? null : (names.get(id) ?? null) }))
    .sort((a, b) => b.t.total - a.t.total || byName(a.name, b.name))
    .map(({ id, t, name }) => stat(id, name ?? 'Chưa giao cơ quan', t));
}

/**
 * The dashboard aggregates for a plan (default: the one pages open on, see defaultPlan) at a reference date D (default
 * today): tasks in their situation at D, indicators assessed at D on the values known at the end of D
 * (main/services/indicatorValues.ts), which `indicatorBasis` says in one line.
 */
export function getDashboard(
  ctx: ServiceContext,
  input: { planId: string | null; at: string | null },
): Dashboard {
  const planId = input.planId ?? defaultPlan(ctx)?.id ?? null;
  const situation = situationParams(ctx, input.at);
  const at = situation.at;
  // The trend's cut-offs: each quarter of the year of D begun by D, up to its end or D.
  const quarters = quarterKeys(yearOf(at))
    .map((k) => parsePeriod(k)!)
    .filter((p) => p.from <= at)
    .map((p) => ({ period: p.key, label: p.label, to: p.to < at ? p.to : at }));
  const cutOffs = [0, 1, 2, 3].map((i) => quarters[i]?.to ?? '9999-12-31');

  const counts = Object.fromEntries(TASK_SITUATIONS.map((s) => [s, 0])) as Record<TaskSituation, number>;
  const doneBy = [0, 0, 0, 0];
  const byPillar = new Map<string | null, Tally>();
  const byAgency = new Map<string | null, Tally>();
  let total = 0;
  for (const g of taskGroups(ctx, planId, situation, cutOffs)) {
    const c = countGroup(g.tasks);
    c.doneBy.forEach((n, i) => (doneBy[i]! += n));
    for (const [groups, key] of [
      [byPillar, g.pillar],
      [byAgency, g.agency],
    ] as const) {
      if (!groups.has(key)) groups.set(key, tally());
    }
    for (const [s, n] of c.situations) {
      counts[s] += n;
      total += n;
      add(byPillar.get(g.pillar)!, s, n);
      add(byAgency.get(g.agency)!, s, n);
    }
  }
  const done = counts.hoan_thanh_dung_han + counts.hoan_thanh_qua_han;
  const list = (s: TaskSituation): TaskRow[] =>
    listTaskRows(ctx, { ...wholeTaskList(planId, at), situations: [s], sort: 'dueDate', limit: 50 });
  // What the indicator list would say of each indicator at D, counted (not the list's rows).
  const indicatorCounts = summariseAssessments(
    indicatorAssessments(ctx, { planId, pillarId: null, leadAgencyId: null, q: '', at }),
  );
  const trend = quarters.map((q, i) => ({
    ...q,
    done: doneBy[i]!,
    total,
    rate: completionRate({ total, done: doneBy[i]!, cancelled: counts.huy_bo }),
  }));
  return {
    planId,
    at,
    tasks: { ...counts, total },
    completionRate: completionRate({ total, done, cancelled: counts.huy_bo }),
    done,
    byPillar: pillarStats(ctx, byPillar),
    byAgency: agencyStats(ctx, byAgency),
    overdue: list('qua_han'),
    dueSoon: list('sap_den_han'),
    indicators: indicatorCounts,
    indicatorSentence: assessmentSentence(indicatorCounts),
    indicatorBasis: knownAtLine(at),
    trend,
  };
}
