// One file someone sent, read into a book: its kind from its bytes, its size checked first.
import { AppError } from '../../errors';
import { readCsvBook } from './csv';
import { READ_LIMITS, type ReadLimits } from './limits';
import type { SheetBook } from './sheet';
import { sniffSheetFile } from './sniff';
import { readXlsxBook } from './xlsx';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export async function readBook(
  bytes: Buffer,
  fileName: string,
  limits: ReadLimits = READ_LIMITS,
): Promise<SheetBook> {
  if (bytes.length > limits.maxFileBytes)
    throw new AppError(
      'TEP_QUA_LON',
      `Tệp «${fileName}» lớn ${mb(bytes.length)}, quá giới hạn ${mb(limits.maxFileBytes)} của một bảng tính nhập vào TienDo.`,
    );
  return sniffSheetFile(bytes, fileName) === 'xlsx'
    ? readXlsxBook(bytes, limits)
    : readCsvBook(bytes, fileName, limits);
}
