// Schema v4: every record consistent and every code unique (issue 8).
//
// SQL: the table of data problems an upgrade finds, the list of unique indexes still waiting for old
// duplicates to be fixed, and triggers for the task rules that do not depend on today (see
// shared/rules/taskConsistency.ts; each fires only on the columns its rule reads, like the service).
//
// up: old files may already break the new rules, and must still open. It records every duplicate code,
// duplicate meeting number and inconsistent task in data_problem (the app offers a fix for each), creates
// the unique indexes that no row breaks, and lists the others in pending_index; they are created at a
// later open, or by the data check, once their duplicates are gone (main/db/uniqueRules.ts).
import { DB_RULE_PREFIX } from '../../../shared/rules/taskConsistency';
import { findInconsistentTasks } from '../inconsistentTasks';
import type { Db } from '../open';
import { clashGroups, createIndexIfClean, UNIQUE_RULES } from '../uniqueRules';

const abort = (code: string, when: string) =>
  `SELECT RAISE(ABORT, '${DB_RULE_PREFIX}${code}') WHERE ${when};`;

const COMPLETION = [
  abort('completion_when_not_done', "NEW.completed_on IS NOT NULL AND NEW.state <> 'hoan_thanh'"),
  abort('done_without_completion', "NEW.state = 'hoan_thanh' AND NEW.completed_on IS NULL"),
].join('\n  ');
const PROGRESS = [
  abort('done_below_100', "NEW.state = 'hoan_thanh' AND NEW.progress <> 100"),
  abort('not_started_with_progress', "NEW.state = 'chua_thuc_hien' AND NEW.progress <> 0"),
  abort('open_at_100', "NEW.state IN ('dang_thuc_hien', 'tam_dung', 'huy_bo') AND NEW.progress >= 100"),
].join('\n  ');
const DATES = abort(
  'start_after_due',
  'NEW.start_date IS NOT NULL AND NEW.due_date IS NOT NULL AND NEW.due_date < NEW.start_date',
);

export const sql = `
-- What the upgrade to v4 found: records that break a rule added here. The data check (dataProblems.list)
-- re-checks them live and proposes a fix; this table keeps when each was first found.
CREATE TABLE data_problem (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('duplicate_code', 'duplicate_meeting_number', 'inconsistent_task')),
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail    TEXT NOT NULL,             -- the rule codes, or the id of the record it clashes with
  found_at  TEXT NOT NULL,
  UNIQUE (kind, entity, entity_id)
) STRICT;

-- Unique indexes of main/db/uniqueRules.ts that old duplicates keep from being created yet.
CREATE TABLE pending_index (
  name        TEXT PRIMARY KEY,
  recorded_at TEXT NOT NULL
) STRICT;

-- Task rules that do not depend on today: no write path can store a task that breaks them.
CREATE TRIGGER task_rules_insert BEFORE INSERT ON task
BEGIN
  ${COMPLETION}
  ${PROGRESS}
  ${DATES}
END;
CREATE TRIGGER task_rules_completion BEFORE UPDATE OF state, completed_on ON task
BEGIN
  ${COMPLETION}
END;
CREATE TRIGGER task_rules_progress BEFORE UPDATE OF state, progress ON task
BEGIN
  ${PROGRESS}
END;
CREATE TRIGGER task_rules_dates BEFORE UPDATE OF start_date, due_date ON task
BEGIN
  ${DATES}
END;
`;

function recordDuplicates(db: Db, at: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO data_problem (kind, entity, entity_id, detail, found_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const pending = db.prepare('INSERT OR IGNORE INTO pending_index (name, recorded_at) VALUES (?, ?)');
  for (const rule of UNIQUE_RULES) {
    const kind = rule.entity === 'meeting' ? 'duplicate_meeting_number' : 'duplicate_code';
    const groups = clashGroups(db, rule);
    for (const [first, ...later] of groups) {
      for (const m of later) insert.run(kind, rule.entity, m.id, first!.id, at);
    }
    if (!createIndexIfClean(db, rule)) pending.run(rule.name, at);
  }
}

function recordInconsistentTasks(db: Db, at: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO data_problem (kind, entity, entity_id, detail, found_at) VALUES ('inconsistent_task', 'task', ?, ?, ?)`,
  );
  for (const t of findInconsistentTasks(db, null)) insert.run(t.id, t.codes.join(','), at);
}

export function up(db: Db): void {
  const at = new Date().toISOString();
  recordDuplicates(db, at);
  recordInconsistentTasks(db, at);
}
