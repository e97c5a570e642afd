import { sql, type SqlFragment } from '../db/sql';

/**
 * The task situation rule of shared/rules/taskSituation.ts as one SQL expression, so that the task
 * list can filter, count and sort by situation inside SQLite. It takes two bound parameters, @at (the
 * reference date) and @soon (@at + the due-soon days). A test checks it against the pure rule on every
 * combination of state and boundary dates: change both together.
 */
export const SITUATION_SQL = `CASE
  WHEN t.state = 'tam_dung' THEN 'tam_dung'
  WHEN t.state = 'huy_bo' THEN 'huy_bo'
  WHEN t.state = 'hoan_thanh' AND t.completed_on <= @at THEN
    CASE WHEN t.due_date IS NULL OR t.completed_on <= t.due_date THEN 'hoan_thanh_dung_han' ELSE 'hoan_thanh_qua_han' END
  WHEN t.due_date IS NULL THEN 'khong_thoi_han'
  WHEN t.due_date < @at THEN 'qua_han'
  WHEN t.due_date <= @soon THEN 'sap_den_han'
  ELSE 'trong_han'
END`;

/**
 * SITUATION_SQL as a fragment of the sql tag (main/db/sql.ts), with the reference dates bound: the same
 * CASE, kept beside it so the two change together (test/unit/services/taskSituationSql.test.ts).
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
