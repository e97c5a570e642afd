// Files that are not what they claim: a TienDo file with a damaged table page (it opens, and only a check
// finds the damage), and the leftovers a test compares byte for byte.
import Database from 'better-sqlite3';
import { existsSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';

/** Fills the audit table (never read when the app starts) so its b-tree spans many pages. */
export function fillAudit(file: string, rows = 3000): void {
  const db = new Database(file);
  try {
    const insert = db.prepare(
      "INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES ('2025-01-01T00:00:00Z', 'test', 'task', ?, 'update', NULL, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(`id-${i}`, JSON.stringify({ note: 'x'.repeat(80), i }));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Overwrites the root page of the audit table with zeros, in a closed file: page 1 (the schema) stays
 * intact, so the file opens and reads settings; PRAGMA quick_check reports the broken tree.
 */
export function damageAuditTable(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'audit'").get() as {
    rootpage: number;
  };
  db.close();
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0), 0, pageSize, (rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a file and whether SQLite's side files exist beside it. */
export function snapshot(file: string): { bytes: Buffer; wal: boolean; shm: boolean; lock: boolean } {
  return {
    bytes: readFileSync(file),
    wal: existsSync(`${file}-wal`),
    shm: existsSync(`${file}-shm`),
    lock: existsSync(`${file}.lock`),
  };
}
