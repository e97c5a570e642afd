// The schema of a database as comparable text: every sqlite_master row (type, name, tbl_name, sql)
// sorted, with each statement's whitespace collapsed, so a snapshot changes only when the schema does.
import type Database from 'better-sqlite3';

interface MasterRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** One line per schema object: `type name ON tbl_name: sql`, sorted by type then name. */
export function schemaLines(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all() as MasterRow[];
  return rows.map((r) => `${r.type} ${r.name} ON ${r.tbl_name}: ${normaliseSql(r.sql)}`);
}

/** The statement without comments and with runs of whitespace as one space (SQLite keeps both as typed). */
export function normaliseSql(sql: string | null): string {
  if (sql === null) return '(none)';
  return sql
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\(\s/g, '(')
    .replace(/\s\)/g, ')')
    .trim();
}

/** The objects `after` has and `before` had not (by type and name). */
export function addedObjects(before: string[], after: string[]): string[] {
  const key = (line: string) => line.slice(0, line.indexOf(' ON '));
  const had = new Set(before.map(key));
  return after.map(key).filter((k) => !had.has(k));
}
