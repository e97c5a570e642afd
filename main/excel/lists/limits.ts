// What a spreadsheet someone sent may cost to read. Files come from anyone (an agency's clerk, a
// forwarded mail): these bound the memory and time of one file, whatever it holds. A plan annex of 300
// tasks is about 60 KB and 400 rows; a collection form of 40 tasks and 20 indicators about 30 KB.
export const READ_LIMITS = {
  /** Bytes of one file. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Rows of one sheet (exceljs stops reading past it). */
  maxRows: 20_000,
  /** Cells of one row. */
  maxColumns: 300,
  /** Sheets of one workbook. */
  maxSheets: 50,
  /** Time to read one file in the reader's worker thread; past it the thread is ended. */
  maxMillis: 30_000,
  /** Heap of the reader's worker thread (MB); a file that needs more is refused, the app unharmed. */
  maxHeapMb: 768,
  /** Files in one import call. */
  maxFiles: 60,
} as const;

export type ReadLimits = { -readonly [K in keyof typeof READ_LIMITS]: number };
