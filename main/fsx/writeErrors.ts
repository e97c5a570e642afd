// What a failed write means for the person at the screen: a full disk, a folder they may not write to, a
// missing folder, a name already taken. Node reports these as errno codes, SQLite as its own result codes;
// both end here as one Vietnamese message that says what to do.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { DISK_FULL_VI } from '../../shared/errors/catalogueFiles';
import { AppError, appError } from '../errors';

const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';

/** ENOSPC from Node, SQLITE_FULL from SQLite (a write that found no room). */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL');
}

export function isPermissionError(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY');
}

export const DISK_FULL_ADVICE = DISK_FULL_VI;

/** SQLite says only "unable to open database file" when it may not create a file in the folder. */
function folderRefusesWrites(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return false;
  } catch (error) {
    return codeOf(error) !== 'ENOENT';
  }
}

export function explainWriteError(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  const dir = path.dirname(target);
  let code = codeOf(error);
  if (code.startsWith('SQLITE_CANTOPEN') && folderRefusesWrites(dir)) code = 'EACCES';
  if (isDiskFull(error)) return appError('GHI_TEP_O_DIA_DAY', { file: target }, String(error));
  if (code === 'EEXIST') return appError('GHI_TEP_DA_TON_TAI', { file: target });
  if (code === 'EACCES' || isPermissionError(error))
    return appError('GHI_TEP_KHONG_CO_QUYEN', { folder: dir }, String(error));
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return appError('GHI_TEP_KHONG_CO_THU_MUC', { folder: dir }, String(error));
  return appError('GHI_TEP_LOI', { file: target }, String(error));
}
