// One file someone sent, read into a book: its kind from its bytes, its size checked first.
import { appError } from '../../errors';
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
    throw appError('BANG_TINH_QUA_LON', { fileName, size: mb(bytes.length), limit: mb(limits.maxFileBytes) });
  return sniffSheetFile(bytes, fileName) === 'xlsx'
    ? readXlsxBook(bytes, limits)
    : readCsvBook(bytes, fileName, limits);
}
