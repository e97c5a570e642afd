import type { Dashboard, GroupStat, TaskRow } from '../../shared/api/types';
import { yearOf } from '../../shared/dates';
import { assessmentSentence, summariseAssessments } from '../../shared/rules/indicatorAssessment';
import { parsePeriod, quarterKeys } from '../../shared/rules/periods';
import { knownAtLine } from '../../shared/rules/valueBasis';
import { completionRate, TASK_SITUATIONS, type TaskSituation } from '../../shared/rules/taskSituation';
import type { ServiceContext } from './context';
import { listIndicators } from './indicators';
import { defaultPlan } from './plans';
import { SITUATION_SQL } from './taskSituationSql';
import { listTasks, situationParams } from './tasks';
import { bySortKey } from '../db/functions';

const DONE = "('hoan_thanh_dung_han', 'hoan_thanh_qua_han')";

function groupStats(
  ctx: ServiceContext,
  key: 'pillar' | 'agency',
  params: Record<string, unknown>,
): GroupStat[] {
  const join =
    key === 'pillar'
      ? {
          id: 't.pillar_id',
          name: 'g.name',
          from: 'LEFT JOIN pillar g ON g.id = t.pillar_id',
          order: `MIN(g.sort_order), ${bySortKey('g.name')}`,
        }
      : {
          id: 't.lead_agency_id',
          name: 'COALESCE(g.short_name, g.name)',
          from: 'LEFT JOIN agency g ON g.id = t.lead_agency_id',
          order: `total DESC, ${bySortKey('name')}`,
        };
  const rows = ctx
    .prepare(
      `SELECT ${join.id} AS id, ${join.name} AS name, COUNT(*) AS total,
         SUM(CASE WHEN s IN ${DONE} THEN 1 ELSE 0 END) AS done,
         SUM(CASE WHEN s = 'qua_han' THEN 1 ELSE 0 END) AS overdue,
         SUM(CASE WHEN s = 'huy_bo' THEN 1 ELSE 0 END) AS cancelled
       FROM (SELECT t.*, ${SITUATION_SQL} AS s FROM task t WHERE t.archived_at IS NULL AND (@planId IS NULL OR t.plan_id = @planId)) t
       ${join.from} GROUP BY ${join.id} ORDER BY ${join.order}`,
    )
    .all(params) as {
    id: string | null;
    name: string | null;
    total: number;
    done: number;
    overdue: number;
    cancelled: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? (key === 'pillar' ? 'Chưa phân loại' : 'Chưa giao cơ quan'),
    total: r.total,
    done: r.done,
    overdue: r.overdue,
    cancelled: r.cancelled,
    rate: completionRate({ total: r.total, done: r.done, cancelled: r.cancelled }),
  }));
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
  const params = { ...situationParams(ctx, input.at), planId };
  const at = params.at;
  const counts = Object.fromEntries(TASK_SITUATIONS.map((s) => [s, 0])) as Record<TaskSituation, number>;
  const rows = ctx
    .prepare(
      `SELECT ${SITUATION_SQL} AS s, COUNT(*) AS n FROM task t
       WHERE t.archived_at IS NULL AND (@planId IS NULL OR t.plan_id = @planId) GROUP BY s`,
    )
    .all(params) as { s: TaskSituation; n: number }[];
  let total = 0;
  for (const r of rows) {
    counts[r.s] = r.n;
    total += r.n;
  }
  const done = counts.hoan_thanh_dung_han + counts.hoan_thanh_qua_han;
  const list = (situation: TaskSituation, sort: 'dueDate'): TaskRow[] =>
    listTasks(ctx, {
      planId,
      pillarId: null,
      leadAgencyId: null,
      situations: [situation],
      dueFrom: null,
      dueTo: null,
      q: '',
      at,
      sort,
      dir: 'asc',
      offset: 0,
      limit: 50,
    }).rows;
  const indicators = listIndicators(ctx, { planId, pillarId: null, leadAgencyId: null, q: '', at });
  const indicatorCounts = summariseAssessments(indicators.map((i) => i.assessment));
  const trend = quarterKeys(yearOf(at))
    .map((k) => parsePeriod(k)!)
    .filter((p) => p.from <= at)
    .map((p) => {
      const to = p.to < at ? p.to : at;
      const r = ctx
        .prepare(
          `SELECT COUNT(*) AS total,
             SUM(CASE WHEN t.state = 'hoan_thanh' AND t.completed_on <= @to THEN 1 ELSE 0 END) AS done,
             SUM(CASE WHEN t.state = 'huy_bo' THEN 1 ELSE 0 END) AS cancelled
           FROM task t WHERE t.archived_at IS NULL AND (@planId IS NULL OR t.plan_id = @planId)`,
        )
        .get({ planId, to }) as { total: number; done: number | null; cancelled: number | null };
      return {
        period: p.key,
        label: p.label,
        to,
        done: r.done ?? 0,
        total: r.total,
        rate: completionRate({ total: r.total, done: r.done ?? 0, cancelled: r.cancelled ?? 0 }),
      };
    });
  return {
    planId,
    at,
    tasks: { ...counts, total },
    completionRate: completionRate({ total, done, cancelled: counts.huy_bo }),
    done,
    byPillar: groupStats(ctx, 'pillar', params),
    byAgency: groupStats(ctx, 'agency', params),
    overdue: list('qua_han', 'dueDate'),
    dueSoon: list('sap_den_han', 'dueDate'),
    indicators: indicatorCounts,
    indicatorSentence: assessmentSentence(indicatorCounts),
    indicatorBasis: knownAtLine(at),
    trend,
  };
}
