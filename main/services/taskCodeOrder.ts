// The page of a plan's tasks in ascending code order read from the index on the stored code keys
// (migration 10): the index walk gives the order and stops after the page's rows, so the first 200 rows
// of a 100,000-task plan read about 200 task rows, not 100,000. The order is exactly the task list's
// (COALESCE(code_key, tiendo_sort_key(code)), then id) when no task has a NULL key; every task has a key
// row (migration 10's trigger), and a NULL key, written by another tool's edit, is found through the same
// index in one step, so the caller falls back to the general query then.
import type { ServiceContext } from './context';
import { column, sql, sqlEmpty, value, type SqlFragment } from '../db/sql';

export interface CodeOrderPage {
  planId: string;
  limit: number;
  offset: number;
  /**
   * Only the tasks whose id this subquery returns (the text filter's matches, search.ts matchingIdsSql):
   * SQLite builds the set once and tests each key of the walk against it before reading the task, so the
   * walk reads about (offset + limit) / (share of tasks matching) keys, not every match sorted.
   */
  ids?: SqlFragment;
}

/** The page query (exported for its query-plan test). */
export const codeOrderPageSql = (page: CodeOrderPage): SqlFragment => sql`SELECT t.rowid AS r
  FROM task_sort_key k INDEXED BY task_sort_key_code CROSS JOIN task t ON t.id = k.task_id
  WHERE ${page.ids ? sql`k.task_id IN (${page.ids}) AND ` : sqlEmpty}t.plan_id = ${page.planId} AND t.archived_at IS NULL
  ORDER BY k.code_key ASC, k.task_id ASC LIMIT ${page.limit} OFFSET ${page.offset}`;

/** True when some task's code key is missing (another tool changed or added a task since TienDo wrote it). */
function anyCodeKeyMissing(ctx: ServiceContext): boolean {
  return value(ctx, sql`SELECT 1 FROM task_sort_key WHERE code_key IS NULL LIMIT 1`) !== undefined;
}

/**
 * The rowids of one page of the plan's live tasks in ascending code order, or null when the index cannot
 * give that order (a key is missing). CROSS JOIN keeps the walk on the key index: without statistics the
 * planner would otherwise read the plan's tasks and sort them.
 */
export function codeOrderPage(ctx: ServiceContext, page: CodeOrderPage): number[] | null {
  if (anyCodeKeyMissing(ctx)) return null;
  return column<number>(ctx, codeOrderPageSql(page));
}
