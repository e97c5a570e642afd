// Small helpers over an exceljs worksheet: merged text blocks with a style on every cell of the range
// (borders of a merged range are drawn per cell), and paragraphs cut into rows of estimated height.
import type { Cell, Style, Worksheet } from 'exceljs';
import { putText } from './cells';
import { columnPixels, lineCount, rowHeight, textBlocks } from './layout';

export type CellStyle = Partial<Style>;

export function span(ws: Worksheet, row: number, from: number, to: number): Cell {
  if (to > from) ws.mergeCells(row, from, row, to);
  return ws.getCell(row, from);
}

/** Text in columns from..to of one row, the style (borders included) applied to every cell of the range. */
export function spanText(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  style: CellStyle,
): Cell {
  // One style object for the range (see cells.ts: shared objects are serialised once).
  for (let c = from; c <= to; c++) ws.getCell(row, c).style = style;
  const cell = span(ws, row, from, to);
  putText(cell, text, style);
  return cell;
}

/** Pixel width of columns from..to, from the widths set on the sheet. */
export function spanPixels(ws: Worksheet, from: number, to: number): number {
  let px = 0;
  for (let c = from; c <= to; c++) px += columnPixels(ws.getColumn(c).width ?? 9);
  return px;
}

/** Sets a row's height to fit `text` in columns from..to (never lower than one line). */
export function fitRow(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  fontPt: number,
  bold = false,
): void {
  const lines = lineCount(text, spanPixels(ws, from, to), fontPt, bold);
  const r = ws.getRow(row);
  r.height = Math.max(r.height ?? 0, rowHeight(lines, fontPt));
}

/** First-line indent of body paragraphs (about 1 cm), as no-break spaces: Excel has no first-line indent. */
export const INDENT = '\u00a0'.repeat(7);

/**
 * Writes a (possibly long, multi-paragraph) text from `row` on, across columns from..to, one row per block
 * of a few lines; each paragraph starts with the first-line indent. `headings` (bold lines such as
 * "II. TỒN TẠI, HẠN CHẾ") go into the same cell as the first block, so a heading can never be left alone
 * at the foot of a page with its text on the next. Returns the next free row.
 */
export function paragraphs(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  fontPt: number,
  style: CellStyle,
  options: { indent?: boolean; headings?: string[]; oneCell?: boolean } = {},
): number {
  const px = spanPixels(ws, from, to);
  const headings = options.headings ?? [];
  const headingLines = headings.reduce((n, h) => n + lineCount(h, px, fontPt, true), 0);
  let r = row;
  let first = true;
  for (const paragraph of text.split('\n')) {
    const blocks = textBlocks(
      `${options.indent === false ? '' : INDENT}${paragraph.trim()}`,
      px,
      fontPt,
      options.oneCell ? ONE_CELL_LINES : MAX_BLOCK_LINES,
    );
    for (const block of blocks) {
      const cell = spanText(ws, r, from, to, block.text, style);
      let lines = block.lines;
      if (first && headings.length) {
        cell.value = {
          richText: [
            { text: `${headings.join('\n')}\n`, font: { ...style.font, bold: true } },
            { text: block.text, font: style.font ?? {} },
          ],
        };
        lines += headingLines;
      }
      ws.getRow(r).height = rowHeight(lines, fontPt);
      first = false;
      r++;
    }
  }
  return r;
}

/** Lines of one row of body text: short enough that a page break never leaves much of a page empty. */
const MAX_BLOCK_LINES = 5;
/** A paragraph kept in one cell: as many lines as a row may hold (Excel's 409 pt, about 25 lines of 13 pt). */
const ONE_CELL_LINES = 24;
