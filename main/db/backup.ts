import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../errors';
import { produceFileAtomic } from '../fsx/atomicWrite';
import type { Db } from './open';
import { SCHEMA_VERSION } from './migrations';
import { checkDatabase, quickCheck } from './check';
import { inspectDataFile, openSnapshot } from './fileCheck';

export interface BackupInfo {
  file: string;
  name: string;
  size: number;
  createdAt: string;
  reason: string;
  /** The copy failed its check when it was made: kept apart, never counted as a good backup. */
  damaged: boolean;
}

/** Writes a consistent copy of `source` at `file` (a temporary path). Tests swap it to simulate a full disk. */
export type CopyDatabase = (source: Db, file: string) => Promise<void>;

/**
 * SQLite's online backup API (never a file copy: a live WAL database's main file alone may miss
 * committed pages).
 */
export const sqliteBackup: CopyDatabase = async (source, file) => {
  await source.backup(file);
};

// A damaged copy carries '-hong' after its reason, so its name says it and it survives any listing.
const NAME = /^tiendo-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z-([a-z0-9-]+?)(-hong)?\.db$/;

export function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

/**
 * Makes a fresh copy self-contained (rollback journal, so opening it later read-only adds no -wal/-shm
 * beside it) and checks it. False when the copy is damaged.
 */
function settleCopy(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    return quickCheck(db).length === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Writes a checked copy of `db` to `target` atomically. A damaged copy is placed under `damagedTarget`
 * when one is given, and refused otherwise.
 */
export async function writeCheckedCopy(
  db: Db,
  target: string,
  options: { overwrite?: boolean; damagedTarget?: string; copy?: CopyDatabase } = {},
): Promise<{ file: string; damaged: boolean }> {
  let damaged = false;
  const copy = options.copy ?? sqliteBackup;
  const file = await produceFileAtomic(
    target,
    async (temp) => {
      await copy(db, temp);
      damaged = !settleCopy(temp);
      if (damaged && !options.damagedTarget) throw appError('BAN_SAO_DU_LIEU_HONG', { target });
    },
    {
      overwrite: options.overwrite ?? false,
      finalName: () => (damaged && options.damagedTarget ? options.damagedTarget : target),
    },
  );
  return { file, damaged };
}

/** A checked backup in `dir`, written to a temporary name and renamed into place once complete. */
export async function backupDatabase(
  db: Db,
  dir: string,
  reason: string,
  at: Date,
  copy?: CopyDatabase,
): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const base = `tiendo-${stamp(at)}-${reason}`;
  const { file, damaged } = await writeCheckedCopy(db, path.join(dir, `${base}.db`), {
    damagedTarget: path.join(dir, `${base}-hong.db`),
    ...(copy ? { copy } : {}),
  });
  return {
    file,
    name: path.basename(file),
    size: statSync(file).size,
    createdAt: at.toISOString(),
    reason,
    damaged,
  };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`;
    out.push({
      file,
      name,
      size: statSync(file).size,
      createdAt,
      reason: m[6] ?? '',
      damaged: Boolean(m[7]),
    });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Keeps the newest `keep` good backups (at least one) and deletes older ones. Damaged copies do not count:
 * they are kept while newer than the oldest good backup kept, so they age out without ever pushing a good
 * backup out; the last good backup is never removed, however many damaged copies came after it.
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const good = all.filter((b) => !b.damaged);
  const kept = new Set(good.slice(0, Math.max(1, keep)).map((b) => b.file));
  const oldestKept = good[Math.min(good.length, Math.max(1, keep)) - 1]?.createdAt ?? '';
  const removed: string[] = [];
  for (const b of all) {
    if (kept.has(b.file)) continue;
    if (b.damaged && b.createdAt >= oldestKept) continue;
    rmSync(b.file, { force: true });
    removed.push(b.file);
  }
  return removed;
}

/** Opens a backup to check it without adding -wal/-shm beside it (older backups are WAL-mode files). */
function openBackup(file: string): Database.Database {
  const wal = inspectDataFile(file, { backupHint: () => '' });
  if (wal.state === 'ours' && wal.header.writeVersion === 2) return openSnapshot(file);
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** The newest backup in `dir` that passes quick_check now (its name alone could be older than some damage). */
export function newestGoodBackup(dir: string): BackupInfo | null {
  for (const b of listBackups(dir)) {
    if (b.damaged) continue;
    try {
      const db = openBackup(b.file);
      try {
        if (quickCheck(db).length === 0) return b;
      } finally {
        db.close();
      }
    } catch {
      // Not readable or not ours: look further back.
    }
  }
  return null;
}

/** The sentence a refusal ends with: which backup to restore, and how. */
export function restoreAdvice(dbFile: string, backupDir: string): string {
  const good = newestGoodBackup(backupDir);
  if (!good)
    return `Hãy khôi phục từ một bản sao lưu tốt: không tìm thấy bản nào dùng được trong "${backupDir}", hãy tìm bản sao lưu khác (ổ USB, thư mục chia sẻ) hoặc báo bộ phận kỹ thuật.`;
  return (
    `Hãy khôi phục từ bản sao lưu tốt gần nhất: "${good.file}" ` +
    `(dòng lệnh: tiendo restore --db "${dbFile}" --from "${good.file}"; hoặc đóng TienDo, đổi tên tệp hỏng rồi chép bản sao lưu này vào chỗ của nó với tên "${path.basename(dbFile)}").`
  );
}

/** The daily backup made on start: only when no good backup was made on the same (UTC) day. */
export async function dailyBackupIfDue(
  db: Db,
  dir: string,
  keep: number,
  at: Date,
  copy?: CopyDatabase,
): Promise<BackupInfo | null> {
  const today = at.toISOString().slice(0, 10);
  if (listBackups(dir).some((b) => !b.damaged && b.createdAt.slice(0, 10) === today)) return null;
  const info = await backupDatabase(db, dir, 'hang-ngay', at, copy);
  if (info.damaged) throw appError('SAO_LUU_HOM_NAY_HONG', { name: info.name });
  rotateBackups(dir, keep);
  return info;
}

/** Checks that a file is a readable TienDo database this version can open, before anything is replaced. */
export function assertRestorable(from: string): void {
  if (!existsSync(from)) throw appError('TEP_SAO_LUU_KHONG_CO', { file: from });
  const notOurs = appError('TEP_SAO_LUU_KHONG_PHAI_TIENDO', { name: path.basename(from) });
  let src: Database.Database | undefined;
  try {
    const state = inspectDataFile(from, { backupHint: () => '' });
    if (state.state !== 'ours') throw notOurs;
    if (state.version < 1 || state.version > SCHEMA_VERSION)
      throw appError('SAO_LUU_LUOC_DO_KHAC', { name: path.basename(from), version: state.version });
    src = openBackup(from);
    const report = checkDatabase(src);
    if (!report.ok) {
      throw appError('TEP_SAO_LUU_HONG', {
        name: path.basename(from),
        problems: report.problems.join('; '),
      });
    }
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'KHONG_PHAI_TIENDO')
        throw appError('TEP_SAO_LUU_KHONG_PHAI_TIENDO', { name: path.basename(from) });
      if (error.code.startsWith('CSDL_'))
        throw appError('SAO_LUU_SQLITE_HONG', { name: path.basename(from) }, error.message);
      throw error;
    }
    throw appError('SAO_LUU_KHONG_PHAI_SQLITE', { name: path.basename(from) }, String(error));
  } finally {
    src?.close();
  }
}

/**
 * Keeps the current file as a 'truoc-khoi-phuc' backup before it is replaced: with the backup API when the
 * file can be read as a database, as a plain copy of its bytes (named as damaged) when it cannot, so even
 * a broken file can be handed to someone who recovers data.
 */
async function keepCurrent(target: string, backupDir: string, at: Date): Promise<BackupInfo> {
  mkdirSync(backupDir, { recursive: true });
  let current: Database.Database | undefined;
  try {
    current = new Database(target, { fileMustExist: true });
    const info = await backupDatabase(current, backupDir, 'truoc-khoi-phuc', at);
    // Everything committed is now in the main file, so the -wal that is removed below holds nothing.
    current.pragma('wal_checkpoint(TRUNCATE)');
    return info;
  } catch (error) {
    if (error instanceof AppError && error.code === 'O_DIA_DAY') throw error;
    current?.close();
    current = undefined;
    const base = `tiendo-${stamp(at)}-truoc-khoi-phuc-hong`;
    const file = await produceFileAtomic(path.join(backupDir, `${base}.db`), (temp) =>
      copyFileSync(target, temp),
    );
    return {
      file,
      name: path.basename(file),
      size: statSync(file).size,
      createdAt: at.toISOString(),
      reason: 'truoc-khoi-phuc',
      damaged: true,
    };
  } finally {
    current?.close();
  }
}

/**
 * Replaces the database file `target` with the backup `from`. The current file is first kept as a
 * backup ('truoc-khoi-phuc'), so a restore can itself be undone. The caller must hold the write lock and
 * have closed its own connection to `target`. A kill at any point leaves the old file or the restored
 * one, whole, under the name; what it leaves under temporary names goes at the next start.
 */
export async function restoreDatabase(
  target: string,
  from: string,
  backupDir: string,
  at: Date,
): Promise<BackupInfo | null> {
  assertRestorable(from);
  const kept = existsSync(target) ? await keepCurrent(target, backupDir, at) : null;
  await produceFileAtomic(
    target,
    (temp) => {
      copyFileSync(from, temp);
      if (!settleCopy(temp)) throw appError('BAN_CHEP_KHOI_PHUC_HONG', { name: path.basename(from) });
    },
    {
      overwrite: true,
      // The old WAL and shared-memory files go before the new file takes the name, so SQLite can never
      // replay stale frames onto the restored file (the old file was checkpointed above).
      beforePlace: () => {
        for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      },
    },
  );
  return kept;
}
