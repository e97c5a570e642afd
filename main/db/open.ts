import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { backupDatabase } from './backup';
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
}

export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'backups');
}

/** Reads user_version without changing the file: a file from a newer app must be left untouched. */
function readUserVersion(file: string, nativeBinding?: string): number {
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new AppError(
      'CSDL_HONG',
      `Không đọc được tệp dữ liệu "${file}": tệp không phải cơ sở dữ liệu TienDo hoặc đã hỏng. Hãy khôi phục từ một bản sao lưu.`,
      String(error),
    );
  } finally {
    probe.close();
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // safe with WAL: a crash loses at most the last commits, never consistency
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (creating if needed) a TienDo database file and brings its schema up to date.
 * Pending migrations run each in one transaction, after a backup made with the SQLite backup API.
 */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  const file = path.resolve(options.file);
  const now = options.now ?? (() => new Date());
  mkdirSync(path.dirname(file), { recursive: true });
  const existed = existsSync(file);
  const version = existed ? readUserVersion(file, options.nativeBinding) : 0;
  if (version > SCHEMA_VERSION) {
    throw new AppError(
      'CSDL_PHIEN_BAN_MOI',
      `Tệp dữ liệu "${file}" được tạo bởi phiên bản TienDo mới hơn (lược đồ ${version}, phiên bản này hỗ trợ đến ${SCHEMA_VERSION}). ` +
        'Hãy cập nhật TienDo; tệp không bị thay đổi.',
    );
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    applyPragmas(db);
    registerFunctions(db);
    if (version < SCHEMA_VERSION) {
      if (existed && version > 0) {
        await backupDatabase(
          db,
          options.backupDir ?? defaultBackupDir(file),
          `truoc-nang-cap-v${version}`,
          now(),
        );
      }
      migrate(db, version);
    }
    // Unique indexes an upgrade could not create because of old duplicates, once those are fixed.
    createPendingIndexes(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies every migration after `from`, each in its own transaction together with its user_version bump. */
export function migrate(db: Db, from: number, to: number = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > to) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.up?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
