// Is this file ours, before anything opens it for writing? A SQLite connection opened read-write changes a
// file just by opening it (the journal mode, the -wal and -shm files), and even a read-only one creates
// -wal and -shm beside a WAL file. So the first look is at the 100-byte header, read with plain file calls,
// and a file that is not ours is refused with nothing written anywhere.
//
// Ours means: `PRAGMA application_id` is TIENDO_APPLICATION_ID (set by every migration since the mark was
// introduced), or the file predates the mark (user_version 1..LAST_UNMARKED_VERSION, application_id 0) and
// holds every table and column of migration 1 (checked on an in-memory copy, so even that leaves no trace);
// such a file is marked when it is next opened for writing.
import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { sql as initialSchema } from './migrations/001-initial';
import { AppError, appError } from '../errors';
import { isOpenHere } from './openHere';
import { all, sql } from './sql';

/** 'TiDo' in ASCII. Registered nowhere else we know of (SQLite's magic.txt lists the known ids). */
export const TIENDO_APPLICATION_ID = 0x5469446f;
/** The last schema version written before TienDo marked its files. */
export const LAST_UNMARKED_VERSION = 3;

export interface SqliteHeader {
  pageSize: number;
  /** 2 when the file is in WAL mode. */
  writeVersion: number;
  pageCount: number;
  pageCountValid: boolean;
  userVersion: number;
  applicationId: number;
}

export type DataFile =
  | { state: 'missing' }
  | { state: 'ours'; version: number; marked: boolean; wal: boolean; header: SqliteHeader };

/** How each refusal reads; `backupHint` says where the newest good backup is (or that there is none). */
export interface RefusalContext {
  backupHint: () => string;
}

const MAGIC = 'SQLite format 3\u0000';

function parseHeader(bytes: Buffer): SqliteHeader | null {
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== MAGIC) return null;
  const raw = bytes.readUInt16BE(16);
  return {
    pageSize: raw === 1 ? 65536 : raw,
    writeVersion: bytes[18] ?? 0,
    pageCount: bytes.readUInt32BE(28),
    pageCountValid: bytes.readUInt32BE(24) === bytes.readUInt32BE(92),
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readInt32BE(68),
  };
}

function readHeaderBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * An in-memory, read-only copy of a closed file: SQLite cannot open a WAL-mode file read-only where it may
 * not create -shm, and would create it where it may; a copy touches nothing. The header's WAL marks are
 * reset on the copy (an in-memory database has no WAL).
 */
export function openSnapshot(file: string, nativeBinding?: string): Database.Database {
  const bytes = readFileSync(file);
  if (bytes.length >= 20 && bytes[18] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true, nativeBinding });
}

let reference: Map<string, Set<string>> | null = null;

function tablesAndColumns(db: Database.Database): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const tables = all<{ name: string }>(
    db,
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  for (const { name } of tables) {
    const columns = all<{ name: string }>(db, sql`SELECT name FROM pragma_table_info(${name})`);
    out.set(name, new Set(columns.map((c) => c.name)));
  }
  return out;
}

/** Every table and column that migration 1 creates (later migrations only add). */
function migrationOneSchema(): Map<string, Set<string>> {
  if (!reference) {
    const db = new Database(':memory:');
    try {
      db.exec(initialSchema);
      reference = tablesAndColumns(db);
    } finally {
      db.close();
    }
  }
  return reference;
}

function hasMigrationOneSchema(db: Database.Database): boolean {
  const found = tablesAndColumns(db);
  for (const [table, columns] of migrationOneSchema()) {
    const have = found.get(table);
    if (!have) return false;
    for (const c of columns) if (!have.has(c)) return false;
  }
  return true;
}

const errnoOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';

export function damagedMessage(file: string, context: RefusalContext): string {
  return `Tệp dữ liệu "${file}" bị hỏng hoặc không đầy đủ (có thể do chép dở, ổ đĩa lỗi hoặc mất điện khi đang ghi); TienDo không mở tệp này để tránh làm hỏng thêm và không sao lưu đè lên các bản sao lưu tốt. ${context.backupHint()}`;
}

/** The user_version and application_id as SQLite sees them, committed WAL frames included. */
function readThroughSqlite(
  file: string,
  nativeBinding?: string,
): { userVersion: number; applicationId: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

/**
 * The same answer for a file this process already has open (so it was inspected when opened), read
 * through a second SQLite connection instead of plain file calls (see openHere.ts).
 */
function inspectThroughSqlite(file: string, nativeBinding?: string): DataFile {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const header: SqliteHeader = {
      pageSize: db.pragma('page_size', { simple: true }) as number,
      writeVersion: db.pragma('journal_mode', { simple: true }) === 'wal' ? 2 : 1,
      pageCount: db.pragma('page_count', { simple: true }) as number,
      pageCountValid: true,
      userVersion,
      applicationId,
    };
    const marked = applicationId === TIENDO_APPLICATION_ID;
    if (
      !marked &&
      !(
        applicationId === 0 &&
        userVersion >= 1 &&
        userVersion <= LAST_UNMARKED_VERSION &&
        hasMigrationOneSchema(db)
      )
    )
      throw appError('TEP_KHONG_PHAI_TIENDO', { file });
    return { state: 'ours', version: userVersion, marked, wal: walHasFrames(file), header };
  } finally {
    db.close();
  }
}

const walHasFrames = (file: string): boolean => {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
};

/**
 * What `file` is, without changing it or adding anything beside it (one exception: a file whose -wal
 * already exists is read through SQLite, which may add the -shm that belongs with it). Throws an AppError
 * in Vietnamese, saying what to do, for anything TienDo must not open: a folder, an unreadable, empty,
 * truncated or damaged file, another program's file.
 */
export function inspectDataFile(file: string, context: RefusalContext, nativeBinding?: string): DataFile {
  if (isOpenHere(file)) return inspectThroughSqlite(file, nativeBinding);
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw appError('TEP_DU_LIEU_LA_THU_MUC', { file });
    if (!st.isFile()) throw appError('TEP_KHONG_PHAI_TIENDO', { file });
    size = st.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (errnoOf(error) === 'ENOENT') return { state: 'missing' };
    if (errnoOf(error) === 'EACCES' || errnoOf(error) === 'EPERM')
      throw appError('TEP_DU_LIEU_KHONG_DOC_DUOC', { file }, String(error));
    throw error;
  }
  if (size === 0)
    throw new AppError(
      'CSDL_RONG',
      `Tệp "${file}" rỗng (0 byte), không phải tệp dữ liệu TienDo; TienDo không thay đổi tệp này. Nếu đây từng là tệp dữ liệu, hãy khôi phục từ bản sao lưu (${context.backupHint()}); nếu muốn bắt đầu dữ liệu mới, hãy xóa tệp rỗng này hoặc chọn một tên tệp khác.`,
    );
  let bytes: Buffer;
  try {
    bytes = readHeaderBytes(file);
  } catch (error) {
    if (errnoOf(error) === 'EACCES' || errnoOf(error) === 'EPERM')
      throw appError('TEP_DU_LIEU_KHONG_DOC_DUOC', { file }, String(error));
    throw error;
  }
  const header = parseHeader(bytes);
  if (!header)
    throw new AppError(
      'CSDL_HONG',
      `Tệp "${file}" không phải tệp dữ liệu TienDo hoặc đã hỏng phần đầu tệp; TienDo không thay đổi tệp này. Hãy kiểm tra đã chọn đúng tệp, hoặc khôi phục từ một bản sao lưu. ${context.backupHint()}`,
    );
  const wal = walHasFrames(file);
  // A whole SQLite file is a whole number of pages, as many as its header says (when the header's count is
  // current); with WAL frames pending the main file may lag behind, and SQLite itself judges.
  if (
    !wal &&
    (size % header.pageSize !== 0 || (header.pageCountValid && header.pageCount * header.pageSize > size))
  )
    throw new AppError('CSDL_HONG', damagedMessage(file, context));

  let { userVersion, applicationId } = header;
  if (wal && (applicationId === 0 || applicationId === TIENDO_APPLICATION_ID)) {
    // Committed frames not yet copied into the main file may hold a newer version, or the mark itself.
    try {
      ({ userVersion, applicationId } = readThroughSqlite(file, nativeBinding));
    } catch (error) {
      throw new AppError('CSDL_HONG', damagedMessage(file, context), String(error));
    }
  }
  if (applicationId === TIENDO_APPLICATION_ID)
    return { state: 'ours', version: userVersion, marked: true, wal, header };
  if (applicationId !== 0 || userVersion < 1 || userVersion > LAST_UNMARKED_VERSION)
    throw appError('TEP_KHONG_PHAI_TIENDO', { file });
  let ours: boolean;
  try {
    const db = wal
      ? new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
      : openSnapshot(file, nativeBinding);
    try {
      ours = hasMigrationOneSchema(db);
    } finally {
      db.close();
    }
  } catch (error) {
    throw new AppError('CSDL_HONG', damagedMessage(file, context), String(error));
  }
  if (!ours) throw appError('TEP_KHONG_PHAI_TIENDO', { file });
  return { state: 'ours', version: userVersion, marked: false, wal, header };
}
