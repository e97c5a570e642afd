import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../errors';
import { sayVi } from '../../shared/errors/wording';
import { cleanTemporaryFiles, produceFileAtomic } from '../fsx/atomicWrite';
import { backupDatabase, restoreAdvice } from './backup';
import { quickCheck } from './check';
import {
  damagedMessage,
  inspectDataFile,
  openSnapshot,
  TIENDO_APPLICATION_ID,
  type RefusalContext,
} from './fileCheck';
import { acquireWriteLock, type WriteLock } from './lock';
import { trackOpen } from './openHere';
import { registerFunctions } from './functions';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { createPendingIndexes } from './uniqueRules';

export type Db = Database.Database;

export interface OpenOptions {
  file: string;
  /** Where automatic pre-migration backups go. Defaults to `<folder of file>/backups`. */
  backupDir?: string;
  now?: () => Date;
  /** Native binding override: the Electron build of better-sqlite3 when running inside Electron in dev. */
  nativeBinding?: string;
  /** Create the file when it does not exist (the default here; AppHost decides for the apps and the CLI). */
  create?: boolean;
  /** A write lock the caller already holds (AppHost keeps one across a restore). */
  lock?: WriteLock;
  /** How a second writer, refused, sees this one: 'TienDo', 'TienDo (chế độ trình duyệt)', 'lệnh tiendo demo'. */
  program?: string;
}

export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'backups');
}

function refusalContext(file: string, backupDir: string): RefusalContext {
  return { backupHint: () => restoreAdvice(file, backupDir) };
}

export function missingMessage(file: string): string {
  return sayVi('TEP_DU_LIEU_KHONG_CO', { file });
}

const canWrite = (p: string): boolean => {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Why the file cannot be written, and what to change; null when both the file and its folder can be. */
export function readOnlyCause(file: string): { cause: string; fix: string } | null {
  const dir = path.dirname(file);
  if (existsSync(dir) && !canWrite(dir))
    return {
      cause: `thư mục "${dir}" không cho phép ghi (thư mục hoặc ổ đĩa chỉ đọc, hoặc tài khoản đang dùng không có quyền ghi)`,
      fix: 'Để sửa dữ liệu, hãy cấp quyền ghi cho thư mục này (hoặc bỏ chế độ chỉ đọc của ổ đĩa), hoặc chép tệp sang một thư mục của bạn rồi mở bản chép.',
    };
  if (existsSync(file) && !canWrite(file))
    return {
      cause: `tệp "${file}" chỉ cho phép đọc (thuộc tính Read-only, hoặc tài khoản đang dùng không có quyền ghi)`,
      fix: 'Để sửa dữ liệu, hãy bỏ thuộc tính Read-only của tệp hoặc xin cấp quyền ghi cho tệp, rồi mở lại TienDo.',
    };
  return null;
}

/** What a person sees when a file they asked to change cannot be written. */
export function readOnlyRefusal(file: string, why: { cause: string; fix: string }): AppError {
  return new AppError(
    'CHI_DOC',
    `Không ghi được tệp dữ liệu "${file}" vì ${why.cause}: tệp chỉ đọc được. ${why.fix}`,
  );
}

/** The pragmas of every connection TienDo writes with (the benchmark's bare baselines use them too). */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // safe with WAL: a crash loses at most the last commits, never consistency
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's default page cache is 2 MiB. A large province's search index, key tables and task rows are
  // many times that, so a search or a list re-read from the operating system the pages it read a moment
  // earlier, and each one cost more per row the larger the file (search 45x slower at 10x the tasks in
  // `npm run bench`). 64 MiB holds what those reads touch; SQLite takes the memory only as pages are read.
  db.pragma(`cache_size = ${CACHE_SIZE}`);
}

/** The page cache of a connection: 64 MiB (a negative cache_size is in KiB). */
export const CACHE_SIZE = -65_536;

/** A new file is built complete under a temporary name and renamed into place: never a zero-byte file. */
async function createNew(file: string, nativeBinding?: string): Promise<void> {
  await produceFileAtomic(file, (temp) => {
    const db = new Database(temp, { nativeBinding });
    try {
      applyPragmas(db);
      registerFunctions(db);
      migrate(db, 0);
    } finally {
      db.close(); // checkpoints: the -wal is merged and removed, the file stands alone
    }
  });
}

/** Removes what killed writers left: temporary files beside the data and among the backups. */
function cleanLeftovers(file: string, backupDir: string, now: Date): void {
  cleanTemporaryFiles(path.dirname(file), now);
  cleanTemporaryFiles(backupDir, now);
  rmSync(`${file}.restoring`, { force: true }); // the staging name of versions before atomic writes
}

/** Releases the lock with the connection, so every `db.close()` of a caller also lets the next writer in. */
function releaseWithClose(db: Db, lock: WriteLock): void {
  const close = db.close.bind(db);
  db.close = (): Db => {
    try {
      return close();
    } finally {
      lock.release();
    }
  };
}

/**
 * Opens a TienDo database file for writing, holding its write lock, and brings its schema up to date:
 * creates it when missing (unless `create: false`), refuses anything that is not ours, damaged, from a
 * newer version or not writable, each with a message that says what to do. Pending migrations run each
 * in one transaction, after a checked backup made with the SQLite backup API. Closing the connection
 * releases the lock (unless the caller passed its own).
 */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  const { db, lock } = await openForWriting(options);
  if (!options.lock) releaseWithClose(db, lock);
  return db;
}

/**
 * openDatabase, returning the lock it took (or was given) for a caller that keeps it beyond one
 * connection. Nothing is created beside a file that is refused: the lock is taken after the first look.
 */
export async function openForWriting(options: OpenOptions): Promise<{ db: Db; lock: WriteLock }> {
  const file = path.resolve(options.file);
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const now = options.now ?? (() => new Date());
  const context = refusalContext(file, backupDir);
  const first = inspectDataFile(file, context, options.nativeBinding);
  if (first.state === 'missing') {
    if (options.create === false) throw appError('TEP_DU_LIEU_KHONG_CO', { file });
    mkdirSync(path.dirname(file), { recursive: true });
  } else if (first.version > SCHEMA_VERSION) {
    throw appError('TEP_DU_LIEU_PHIEN_BAN_MOI', { file, version: first.version, supported: SCHEMA_VERSION });
  }
  const why = readOnlyCause(file);
  if (why) throw readOnlyRefusal(file, why);

  const lock = options.lock ?? acquireWriteLock(file, options.program ?? 'TienDo', now());
  let db: Db | undefined;
  try {
    cleanLeftovers(file, backupDir, now());
    // Another writer may have created or replaced the file between the first look and the lock.
    let state = inspectDataFile(file, context, options.nativeBinding);
    if (state.state === 'missing') {
      if (options.create === false) throw appError('TEP_DU_LIEU_KHONG_CO', { file });
      await createNew(file, options.nativeBinding);
      state = inspectDataFile(file, context, options.nativeBinding);
    }
    if (state.state !== 'ours') throw appError('TEP_DU_LIEU_KHONG_CO', { file });
    if (state.version > SCHEMA_VERSION)
      throw appError('TEP_DU_LIEU_PHIEN_BAN_MOI', {
        file,
        version: state.version,
        supported: SCHEMA_VERSION,
      });
    db = new Database(file, { fileMustExist: true, nativeBinding: options.nativeBinding });
    applyPragmas(db);
    registerFunctions(db);
    const problems = quickCheck(db);
    if (problems.length > 0)
      throw new AppError('CSDL_HONG', damagedMessage(file, context), problems.join('; '));
    if (state.version < SCHEMA_VERSION) {
      if (state.version > 0) await backupBeforeUpgrade(db, backupDir, state.version, now());
      migrate(db, state.version);
    } else if (!state.marked) {
      const marking = db;
      marking.transaction(() => marking.pragma(`application_id = ${TIENDO_APPLICATION_ID}`)).immediate();
    }
    // Unique indexes an upgrade could not create because of old duplicates, once those are fixed.
    createPendingIndexes(db);
    trackOpen(file, db);
    return { db, lock };
  } catch (error) {
    db?.close();
    if (!options.lock) lock.release();
    throw error;
  }
}

async function backupBeforeUpgrade(db: Db, backupDir: string, version: number, at: Date): Promise<void> {
  try {
    const info = await backupDatabase(db, backupDir, `truoc-nang-cap-v${version}`, at);
    if (info.damaged)
      throw new AppError('CSDL_HONG', 'Bản sao lưu trước khi nâng cấp không qua được bước kiểm tra.');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      error instanceof AppError ? error.code : 'LOI_SAO_LUU',
      `Chưa nâng cấp được dữ liệu lên phiên bản mới vì không sao lưu được trước khi nâng cấp; tệp dữ liệu không bị thay đổi. ${detail}`,
    );
  }
}

export interface ReadOnlyOptions {
  file: string;
  backupDir?: string;
  nativeBinding?: string;
  /** Run quick_check and refuse a damaged file (default). `tiendo check` reports damage itself instead. */
  check?: boolean;
}

/**
 * Opens a TienDo file read-only, beside a running writer or where nothing may be written (a read-only
 * folder, file or medium). An older schema is first upgraded by a writer's open, when one may; a file
 * whose folder refuses the -shm a WAL reader needs is read from an in-memory copy.
 */
export async function openReadOnlyDatabase(options: ReadOnlyOptions): Promise<Db> {
  const file = path.resolve(options.file);
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const context = refusalContext(file, backupDir);
  let state = inspectDataFile(file, context, options.nativeBinding);
  if (state.state === 'missing') throw appError('TEP_DU_LIEU_KHONG_CO', { file });
  if (state.version > SCHEMA_VERSION)
    throw appError('TEP_DU_LIEU_PHIEN_BAN_MOI', { file, version: state.version, supported: SCHEMA_VERSION });
  if (state.version < SCHEMA_VERSION) {
    const why = readOnlyCause(file);
    if (why)
      throw new AppError(
        'CHI_DOC',
        `Tệp dữ liệu "${file}" ở phiên bản cũ (lược đồ ${state.version}) cần được nâng cấp trước khi đọc, nhưng ${why.cause}. ${why.fix}`,
      );
    (
      await openDatabase({
        file,
        backupDir,
        create: false,
        program: 'lệnh tiendo (nâng cấp dữ liệu)',
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      })
    ).close();
    state = inspectDataFile(file, context, options.nativeBinding);
    if (state.state === 'missing') throw appError('TEP_DU_LIEU_KHONG_CO', { file });
  }
  const walMode = state.header.writeVersion === 2;
  const sidesReady = existsSync(`${file}-wal`) && existsSync(`${file}-shm`);
  let db: Db;
  if (!walMode || canWrite(path.dirname(file)) || sidesReady) {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } else if (state.wal) {
    throw appError('TEP_DU_LIEU_WAL_KHONG_GHI_DUOC', { file, folder: path.dirname(file) });
  } else {
    db = openSnapshot(file, options.nativeBinding);
  }
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = ${CACHE_SIZE}`); // the same page cache as a writing connection (applyPragmas)
  registerFunctions(db);
  trackOpen(file, db);
  if (options.check !== false) {
    const problems = quickCheck(db);
    if (problems.length > 0) {
      db.close();
      throw new AppError('CSDL_HONG', damagedMessage(file, context), problems.join('; '));
    }
  }
  return db;
}

/**
 * Applies every migration after `from`, each in its own transaction together with its user_version bump
 * and the application id that marks the file as TienDo's.
 */
export function migrate(db: Db, from: number, to: number = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > to) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.up?.(db);
      db.pragma(`user_version = ${migration.version}`);
      db.pragma(`application_id = ${TIENDO_APPLICATION_ID}`);
    }).immediate();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
