// What a failed write means for the person at the screen: a full disk, a folder they may not write to, a
// missing folder, a name already taken. Node reports these as errno codes, SQLite as its own result codes;
// both end here as one Vietnamese message that says what to do.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

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

export const DISK_FULL_ADVICE =
  'Hãy giải phóng dung lượng ổ đĩa (xóa bớt tệp không cần, dọn Thùng rác) rồi thử lại.';

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
  if (isDiskFull(error))
    return new AppError(
      'O_DIA_DAY',
      `Ổ đĩa đầy: không ghi được tệp "${target}". ${DISK_FULL_ADVICE} Chưa có tệp nào được ghi dưới tên này.`,
      String(error),
    );
  if (code === 'EEXIST')
    return new AppError(
      'DA_TON_TAI',
      `Tệp "${target}" đã tồn tại nên không bị ghi đè; hãy chọn tên khác (dòng lệnh: thêm --force để ghi đè).`,
    );
  if (code === 'EACCES' || isPermissionError(error))
    return new AppError(
      'KHONG_CO_QUYEN_GHI',
      `Không có quyền ghi vào thư mục "${dir}". Hãy chọn một thư mục của bạn (ví dụ Tài liệu) hoặc xin cấp quyền ghi cho thư mục này.`,
      String(error),
    );
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new AppError(
      'KHONG_CO_THU_MUC',
      `Thư mục "${dir}" không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.`,
      String(error),
    );
  return new AppError(
    'LOI_GHI_TEP',
    `Không ghi được tệp "${target}". Hãy kiểm tra ổ đĩa và thư mục (còn chỗ trống, cho phép ghi) rồi thử lại; chưa có tệp nào được ghi dưới tên này.`,
    String(error),
  );
}
