// The agency scoreboard at D, per lead agency:
//   dueByD          tasks whose deadline fell on or before D, cancelled ones left out (as in every
//                   completion rate) and open tasks due on D itself left out (due today is not late yet)
//   completedOnTime of those, completed by D and on or before their due date
//   onTimeRate      completedOnTime / dueByD (null when nothing was due)
//   overdue         tasks "quá hạn" at D
// Worst first: lowest rate, then most overdue, then by name; agencies with nothing due and nothing
// overdue are left out (they have nothing to be scored on).
import type { BriefingScore } from '../../../shared/api/types';
import type { ServiceContext } from '../context';
import { SITUATION_SQL } from '../taskSituationSql';
import { NO_AGENCY } from './attention';
import { LIVE_TASKS, LIVE_WHERE } from './taskRows';
import { compareText } from '../../../shared/text/collate';

const DONE = "('hoan_thanh_dung_han', 'hoan_thanh_qua_han')";

export function agencyScoreboard(ctx: ServiceContext, p: { at: string; soon: string }): BriefingScore[] {
  const rows = ctx
    .prepare(
      `SELECT lead_agency_id, lead_agency_name,
         SUM(CASE WHEN due_date < @at OR (due_date = @at AND s IN ${DONE}) THEN 1 ELSE 0 END) AS due_by_d,
         SUM(CASE WHEN s = 'hoan_thanh_dung_han' AND due_date <= @at THEN 1 ELSE 0 END) AS on_time,
         SUM(CASE WHEN s = 'qua_han' THEN 1 ELSE 0 END) AS overdue
       FROM (
         SELECT t.lead_agency_id, COALESCE(a.short_name, a.name) AS lead_agency_name, t.due_date, ${SITUATION_SQL} AS s
         FROM ${LIVE_TASKS} WHERE ${LIVE_WHERE} AND t.state <> 'huy_bo' AND t.due_date IS NOT NULL
       )
       GROUP BY lead_agency_id`,
    )
    .all(p) as {
    lead_agency_id: string | null;
    lead_agency_name: string | null;
    due_by_d: number;
    on_time: number;
    overdue: number;
  }[];
  return rows
    .filter((r) => r.due_by_d > 0 || r.overdue > 0)
    .map((r) => ({
      agencyId: r.lead_agency_id,
      agencyName: r.lead_agency_name ?? NO_AGENCY,
      dueByD: r.due_by_d,
      completedOnTime: r.on_time,
      onTimeRate: r.due_by_d > 0 ? r.on_time / r.due_by_d : null,
      overdue: r.overdue,
    }))
    .sort(
      (a, b) =>
        (a.onTimeRate ?? 2) - (b.onTimeRate ?? 2) ||
        b.overdue - a.overdue ||
        compareText(a.agencyName, b.agencyName),
    );
}
