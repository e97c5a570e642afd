// Live tasks that break the consistency rules of shared/rules/taskConsistency.ts: rows written before
// migration 004 added the rules (the triggers stop any new one), and tasks whose completion date has not
// come yet ("never after today" depends on the day, so no trigger can hold it).
import type { TaskState } from '../../shared/domain';
import {
  taskProblemCodes,
  type TaskConsistencyInput,
  type TaskProblemCode,
} from '../../shared/rules/taskConsistency';
import type { Db } from './open';
import { all, sql } from './sql';

export interface InconsistentTask {
  id: string;
  task: TaskConsistencyInput;
  codes: TaskProblemCode[];
}

interface Row {
  id: string;
  state: TaskState;
  progress: number;
  completed_on: string | null;
  start_date: string | null;
  due_date: string | null;
  lead_agency_id: string | null;
  lead_supports: number;
}

/**
 * The SQL only narrows the scan to rows that may break a rule (so a large, clean file costs one pass
 * over the task table); the shared rule decides. `today` null leaves out the rule about today.
 */
export function findInconsistentTasks(db: Db, today: string | null): InconsistentTask[] {
  const rows = all<Row>(
    db,
    sql`SELECT t.id, t.state, t.progress, t.completed_on, t.start_date, t.due_date, t.lead_agency_id,
         EXISTS (SELECT 1 FROM task_supporting_agency s WHERE s.task_id = t.id AND s.agency_id = t.lead_agency_id) AS lead_supports
       FROM task t
       WHERE t.archived_at IS NULL AND (
         (t.completed_on IS NOT NULL AND (t.state <> 'hoan_thanh' OR t.completed_on > ${today ?? '9999-12-31'}))
         OR (t.state = 'hoan_thanh' AND (t.completed_on IS NULL OR t.progress <> 100))
         OR (t.state = 'chua_thuc_hien' AND t.progress <> 0)
         OR (t.state <> 'hoan_thanh' AND t.progress >= 100)
         OR (t.start_date IS NOT NULL AND t.due_date IS NOT NULL AND t.due_date < t.start_date)
         OR EXISTS (SELECT 1 FROM task_supporting_agency s WHERE s.task_id = t.id AND s.agency_id = t.lead_agency_id)
       )
       ORDER BY t.plan_id, t.code, t.id`,
  );
  const out: InconsistentTask[] = [];
  for (const r of rows) {
    const task: TaskConsistencyInput = {
      state: r.state,
      progress: r.progress,
      completedOn: r.completed_on,
      startDate: r.start_date,
      dueDate: r.due_date,
      leadAgencyId: r.lead_agency_id,
      supportingAgencyIds: r.lead_supports && r.lead_agency_id ? [r.lead_agency_id] : [],
    };
    const codes = taskProblemCodes(task, today);
    if (codes.length > 0) out.push({ id: r.id, task, codes });
  }
  return out;
}
