// Schema v9: what keeps the task list and the dashboard linear in the number of tasks.
//
// Stored sort keys. Lists of tasks are ordered by TienDo's text order (shared/text/collate.ts), which SQL
// gets from tiendo_sort_key() (main/db/functions.ts): one call into JavaScript per row and per sort, and
// the key cache (20,000 texts) no longer holds the codes of a 100,000-task plan, so every call computed
// the key again. task_sort_key holds sortKey(code) and sortKey(title) of each task, written with the task
// by the task service (main/services/tasks.ts); the up step fills it for the tasks already there. It is a
// table of its own, not columns of task, because it is derived data: a change to a task changes exactly
// the columns the person changed. The keys are plain ASCII text and the schema names no function of ours,
// so the file stays readable by any SQLite tool. Lists order by COALESCE(stored key,
// tiendo_sort_key(text)): a task without a key (inserted by another tool) is ordered as before, and the
// triggers below (built-in SQL only) clear a key when its text changes, until the service writes the new
// one in the same transaction. A change to sortKey itself needs a migration that recomputes the keys.
//
// One covering index for the aggregates of the dashboard: every live task of a plan by pillar and lead
// agency, with the columns the situation rule reads (state, due date, completion date), so counting by
// situation reads this index alone instead of visiting each task row in the order of another index.
import { sortKey } from '../../../shared/text/collate';
import type { Db } from '../open';

export const sql = `
CREATE TABLE task_sort_key (
  task_id   TEXT PRIMARY KEY,   -- task.id (no foreign key: a cache of derived data never blocks a write)
  code_key  TEXT,               -- sortKey(task.code), NULL until written again
  title_key TEXT                -- sortKey(task.title)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER task_code_key_stale AFTER UPDATE OF code ON task WHEN NEW.code IS NOT OLD.code
BEGIN UPDATE task_sort_key SET code_key = NULL WHERE task_id = NEW.id; END;
CREATE TRIGGER task_title_key_stale AFTER UPDATE OF title ON task WHEN NEW.title IS NOT OLD.title
BEGIN UPDATE task_sort_key SET title_key = NULL WHERE task_id = NEW.id; END;
CREATE TRIGGER task_sort_key_gone AFTER DELETE ON task
BEGIN DELETE FROM task_sort_key WHERE task_id = OLD.id; END;

CREATE INDEX task_plan_groups ON task (plan_id, pillar_id, lead_agency_id, state, due_date, completed_on)
  WHERE archived_at IS NULL;
`;

/** Fills the sort keys of the tasks the file already holds (in JavaScript: the migration may run on a bare connection). */
export function up(db: Db): void {
  const rows = db.prepare('SELECT id, code, title FROM task').all() as {
    id: string;
    code: string;
    title: string;
  }[];
  const insert = db.prepare('INSERT INTO task_sort_key (task_id, code_key, title_key) VALUES (?, ?, ?)');
  for (const r of rows) insert.run(r.id, sortKey(r.code), sortKey(r.title));
}
