// What kind of file someone dropped, from its first bytes (never from its name alone: a .xls that is
// really HTML, an .xlsx with a password, an .ods renamed). Only .xlsx and .csv are read; every other kind
// is refused with what to do in Excel or LibreOffice.
import { appError } from '../../errors';

export type SheetFileKind = 'xlsx' | 'csv';

const startsWith = (bytes: Buffer, ...values: number[]) => values.every((v, i) => bytes[i] === v);

export function sniffSheetFile(bytes: Buffer, fileName: string): SheetFileKind {
  if (bytes.length === 0) throw appError('BANG_TINH_RONG', { fileName });
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    throw appError('BANG_TINH_XLS_CU', { fileName });
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // An OpenDocument file stores its media type first, uncompressed, in an entry named "mimetype".
    if (bytes.subarray(30, 38).toString('latin1') === 'mimetype')
      throw appError('BANG_TINH_ODS', { fileName });
    return 'xlsx';
  }
  const head = bytes.subarray(0, 4096);
  const text = head.toString('latin1').trimStart().toLowerCase();
  if (text.startsWith('<html') || text.startsWith('<!doctype') || text.startsWith('<?xml'))
    throw appError('BANG_TINH_LA_TRANG_WEB', { fileName });
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (!utf16 && head.includes(0)) throw appError('BANG_TINH_KHONG_PHAI_EXCEL', { fileName });
  return 'csv';
}
