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

// Shared style objects. exceljs turns each cell's style object into a style id when it writes the sheet,
// remembering the objects it has seen (a WeakMap in its styles writer): a style object shared by many
// cells is serialised once, while a copy per cell has its font, border and alignment serialised and
// looked up again for every cell. So cells get the same object for the same style: the style given, or
// one derived from it (with a number format, merged over the cell's style) made once and remembered.
// These objects are never changed afterwards: write a cell's format through these helpers, never with
// exceljs's setters (cell.numFmt = …), which would change the shared object of every cell that has it.
const merges = new WeakMap<CellStyle, WeakMap<CellStyle, CellStyle>>();
const formats = new WeakMap<CellStyle, Map<string, CellStyle>>();

/** `{ ...current, ...style }`, as one object per pair (the style itself over a cell without a style). */
function merged(current: CellStyle, style: CellStyle): CellStyle {
  if (current === style || Object.keys(current).length === 0) return style;
  let byStyle = merges.get(current);
  if (!byStyle) merges.set(current, (byStyle = new WeakMap()));
  let result = byStyle.get(style);
  if (!result) byStyle.set(style, (result = { ...current, ...style }));
  return result;
}

/** `{ ...style, numFmt }` (and quotePrefix for the Text format), one object per style and format. */
function formatted(style: CellStyle, numFmt: string, quotePrefix = false): CellStyle {
  if (style.numFmt === numFmt && !quotePrefix) return style;
  let byFormat = formats.get(style);
  if (!byFormat) formats.set(style, (byFormat = new Map()));
  const key = quotePrefix ? `quote:${numFmt}` : numFmt;
  let result = byFormat.get(key);
  if (!result) {
    result = (quotePrefix ? { ...style, numFmt, quotePrefix } : { ...style, numFmt }) as CellStyle;
    byFormat.set(key, result);
  }
  return result;
}

function applyStyle(cell: Cell, style: CellStyle | undefined): void {
  if (style) cell.style = merged(cell.style, style);
}

export function putText(cell: Cell, text: string, style?: CellStyle): void {
  cell.value = text;
  applyStyle(cell, style);
  if (looksLikeFormula(text)) {
    // quotePrefix is ignored by exceljs when writing; the Text format marks the cell for package.ts.
    cell.style = formatted(cell.style, NUMBER_FORMATS.text, true);
  }
}

/** A number with its format; null leaves the cell empty (no data is not zero). */
export function putNumber(cell: Cell, value: number | null, numFmt: string, style?: CellStyle): void {
  cell.value = value === null || !Number.isFinite(value) ? null : value;
  applyStyle(cell, style);
  cell.style = formatted(cell.style, numFmt);
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
  cell.style = formatted(cell.style, NUMBER_FORMATS.date);
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
