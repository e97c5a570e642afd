// SQLite's own errors that a person can act on, in Vietnamese: a write refused because the data is open
// read-only, a full disk, a damaged file. Anything else stays the router's "unexpected error".
import Database from 'better-sqlite3';
import { appError, type AppError } from '../errors';

export function explainStorageError(error: unknown): AppError | null {
  if (!(error instanceof Database.SqliteError)) return null;
  if (error.code.startsWith('SQLITE_READONLY')) return appError('LUU_KHI_CHI_DOC', {});
  if (error.code.startsWith('SQLITE_FULL')) return appError('LUU_KHI_O_DIA_DAY', {});
  if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB')
    return appError('LUU_KHI_DU_LIEU_HONG', {});
  return null;
}
