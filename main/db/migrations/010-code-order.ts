// Schema v10: the first page of a plan's tasks in code order without reading every task.
//
// The task list's default order is the stored code key (migration 9: task_sort_key.code_key, with
// tiendo_sort_key(code) for a task whose key is missing). That key lives in its own table, so no index of
// task gave the order: the first 200 rows of a 100,000-task plan read all 100,000 task rows to sort them
// (28x slower than at 10,000 in `npm run bench`). An index on (code_key, task_id) gives the order itself,
// so the page walks the index and stops after its rows (main/services/taskCodeOrder.ts).
//
// That walk is right only when no live task lacks its key, which the service knows cheaply only if every
// task has a row here: a NULL key is found through the same index in one step, a missing row would need a
// scan. So a task inserted by another tool gets a row with NULL keys (the trigger, built-in SQL only), as
// a task whose text another tool changed already does (migration 9's triggers); the service writes a new
// task's keys before its row, so the trigger finds them there and adds nothing. The up step gives the
// tasks that have no row (inserted by another tool since migration 9) their keys.
import { sortKey } from '../../../shared/text/collate';
import type { Db } from '../open';

export const sql = `
CREATE INDEX task_sort_key_code ON task_sort_key (code_key, task_id);

CREATE TRIGGER task_sort_key_row AFTER INSERT ON task
BEGIN INSERT OR IGNORE INTO task_sort_key (task_id, code_key, title_key) VALUES (NEW.id, NULL, NULL); END;
`;

/** Keys for the tasks without a row (in JavaScript: the migration may run on a bare connection). */
export function up(db: Db): void {
  const rows = db
    .prepare(
      `SELECT t.id, t.code, t.title FROM task t
       WHERE NOT EXISTS (SELECT 1 FROM task_sort_key k WHERE k.task_id = t.id)`,
    )
    .all() as { id: string; code: string; title: string }[];
  const insert = db.prepare('INSERT INTO task_sort_key (task_id, code_key, title_key) VALUES (?, ?, ?)');
  for (const r of rows) insert.run(r.id, sortKey(r.code), sortKey(r.title));
}
