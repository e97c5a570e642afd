// What kind of file someone dropped, from its first bytes (never from its name alone: a .xls that is
// really HTML, an .xlsx with a password, an .ods renamed). Only .xlsx and .csv are read; every other kind
// is refused with what to do in Excel or LibreOffice.
import { AppError } from '../../errors';

export type SheetFileKind = 'xlsx' | 'csv';

const SAVE_AS_XLSX =
  'Hãy mở tệp bằng Excel hoặc LibreOffice rồi chọn Lưu thành (Save As) dạng "Excel Workbook (.xlsx)" và chọn lại tệp mới.';

const startsWith = (bytes: Buffer, ...values: number[]) => values.every((v, i) => bytes[i] === v);

export function sniffSheetFile(bytes: Buffer, fileName: string): SheetFileKind {
  if (bytes.length === 0) throw new AppError('TEP_RONG', `Tệp «${fileName}» rỗng (0 byte).`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    throw new AppError(
      'DINH_DANG_CU',
      `Tệp «${fileName}» là tệp Excel 97-2003 (.xls) hoặc tệp Excel có đặt mật khẩu, TienDo chưa đọc được. ` +
        `Nếu tệp có mật khẩu, hãy bỏ mật khẩu trước. ${SAVE_AS_XLSX}`,
    );
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // An OpenDocument file stores its media type first, uncompressed, in an entry named "mimetype".
    if (bytes.subarray(30, 38).toString('latin1') === 'mimetype')
      throw new AppError(
        'DINH_DANG_KHAC',
        `Tệp «${fileName}» là tệp OpenDocument (.ods), TienDo chỉ đọc .xlsx và .csv. ${SAVE_AS_XLSX}`,
      );
    return 'xlsx';
  }
  const head = bytes.subarray(0, 4096);
  const text = head.toString('latin1').trimStart().toLowerCase();
  if (text.startsWith('<html') || text.startsWith('<!doctype') || text.startsWith('<?xml'))
    throw new AppError(
      'DINH_DANG_KHAC',
      `Tệp «${fileName}» thực ra là một trang web (HTML/XML) mang đuôi Excel, thường do phần mềm khác xuất ra. ${SAVE_AS_XLSX}`,
    );
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (!utf16 && head.includes(0))
    throw new AppError(
      'DINH_DANG_KHAC',
      `Tệp «${fileName}» không phải là tệp Excel (.xlsx) hay CSV. ${SAVE_AS_XLSX}`,
    );
  return 'csv';
}
