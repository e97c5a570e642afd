// One query shape for every task list of the briefing: the task with its situation at D (@at, @soon),
// limited to live tasks of live plans (an archived plan is no longer followed by the committee).
import type { BriefingTask } from '../../../shared/api/types';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import type { ServiceContext } from '../context';
import { SITUATION_SQL } from '../taskSituationSql';

export const LIVE_TASKS = `task t JOIN plan pl ON pl.id = t.plan_id AND pl.archived_at IS NULL
  LEFT JOIN agency a ON a.id = t.lead_agency_id`;
export const LIVE_WHERE = 't.archived_at IS NULL';

interface Row {
  id: string;
  plan_id: string;
  code: string;
  title: string;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  due_date: string | null;
  completed_on: string | null;
  state: string;
  progress: number;
  situation: TaskSituation;
}

/** Progress as known at D: see BriefingTask.progress. */
export function progressAt(
  state: string,
  completedOn: string | null,
  progress: number,
  situation: TaskSituation,
): number | null {
  if (situation === 'hoan_thanh_dung_han' || situation === 'hoan_thanh_qua_han') return 100;
  if (state === 'hoan_thanh' && completedOn !== null) return null;
  return progress;
}

export function toBriefingTask(r: Row): BriefingTask {
  return {
    id: r.id,
    planId: r.plan_id,
    code: r.code,
    title: r.title,
    leadAgencyId: r.lead_agency_id,
    leadAgencyName: r.lead_agency_name,
    dueDate: r.due_date,
    completedOn: r.completed_on,
    situation: r.situation,
    progress: progressAt(r.state, r.completed_on, r.progress, r.situation),
  };
}

/** Live tasks matching `where` (SQL over alias t and column `situation`), ordered by `order`. */
export function selectTasks(
  ctx: ServiceContext,
  where: string,
  order: string,
  params: Record<string, unknown>,
): BriefingTask[] {
  const rows = ctx
    .prepare(
      `SELECT * FROM (
         SELECT t.id, t.plan_id, t.code, t.title, t.lead_agency_id, COALESCE(a.short_name, a.name) AS lead_agency_name,
           t.due_date, t.completed_on, t.state, t.progress, ${SITUATION_SQL} AS situation
         FROM ${LIVE_TASKS} WHERE ${LIVE_WHERE}
       ) t WHERE ${where} ORDER BY ${order}`,
    )
    .all(params) as Row[];
  return rows.map(toBriefingTask);
}
