// Writing values into cells. Everything that came from a person (names, narrative, notes) goes through
// `putText`: exceljs never turns a string into a formula, but a text starting with = + - @ (or a tab or
// carriage return) would become one when someone edits the cell in Excel or the sheet is re-saved as
// CSV. Such cells get the Text number format ('@') and, after writing, quotePrefix (see package.ts:
// exceljs 4.4 cannot write that attribute itself), so Excel shows and keeps them as text.
import type { Cell, Style } from 'exceljs';
import { rateNumFmt } from '../../../shared/format/rate';
import { NUMBER_FORMATS } from './styles';

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

type CellStyle = Partial<Style>;

function applyStyle(cell: Cell, style: CellStyle | undefined): void {
  if (style) cell.style = { ...cell.style, ...style };
}

export function putText(cell: Cell, text: string, style?: CellStyle): void {
  cell.value = text;
  applyStyle(cell, style);
  if (looksLikeFormula(text)) {
    // quotePrefix is ignored by exceljs when writing; the Text format marks the cell for package.ts.
    cell.style = { ...cell.style, numFmt: NUMBER_FORMATS.text, quotePrefix: true } as CellStyle;
  }
}

/** A number with its format; null leaves the cell empty (no data is not zero). */
export function putNumber(cell: Cell, value: number | null, numFmt: string, style?: CellStyle): void {
  cell.value = value === null || !Number.isFinite(value) ? null : value;
  applyStyle(cell, style);
  cell.numFmt = numFmt;
}

/**
 * A rate (a fraction) as a number with the percentage format it needs to read as formatRate reads it:
 * '0%' usually, '0.0%' for 199 of 200 (99,5%, never 100%), more decimals when one is not enough.
 */
export function putRate(cell: Cell, fraction: number | null, style?: CellStyle): void {
  putNumber(cell, fraction, rateNumFmt(fraction), style);
}

/** An ISO date as a real date (UTC midnight, so the serial is a whole day in every time zone). */
export function putDate(cell: Cell, iso: string | null, style?: CellStyle, whenNull = ''): void {
  applyStyle(cell, style);
  if (iso === null) {
    putText(cell, whenNull);
    return;
  }
  const [y, m, d] = iso.split('-').map(Number);
  cell.value = new Date(Date.UTC(y!, m! - 1, d!));
  cell.numFmt = NUMBER_FORMATS.date;
}

/**
 * The format of one value by itself: a whole number without decimals, else as many decimals as it has (at
 * most 3). A target of 2 prints "2" in every row, whatever the value beside it ("2.0" only when it is 2.0
 * is never the case: numbers carry no trailing zeros).
 */
export function numberFormatOf(value: number | null): string {
  if (value === null || Number.isInteger(value)) return NUMBER_FORMATS.integer;
  const decimals = Math.min(3, (String(value).split('.')[1] ?? '').length || 1);
  return `#,##0.${'0'.repeat(decimals)}`;
}

/** Integer format for whole numbers, one decimal otherwise: 1.200 and 95,5 both read naturally. */
export function formatFor(...values: (number | null)[]): string {
  return values.every((v) => v === null || Number.isInteger(v))
    ? NUMBER_FORMATS.integer
    : NUMBER_FORMATS.decimal;
}
