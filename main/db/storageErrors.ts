// SQLite's own errors that a person can act on, in Vietnamese: a write refused because the data is open
// read-only, a full disk, a damaged file. Anything else stays the router's "unexpected error".
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { DISK_FULL_ADVICE } from '../fsx/writeErrors';

export function explainStorageError(error: unknown): AppError | null {
  if (!(error instanceof Database.SqliteError)) return null;
  if (error.code.startsWith('SQLITE_READONLY'))
    return new AppError(
      'CHI_DOC',
      'Dữ liệu đang mở ở chế độ chỉ đọc (xem thông báo ở đầu cửa sổ), nên thay đổi này chưa được lưu. Hãy cấp quyền ghi cho tệp và thư mục dữ liệu rồi mở lại TienDo.',
    );
  if (error.code.startsWith('SQLITE_FULL'))
    return new AppError(
      'O_DIA_DAY',
      `Ổ đĩa đầy nên thay đổi này chưa được lưu (dữ liệu đã có không bị ảnh hưởng). ${DISK_FULL_ADVICE}`,
    );
  if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB')
    return new AppError(
      'CSDL_HONG',
      'Tệp dữ liệu có chỗ bị hỏng nên thao tác này không thực hiện được. Hãy vào Cài đặt > Kiểm tra dữ liệu, rồi khôi phục từ bản sao lưu tốt gần nhất.',
    );
  return null;
}
