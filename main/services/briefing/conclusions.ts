// The state at D of every conclusion of the meetings held before this one: what the committee asked
// for, and whether it became a task and how that task stands.
import type { BriefingConclusion } from '../../../shared/api/types';
import type { TaskSituation } from '../../../shared/rules/taskSituation';
import type { ServiceContext } from '../context';
import { SITUATION_SQL } from '../taskSituationSql';
import { progressAt } from './taskRows';

interface Row {
  id: string;
  meeting_id: string;
  meeting_number: number;
  meeting_date: string;
  seq: number;
  text: string;
  agency_name: string | null;
  due_date: string | null;
  task_id: string | null;
  task_code: string | null;
  task_plan_id: string | null;
  task_state: string | null;
  task_completed_on: string | null;
  task_progress: number | null;
  situation: TaskSituation | null;
}

export function earlierConclusions(
  ctx: ServiceContext,
  p: { at: string; soon: string; meetingId: string },
): BriefingConclusion[] {
  const rows = ctx
    .prepare(
      `SELECT c.id, c.meeting_id, m.number AS meeting_number, m.held_on AS meeting_date, c.seq, c.text,
         COALESCE(a.short_name, a.name) AS agency_name, c.due_date,
         t.id AS task_id, t.code AS task_code, t.plan_id AS task_plan_id, t.state AS task_state,
         t.completed_on AS task_completed_on, t.progress AS task_progress,
         CASE WHEN t.id IS NULL THEN NULL ELSE ${SITUATION_SQL} END AS situation
       FROM conclusion c JOIN meeting m ON m.id = c.meeting_id
       LEFT JOIN agency a ON a.id = c.agency_id
       LEFT JOIN task t ON t.conclusion_id = c.id AND t.archived_at IS NULL
       WHERE c.archived_at IS NULL AND m.archived_at IS NULL AND m.id <> @meetingId AND m.held_on < @at
       ORDER BY m.held_on, m.number, c.seq`,
    )
    .all(p) as Row[];
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    meetingNumber: r.meeting_number,
    meetingDate: r.meeting_date,
    seq: r.seq,
    text: r.text,
    agencyName: r.agency_name,
    dueDate: r.due_date,
    task:
      r.task_id && r.task_code && r.task_plan_id && r.situation && r.task_state
        ? {
            id: r.task_id,
            code: r.task_code,
            planId: r.task_plan_id,
            situation: r.situation,
            progress: progressAt(r.task_state, r.task_completed_on, r.task_progress ?? 0, r.situation),
          }
        : null,
  }));
}
