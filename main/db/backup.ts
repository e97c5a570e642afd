import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import type { Db } from './open';
import { SCHEMA_VERSION } from './migrations';
import { checkDatabase } from './check';

export interface BackupInfo {
  file: string;
  name: string;
  size: number;
  createdAt: string;
  reason: string;
}

const NAME = /^tiendo-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z-([a-z0-9-]+)\.db$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

/**
 * A consistent copy made with SQLite's online backup API (never a file copy: a live WAL database's
 * main file alone may miss committed pages).
 */
export async function backupDatabase(db: Db, dir: string, reason: string, at: Date): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const name = `tiendo-${stamp(at)}-${reason}.db`;
  const file = path.join(dir, name);
  await db.backup(file);
  return { file, name, size: statSync(file).size, createdAt: at.toISOString(), reason };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`;
    out.push({ file, name, size: statSync(file).size, createdAt, reason: m[6] ?? '' });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps the newest `keep` backups and deletes the rest. */
export function rotateBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listBackups(dir).slice(Math.max(1, keep))) {
    rmSync(old.file, { force: true });
    removed.push(old.file);
  }
  return removed;
}

/** The daily backup made on start: only when none was made on the same (UTC) day. */
export async function dailyBackupIfDue(
  db: Db,
  dir: string,
  keep: number,
  at: Date,
): Promise<BackupInfo | null> {
  const today = at.toISOString().slice(0, 10);
  if (listBackups(dir).some((b) => b.createdAt.slice(0, 10) === today)) return null;
  const info = await backupDatabase(db, dir, 'hang-ngay', at);
  rotateBackups(dir, keep);
  return info;
}

/** Checks that a file is a readable TienDo database this version can open, before anything is replaced. */
export function assertRestorable(from: string): void {
  if (!existsSync(from)) throw new AppError('KHONG_TIM_THAY', `Không tìm thấy tệp sao lưu "${from}".`);
  let src: Database.Database | undefined;
  try {
    src = new Database(from, { readonly: true, fileMustExist: true });
    const version = src.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > SCHEMA_VERSION) {
      throw new AppError(
        'SAO_LUU_KHONG_HOP_LE',
        `Tệp "${path.basename(from)}" không phải bản sao lưu TienDo mà phiên bản này mở được (lược đồ ${version}).`,
      );
    }
    const report = checkDatabase(src);
    if (!report.ok) {
      throw new AppError(
        'SAO_LUU_HONG',
        `Tệp sao lưu "${path.basename(from)}" bị hỏng: ${report.problems.join('; ')}`,
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'SAO_LUU_HONG',
      `Tệp "${path.basename(from)}" không phải cơ sở dữ liệu SQLite hợp lệ.`,
      String(error),
    );
  } finally {
    src?.close();
  }
}

/**
 * Replaces the database file `target` with the backup `from`. The current file is first kept as a
 * backup ('truoc-khoi-phuc'), so a restore can itself be undone. The caller must have closed its own
 * connection to `target`.
 */
export async function restoreDatabase(
  target: string,
  from: string,
  backupDir: string,
  at: Date,
): Promise<BackupInfo | null> {
  assertRestorable(from);
  let kept: BackupInfo | null = null;
  if (existsSync(target)) {
    const current = new Database(target);
    try {
      kept = await backupDatabase(current, backupDir, 'truoc-khoi-phuc', at);
    } finally {
      current.close();
    }
  }
  // Copy the (already consistent, closed) backup file next to the target, then swap it in, with the
  // old WAL and shared-memory files removed so SQLite cannot replay stale pages onto the restored file.
  const staging = `${target}.restoring`;
  copyFileSync(from, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  return kept;
}
