// Which data files this process has open through SQLite. POSIX file locks belong to a process, not to a
// file descriptor: closing *any* descriptor of a file drops every lock the process holds on it, the
// connection's included (SQLite's "how to corrupt" list, 2.2). So a file open here is never read with
// plain file calls (fileCheck reads it through SQLite instead, which shares its descriptors safely).
import path from 'node:path';
import type Database from 'better-sqlite3';

const openCount = new Map<string, number>();

export function isOpenHere(file: string): boolean {
  return (openCount.get(path.resolve(file)) ?? 0) > 0;
}

/** Counts `db` as open on `file` until it is closed. */
export function trackOpen(file: string, db: Database.Database): void {
  const key = path.resolve(file);
  openCount.set(key, (openCount.get(key) ?? 0) + 1);
  const close = db.close.bind(db);
  let counted = true;
  db.close = (): Database.Database => {
    if (counted) {
      counted = false;
      const n = (openCount.get(key) ?? 1) - 1;
      if (n > 0) openCount.set(key, n);
      else openCount.delete(key);
    }
    return close();
  };
}
