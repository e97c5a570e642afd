import { TASK_SITUATIONS, type TaskSituation } from '../../shared/rules/taskSituation';
import { sql, type SqlFragment } from '../db/sql';

/** What the expression answers for each situation: by default the situation's own name. */
export type SituationNames = Readonly<Record<TaskSituation, string>>;

const OWN_NAMES = Object.fromEntries(TASK_SITUATIONS.map((s) => [s, s])) as SituationNames;

/**
 * The task situation rule of shared/rules/taskSituation.ts as one SQL expression of the sql tag
 * (main/db/sql.ts), so that the task list can filter, count and sort by situation inside SQLite. `at` is
 * the reference date and `soon` is `at` + the due-soon days (situationParams in tasks.ts), both bound.
 * `names` are what it answers (the dashboard counts one letter per task). test/unit/services/tasks.test.ts
 * checks it against the pure rule on every combination of state and boundary dates: change both together.
 */
export const situationSql = (
  p: { at: string; soon: string },
  names: SituationNames = OWN_NAMES,
): SqlFragment => sql`CASE
  WHEN t.state = 'tam_dung' THEN ${names.tam_dung}
  WHEN t.state = 'huy_bo' THEN ${names.huy_bo}
  WHEN t.state = 'hoan_thanh' AND t.completed_on <= ${p.at} THEN
    CASE WHEN t.due_date IS NULL OR t.completed_on <= t.due_date THEN ${names.hoan_thanh_dung_han} ELSE ${names.hoan_thanh_qua_han} END
  WHEN t.due_date IS NULL THEN ${names.khong_thoi_han}
  WHEN t.due_date < ${p.at} THEN ${names.qua_han}
  WHEN t.due_date <= ${p.soon} THEN ${names.sap_den_han}
  ELSE ${names.trong_han}
END`;
