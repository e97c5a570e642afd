// SQL functions TienDo registers on every connection it opens (openDatabase calls registerFunctions).
//
// tiendo_sort_key(text) -> the sort key of shared/text/collate.ts (NULL stays NULL). better-sqlite3 cannot
// register a custom collation, so lists are ordered with `ORDER BY tiendo_sort_key(column)`: SQLite
// compares the keys with its BINARY collation, which is exactly compareText's order (natural order for
// codes, Vietnamese order for names).
//
// The function exists only inside TienDo's own connections. It must never appear in the schema (an
// index, a view, a trigger, a CHECK or a generated column): any other tool opening the file (the sqlite3
// shell, DB Browser, a backup script) would then fail on it. `directOnly` makes SQLite refuse it there,
// so such a migration fails in our own tests instead of in the field.
import { cachedSortKey } from '../../shared/text/collate';
import type { Db } from './open';
import { sql, sqlIdentifier, type SqlFragment } from './sql';

export const SORT_KEY_FUNCTION = 'tiendo_sort_key';

export function registerFunctions(db: Db): void {
  db.function(SORT_KEY_FUNCTION, { deterministic: true, directOnly: true }, (text: unknown) =>
    text === null || text === undefined ? null : cachedSortKey(String(text)),
  );
}

/**
 * `tiendo_sort_key(<column>)` as a fragment of the sql tag: the ORDER BY term that sorts a text column in
 * TienDo's order. A column name (`'p.code'`) goes through sqlIdentifier; an expression (`COALESCE(…)`)
 * is given as a fragment.
 */
export const sortKeyOf = (column: string | SqlFragment): SqlFragment =>
  sql`tiendo_sort_key(${typeof column === 'string' ? sqlIdentifier(column) : column})`;

/**
 * The ORDER BY term of a text column whose sort key is stored (task_sort_key, migration 9): the stored key,
 * or the key computed here when there is none (a row written by another tool).
 */
export const storedKeyOf = (keyColumn: string, textColumn: string): SqlFragment =>
  sql`COALESCE(${sqlIdentifier(keyColumn)}, ${sortKeyOf(textColumn)})`;
