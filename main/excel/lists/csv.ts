// A .csv file as a one-sheet book. Offices' CSV files come in three encodings: UTF-8 (with or without
// BOM: LibreOffice, Google Sheets, Excel's "CSV UTF-8"), UTF-16 with BOM (Excel's "Unicode Text") and
// Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows, whose tone marks are combining characters,
// hence the NFC). The separator is the one of `,` `;` or tab that splits the first lines most evenly
// (Excel writes `;` where the list separator is `;`). Quotes follow RFC 4180: a doubled quote inside a
// quoted field is a quote, and a quoted field may span lines.
import { appError } from '../../errors';
import { READ_LIMITS, type ReadLimits } from './limits';
import type { SheetBook, SheetRow } from './sheet';

export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.subarray(3).toString('utf8');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  }
}

/** Splits records and fields; `limits` bound the rows and the fields of a row. */
export function parseCsv(text: string, separator: string, limits: ReadLimits = READ_LIMITS): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    if (record.length > limits.maxColumns)
      throw appError('CSV_QUA_NHIEU_COT', { row: records.length + 1, maxColumns: limits.maxColumns });
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    if (records.length > limits.maxRows) throw appError('CSV_QUA_NHIEU_DONG', { maxRows: limits.maxRows });
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** The separator that gives the first lines the same, largest number of fields. */
export function guessSeparator(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const sep of [',', ';', '\t']) {
    const counts = lines.map((l) => {
      try {
        return parseCsv(l, sep)[0]?.length ?? 0;
      } catch {
        return 0;
      }
    });
    const most = Math.max(0, ...counts);
    // How many lines have as many fields as the widest one: a header and its rows agree.
    const score = most > 1 ? counts.filter((n) => n === most).length * most : 0;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

export function readCsvBook(bytes: Buffer, name: string, limits: ReadLimits = READ_LIMITS): SheetBook {
  const text = decodeText(bytes);
  const records = parseCsv(text, guessSeparator(text), limits);
  const rows: SheetRow[] = [];
  records.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '')) return;
    rows.push({
      number: i + 1,
      cells: fields.map((f) => (f === '' ? null : { value: f })),
      merges: [],
    });
  });
  const sheet = name.replace(/\.[^.]*$/, '').slice(0, 100) || 'CSV';
  return { kind: 'csv', sheets: [{ name: sheet, state: 'visible', rows }], modified: null };
}
