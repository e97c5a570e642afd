// A spreadsheet as the importers read it: plain data (it crosses from the reader's worker thread by
// structured clone), whatever the file was (.xlsx or .csv). Only what the importers use is kept: each
// cell's value as stored (a formula's cached result, never the formula), whether it is a date, a
// percentage or bold, and which cells are covered by a merge.

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDay = string;

export interface SheetCell {
  /** Text, a number, a boolean, or null (empty). A date cell has its day in `date` and its serial here. */
  value: string | number | boolean | null;
  /** The cell holds a date (its number format is a date format, or exceljs read it as one). */
  date?: IsoDay;
  /** The cell's number format shows a percentage: 0.85 is shown as 85%. */
  percent?: true;
  /** The value is a formula's cached result. */
  formula?: true;
  /** A formula with no cached result (the file was never calculated): the value is unknown. */
  uncalculated?: true;
  /** An error value such as #N/A or #DIV/0!. */
  error?: string;
  bold?: true;
}

export interface SheetRow {
  /** 1-based, as Excel and LibreOffice number rows. */
  number: number;
  /** Index 0 is column A; null for an empty cell. */
  cells: (SheetCell | null)[];
  /** Columns (0-based, inclusive) merged into one cell starting on this row: [first, last]. */
  merges: [number, number][];
}

export interface SheetGrid {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Rows that hold anything, in order. */
  rows: SheetRow[];
}

export interface SheetBook {
  kind: 'xlsx' | 'csv';
  sheets: SheetGrid[];
  /** When the file says it was last saved (xlsx core properties), ISO instant; null when it does not. */
  modified: string | null;
}

/** "A", "B", … "Z", "AA": the letters of a 0-based column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 0-based column of "A", "AB"; null for anything else. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The text a cell shows for matching headers and names: numbers as written, dates as dd/mm/yyyy. */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.date) {
    const [y, m, d] = cell.date.split('-');
    return `${d}/${m}/${y}`;
  }
  if (typeof cell.value === 'number') return String(cell.value);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.value;
}
