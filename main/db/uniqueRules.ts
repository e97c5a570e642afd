// The uniqueness rules the database enforces with partial unique indexes (archived records never block a
// code). An old file may already break one; then migration 004 cannot create that index yet, and records
// its name in pending_index instead. Every open (openDatabase) and every data check (dataProblems.list)
// calls createPendingIndexes, which creates each pending index whose duplicates are gone: the person
// fixes the duplicates through the normal update methods, and the constraint follows by itself.
//
// Codes compare ignoring ASCII case (COLLATE NOCASE): "attt.01" and "ATTT.01" in one plan would read as
// the same task in any report. Meeting numbers restart each year, so they are unique per calendar year of
// the meeting date ("phiên họp thứ 4 năm 2025").
import type { Db } from './open';
import { all, run, sql, sqlIdentifier, type SqlFragment } from './sql';

export interface UniqueRule {
  /** The index name; also the key of pending_index. */
  name: string;
  entity: 'agency' | 'pillar' | 'task' | 'indicator' | 'meeting';
  createSql: string;
  /** An older, narrower index this one replaces (dropped once this one exists). */
  replaces?: string;
  /** The rule in words, for the data check ("Mã nhiệm vụ không trùng trong một kế hoạch"). */
  description: string;
  /** Live rows in clash groups: id, the group key, and created_at (the earliest of a group is kept). */
  membersSql: SqlFragment;
}

export const UNIQUE_RULES: readonly UniqueRule[] = [
  {
    name: 'agency_code_nocase',
    entity: 'agency',
    createSql:
      'CREATE UNIQUE INDEX IF NOT EXISTS agency_code_nocase ON agency (code COLLATE NOCASE) WHERE archived_at IS NULL',
    replaces: 'agency_code',
    description: 'Mã cơ quan không trùng nhau',
    membersSql: sql`SELECT a.id, lower(a.code) AS k, a.created_at FROM agency a
      WHERE a.archived_at IS NULL AND EXISTS (SELECT 1 FROM agency o
        WHERE o.archived_at IS NULL AND o.code = a.code COLLATE NOCASE AND o.id <> a.id)`,
  },
  {
    name: 'pillar_code_nocase',
    entity: 'pillar',
    createSql:
      'CREATE UNIQUE INDEX IF NOT EXISTS pillar_code_nocase ON pillar (code COLLATE NOCASE) WHERE archived_at IS NULL',
    replaces: 'pillar_code',
    description: 'Mã trụ cột không trùng nhau',
    membersSql: sql`SELECT p.id, lower(p.code) AS k, p.created_at FROM pillar p
      WHERE p.archived_at IS NULL AND EXISTS (SELECT 1 FROM pillar o
        WHERE o.archived_at IS NULL AND o.code = p.code COLLATE NOCASE AND o.id <> p.id)`,
  },
  {
    name: 'task_code_unique',
    entity: 'task',
    createSql:
      'CREATE UNIQUE INDEX IF NOT EXISTS task_code_unique ON task (plan_id, code COLLATE NOCASE) WHERE archived_at IS NULL',
    description: 'Mã nhiệm vụ không trùng trong một kế hoạch',
    membersSql: sql`SELECT t.id, t.plan_id || ' ' || lower(t.code) AS k, t.created_at FROM task t
      WHERE t.archived_at IS NULL AND EXISTS (SELECT 1 FROM task o
        WHERE o.archived_at IS NULL AND o.plan_id = t.plan_id AND o.code = t.code COLLATE NOCASE AND o.id <> t.id)`,
  },
  {
    name: 'indicator_code_unique',
    entity: 'indicator',
    createSql: `CREATE UNIQUE INDEX IF NOT EXISTS indicator_code_unique ON indicator (COALESCE(plan_id, ''), code COLLATE NOCASE)
      WHERE archived_at IS NULL`,
    description: 'Mã chỉ tiêu không trùng trong một kế hoạch',
    membersSql: sql`SELECT i.id, COALESCE(i.plan_id, '') || ' ' || lower(i.code) AS k, i.created_at FROM indicator i
      WHERE i.archived_at IS NULL AND EXISTS (SELECT 1 FROM indicator o
        WHERE o.archived_at IS NULL AND COALESCE(o.plan_id, '') = COALESCE(i.plan_id, '')
          AND o.code = i.code COLLATE NOCASE AND o.id <> i.id)`,
  },
  {
    name: 'meeting_number_year',
    entity: 'meeting',
    createSql: `CREATE UNIQUE INDEX IF NOT EXISTS meeting_number_year ON meeting (substr(held_on, 1, 4), number)
      WHERE archived_at IS NULL`,
    description: 'Số phiên họp không trùng trong một năm',
    membersSql: sql`SELECT m.id, substr(m.held_on, 1, 4) || ' ' || m.number AS k, m.created_at FROM meeting m
      WHERE m.archived_at IS NULL AND EXISTS (SELECT 1 FROM meeting o
        WHERE o.archived_at IS NULL AND substr(o.held_on, 1, 4) = substr(m.held_on, 1, 4)
          AND o.number = m.number AND o.id <> m.id)`,
  },
];

export interface ClashMember {
  id: string;
  k: string;
  created_at: string;
}

/** The clash groups of a rule, each ordered oldest first (the first is the one kept as it is). */
export function clashGroups(db: Db, rule: UniqueRule): ClashMember[][] {
  const rows = all<ClashMember>(db, sql`${rule.membersSql} ORDER BY k, created_at, id`);
  const groups = new Map<string, ClashMember[]>();
  for (const r of rows) groups.set(r.k, [...(groups.get(r.k) ?? []), r]);
  return [...groups.values()];
}

function pendingNames(db: Db): string[] {
  return all<{ name: string }>(db, sql`SELECT name FROM pending_index ORDER BY name`).map((r) => r.name);
}

/** The rules whose index is still waiting for duplicates to be fixed. */
export function pendingRules(db: Db): UniqueRule[] {
  const names = new Set(pendingNames(db));
  return UNIQUE_RULES.filter((r) => names.has(r.name));
}

/** Creates the index of a rule (and drops the one it replaces) when no duplicates break it; true if it exists now. */
export function createIndexIfClean(db: Db, rule: UniqueRule): boolean {
  if (clashGroups(db, rule).length > 0) return false;
  db.exec(rule.createSql);
  if (rule.replaces) run(db, sql`DROP INDEX IF EXISTS ${sqlIdentifier(rule.replaces)}`);
  return true;
}

/** Creates every pending index whose duplicates are gone (see the comment at the top). */
export function createPendingIndexes(db: Db): void {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pending_index'")
    .get();
  if (!hasTable) return;
  for (const rule of pendingRules(db)) {
    db.transaction(() => {
      if (createIndexIfClean(db, rule)) db.prepare('DELETE FROM pending_index WHERE name = ?').run(rule.name);
    }).immediate();
  }
}
