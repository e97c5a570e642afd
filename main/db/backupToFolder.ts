// A backup to a folder the person chose (a USB stick, a shared drive): the folder is checked first (a
// full path, there, a folder, writable, room enough), then SQLite's backup API writes a temporary file in
// it, and the copy is checked before it takes its name: opened read-only, integrity_check ok, the same
// schema version, and the same row count in every main table as the source had when the copy was taken.
// Anything wrong removes the temporary file, so a bad copy never sits on the stick looking like a backup.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { copyProblem } from '../../shared/errors/backupFolder';
import { appError } from '../errors';
import { produceFileAtomic, temporaryNameFor } from '../fsx/atomicWrite';
import { sqliteBackup, stamp, type CopyDatabase } from './backup';
import type { Db } from './open';
import { all, one, sql, sqlIdentifier } from './sql';

/** The tables whose row counts the copy must match: the province's records and their history. */
export const CHECKED_TABLES = [
  'setting',
  'agency',
  'pillar',
  'plan',
  'task',
  'indicator',
  'indicator_target',
  'indicator_value',
  'indicator_value_version',
  'meeting',
  'conclusion',
  'change_set',
  'audit',
  'submission',
] as const;

export interface TableCount {
  table: string;
  rows: number;
}

export interface FolderBackup {
  file: string;
  name: string;
  size: number;
  createdAt: string;
  check: { integrity: 'ok'; userVersion: number; tables: TableCount[] };
}

/** The file-system calls the folder check makes, so a test can play a read-only stick or a full one. */
export interface FolderIo {
  stat(folder: string): fs.Stats;
  /** Creates and removes a small file in `folder`; throws as the file system does when it cannot. */
  probeWrite(folder: string): void;
  /** Bytes free for this user in `folder`. */
  freeBytes(folder: string): number;
}

export const nodeFolderIo: FolderIo = {
  stat: (folder) => fs.statSync(folder),
  probeWrite: (folder) => {
    const probe = temporaryNameFor(path.join(folder, 'tiendo-thu-ghi'));
    fs.writeFileSync(probe, 'tiendo', { flag: 'wx' });
    fs.rmSync(probe, { force: true });
  },
  freeBytes: (folder) => {
    const s = fs.statfsSync(folder);
    return s.bavail * s.bsize;
  },
};

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.max(1, Math.ceil(bytes / MB));

/** The size the copy will have: the source's pages (a backup copies them all). */
function sourceBytes(db: Db): number {
  const pages = Number(db.pragma('page_count', { simple: true }));
  const size = Number(db.pragma('page_size', { simple: true }));
  return pages * size;
}

/** Throws the Vietnamese error that says what to fix when `folder` cannot take a copy of `need` bytes. */
export function checkBackupFolder(folder: string, need: number, io: FolderIo = nodeFolderIo): void {
  if (!path.isAbsolute(folder)) throw appError('SAO_LUU_THU_MUC_TUONG_DOI', { folder });
  let stats: fs.Stats;
  try {
    stats = io.stat(folder);
  } catch {
    throw appError('SAO_LUU_THU_MUC_KHONG_CO', { folder });
  }
  if (!stats.isDirectory()) throw appError('SAO_LUU_KHONG_PHAI_THU_MUC', { folder });
  try {
    io.probeWrite(folder);
  } catch {
    throw appError('SAO_LUU_THU_MUC_KHONG_GHI_DUOC', { folder });
  }
  // Room for the copy and a margin (the file system's own bookkeeping, a page or two of growth).
  const free = io.freeBytes(folder);
  if (free < need + MB) throw appError('SAO_LUU_THU_MUC_DAY', { folder, needMb: mb(need), freeMb: mb(free) });
}

function countRows(db: Database.Database, tables: readonly string[]): TableCount[] {
  return tables.map((table) => ({
    table,
    rows: one<{ n: number }>(db, sql`SELECT COUNT(*) AS n FROM ${sqlIdentifier(table)}`)?.n ?? 0,
  }));
}

function presentTables(db: Database.Database): string[] {
  const names = new Set(
    all<{ name: string }>(db, sql`SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name),
  );
  return CHECKED_TABLES.filter((t) => names.has(t));
}

/** Opens the finished copy read-only and compares it with what the source held at the snapshot. */
function verifyCopy(file: string, userVersion: number, expected: TableCount[]): string | null {
  let copy: Database.Database | undefined;
  try {
    // A rollback journal first, so the read-only open below leaves no -wal/-shm on the stick.
    const writable = new Database(file, { fileMustExist: true });
    try {
      writable.pragma('journal_mode = DELETE');
    } finally {
      writable.close();
    }
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (integrity.join() !== 'ok') return copyProblem.integrity(integrity.slice(0, 3).join('; ')).vi;
    const version = Number(copy.pragma('user_version', { simple: true }));
    if (version !== userVersion) return copyProblem.version(version, userVersion).vi;
    const counts = countRows(
      copy,
      expected.map((t) => t.table),
    );
    for (const [i, c] of counts.entries()) {
      const want = expected[i]?.rows ?? -1;
      if (c.rows !== want) return copyProblem.rows(c.table, c.rows, want).vi;
    }
    return null;
  } catch (error) {
    return copyProblem.unreadable(error instanceof Error ? error.message : String(error)).vi;
  } finally {
    copy?.close();
  }
}

/**
 * Backs `db` up into `folder` as tiendo-<time>-thu-cong.db (the name the backup list knows, so the file
 * can be restored from). `copy` is swapped by tests to damage the copy.
 */
export async function backupToFolder(
  db: Db,
  folder: string,
  at: Date,
  options: { io?: FolderIo; copy?: CopyDatabase } = {},
): Promise<FolderBackup> {
  checkBackupFolder(folder, sourceBytes(db), options.io);
  const copyDb = options.copy ?? sqliteBackup;
  const target = path.join(folder, `tiendo-${stamp(at)}-thu-cong.db`);
  const userVersion = Number(db.pragma('user_version', { simple: true }));
  let tables: TableCount[] = [];
  const file = await produceFileAtomic(target, async (temp) => {
    await copyDb(db, temp);
    // Counted as soon as the copy is complete, in the same turn: no write of this process comes between.
    tables = countRows(db, presentTables(db));
    const problem = verifyCopy(temp, userVersion, tables);
    if (problem) throw appError('SAO_LUU_KIEM_TRA_HONG', { folder, problem });
  });
  return {
    file,
    name: path.basename(file),
    size: fs.statSync(file).size,
    createdAt: at.toISOString(),
    check: { integrity: 'ok', userVersion, tables },
  };
}
