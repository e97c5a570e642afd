// One writer per data file. The lock is an operating-system lock that SQLite takes on a small side file,
// `<data file>.lock`: a RESERVED lock (BEGIN IMMEDIATE), held for as long as the writer runs. Only one
// connection in the world can hold it, in this process or any other; the system drops it the moment the
// holder ends, killed or not (fcntl locks on Linux and macOS, LockFileEx on Windows), so a dead holder
// never blocks anyone and nobody has to guess from a pid whether a lock is stale. Readers of the side file
// are not blocked by a RESERVED lock, which is how a refused writer reads who holds it: the holder writes
// its pid, host, program and start time into the file (committed) before it takes the lock for good.
// The side file is left in place when the writer ends: deleting it could let a process that opened it
// just before lock an orphaned copy while another locks a new one.
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { AppError, appError } from '../errors';
import { one, sql } from './sql';

export interface LockOwner {
  pid: number;
  host: string;
  program: string;
  startedAt: string;
}

export interface WriteLock {
  readonly lockFile: string;
  release(): void;
}

export const lockFileOf = (dbFile: string): string => `${dbFile}.lock`;

const isBusy = (error: unknown): boolean =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

function tryBegin(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

function readOwner(db: Database.Database): LockOwner | null {
  try {
    db.pragma('busy_timeout = 500');
    const row = one<{ pid: number; host: string; program: string; started_at: string }>(
      db,
      sql`SELECT pid, host, program, started_at FROM owner LIMIT 1`,
    );
    return row ? { pid: row.pid, host: row.host, program: row.program, startedAt: row.started_at } : null;
  } catch {
    return null; // the holder is writing its details right now, or wrote none
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** '09:30 01/12/2026', in this machine's local time. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function heldMessage(dbFile: string, owner: LockOwner | null): string {
  if (!owner)
    return `Tệp dữ liệu "${dbFile}" đang được một chương trình TienDo khác mở để ghi. Hãy đóng cửa sổ TienDo đó (hoặc đợi lệnh tiendo đang chạy xong) rồi thử lại.`;
  const isCommand = owner.program.startsWith('lệnh ');
  return (
    `Tệp dữ liệu "${dbFile}" đang được ${owner.program} mở để ghi (tiến trình ${owner.pid} trên máy ${owner.host}, từ ${localTime(owner.startedAt)}). ` +
    (isCommand ? 'Hãy đợi lệnh đó chạy xong rồi thử lại.' : 'Hãy đóng cửa sổ đó rồi thử lại.')
  );
}

/**
 * Takes the write lock of `dbFile` or throws, at once, an AppError naming who holds it. `program` is how a
 * refused writer will see the holder: 'TienDo', 'TienDo (chế độ trình duyệt)', 'lệnh tiendo restore'.
 */
export function acquireWriteLock(dbFile: string, program: string, now: Date = new Date()): WriteLock {
  const lockFile = lockFileOf(dbFile);
  let db: Database.Database;
  try {
    db = new Database(lockFile, { timeout: 0 });
  } catch (error) {
    throw appError('KHOA_GHI_KHONG_TAO_DUOC', { lockFile, folder: path.dirname(dbFile) }, String(error));
  }
  try {
    if (!tryBegin(db)) throw new AppError('CSDL_DANG_MO', heldMessage(dbFile, readOwner(db)));
    db.exec(
      'CREATE TABLE IF NOT EXISTS owner (pid INTEGER NOT NULL, host TEXT NOT NULL, program TEXT NOT NULL, started_at TEXT NOT NULL)',
    );
    db.prepare('DELETE FROM owner').run();
    db.prepare('INSERT INTO owner (pid, host, program, started_at) VALUES (?, ?, ?, ?)').run(
      process.pid,
      os.hostname(),
      program,
      now.toISOString(),
    );
    db.pragma('busy_timeout = 2000'); // a refused writer may be reading the owner row this instant
    db.exec('COMMIT');
    db.pragma('busy_timeout = 0');
    // Between COMMIT and this BEGIN another writer may have slipped in: then it holds the lock, not us.
    if (!tryBegin(db)) throw new AppError('CSDL_DANG_MO', heldMessage(dbFile, readOwner(db)));
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    if (error instanceof AppError) throw error;
    throw appError(
      'KHOA_GHI_KHONG_DUOC',
      { file: dbFile, reason: error instanceof Error ? error.message : String(error), lockFile },
      String(error),
    );
  }
  let held = true;
  return {
    lockFile,
    release() {
      if (!held) return;
      held = false;
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}
