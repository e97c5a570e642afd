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
