import { sql, type SqlFragment } from '../db/sql';

/**
 * The task situation rule of shared/rules/taskSituation.ts as one SQL expression of the sql tag
 * (main/db/sql.ts), so that the task list can filter, count and sort by situation inside SQLite. `at` is
 * the reference date and `soon` is `at` + the due-soon days (situationParams in tasks.ts), both bound.
 * test/unit/services/tasks.test.ts checks it against the pure rule on every combination of state and
 * boundary dates: change both together.
 */
export const situationSql = (p: { at: string; soon: string }): SqlFragment => sql`CASE
  WHEN t.state = 'tam_dung' THEN 'tam_dung'
  WHEN t.state = 'huy_bo' THEN 'huy_bo'
  WHEN t.state = 'hoan_thanh' AND t.completed_on <= ${p.at} THEN
    CASE WHEN t.due_date IS NULL OR t.completed_on <= t.due_date THEN 'hoan_thanh_dung_han' ELSE 'hoan_thanh_qua_han' END
  WHEN t.due_date IS NULL THEN 'khong_thoi_han'
  WHEN t.due_date < ${p.at} THEN 'qua_han'
  WHEN t.due_date <= ${p.soon} THEN 'sap_den_han'
  ELSE 'trong_han'
END`;
