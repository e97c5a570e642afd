import type Database from 'better-sqlite3';

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeyProblems: { table: string; rowid: number | null; parent: string }[];
  problems: string[];
}

/** PRAGMA integrity_check plus foreign_key_check, as one report a person can read. */
export function checkDatabase(db: Database.Database): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  const problems: string[] = [];
  if (!(integrity.length === 1 && integrity[0] === 'ok'))
    problems.push(...integrity.map((m) => `integrity: ${m}`));
  for (const row of fk)
    problems.push(
      `khóa ngoại: bảng ${row.table} dòng ${row.rowid ?? '?'} trỏ tới ${row.parent} không tồn tại`,
    );
  return { ok: problems.length === 0, integrity, foreignKeyProblems: fk, problems };
}

/**
 * PRAGMA quick_check: the structure of every b-tree page (no index-to-table cross-check, which is what
 * makes integrity_check several times slower). Empty when the file is sound. Run at every open.
 */
export function quickCheck(db: Database.Database): string[] {
  try {
    const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
  } catch (error) {
    // A page so broken that SQLite cannot even walk the tree reports as an error, not as rows.
    return [error instanceof Error ? error.message : String(error)];
  }
}
