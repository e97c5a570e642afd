// The table grid of the briefing's section sheets: seven columns on A4 landscape (STT, code, the long
// text, agency, then three short columns), so that tables with different contents share one sheet and
// print one page wide. Cells go through the report pipeline's helpers (text never becomes a formula).
import type { Workbook, Worksheet } from 'exceljs';
import { putDate, putNumber, putRate } from '../report/cells';
import { cellStyle, centerStyle, finishPages, numberStyle, type KeepWithNext } from '../report/annexTable';
import { fitRow, spanText, type CellStyle } from '../report/sheet';
import { BOX, CENTER, LEFT_TOP, NUMBER_FORMATS, TABLE_PT, font, setupPage } from '../report/styles';

export const WIDTHS = [6, 11, 58, 22, 13, 14, 22];
export const LAST = WIDTHS.length;

export type Value =
  | { text: string; center?: boolean; span?: number }
  | { number: number | null; fmt?: string; center?: boolean }
  | { date: string | null }
  | { percent: number | null };

export const txt = (text: string | null | undefined, center = false): Value => ({ text: text ?? '', center });
export const num = (n: number | null, fmt?: string): Value => ({ number: n, fmt });
/** A row number: a number (never text, so Excel does not flag it), centred as STT columns are. */
export const stt = (n: number): Value => ({ number: n, fmt: '0', center: true });
export const day = (d: string | null): Value => ({ date: d });
export const pct = (p: number | null): Value => ({ percent: p });

/**
 * A section sheet with one table; `headerRow` (its column header) stays in view and is printed again at the
 * top of every page the table continues on. One table a sheet, so no table prints under another's header.
 */
export function addSectionSheet(wb: Workbook, name: string, headerRow?: number): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [
      headerRow ? { state: 'frozen', ySplit: headerRow, showGridLines: false } : { showGridLines: false },
    ],
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'landscape', {
    ...(headerRow ? { titleRows: `${headerRow}:${headerRow}` } : {}),
    paged: true,
  });
  return ws;
}

/**
 * Places the sheet's page breaks once it is written: the title, the subheading and the column header stay
 * with the first row, a group row with its first task.
 */
export function finishSectionSheet(ws: Worksheet, lastRow: number, keep: KeepWithNext): void {
  for (let r = 1; r < TABLE_HEADER_ROW + 1; r++) keep.add(r);
  finishPages(ws, LAST, lastRow, keep);
}

/** The row of a section sheet's column header (after the title, its line, a spacer and the subheading). */
export const TABLE_HEADER_ROW = 5;

/** Rows 1-2: the section's title and what it is attached to; returns the next free row. */
export function sectionTitle(ws: Worksheet, title: string, attached: string): number {
  spanText(ws, 1, 1, LAST, title.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    alignment: CENTER,
  });
  fitRow(ws, 1, 1, LAST, title, 13, true);
  spanText(ws, 2, 1, LAST, attached, { font: font(12, { italic: true }), alignment: CENTER });
  fitRow(ws, 2, 1, LAST, attached, 12);
  ws.getRow(3).height = 8;
  return 4;
}

export function subheading(ws: Worksheet, row: number, text: string): number {
  spanText(ws, row, 1, LAST, text, {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'left', vertical: 'middle' },
  });
  ws.getRow(row).height = 20;
  return row + 1;
}

/** The column header; `headers` has one entry per grid column ('' leaves a column blank but boxed). */
export function headerRow(ws: Worksheet, row: number, headers: string[]): number {
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  headers.forEach((h, i) => spanText(ws, row, i + 1, i + 1, h, head));
  ws.getRow(row).height = 30;
  return row + 1;
}

/** One table row; a text value with `span` covers that many grid columns (the values after it move right). */
export function dataRow(ws: Worksheet, row: number, values: Value[]): number {
  let col = 1;
  for (const v of values) {
    const cell = ws.getCell(row, col);
    if ('text' in v) {
      const last = col + (v.span ?? 1) - 1;
      spanText(ws, row, col, last, v.text, v.center ? centerStyle : cellStyle);
      if (v.text) fitRow(ws, row, col, last, v.text, TABLE_PT);
      col = last;
    } else if ('number' in v)
      putNumber(cell, v.number, v.fmt ?? NUMBER_FORMATS.integer, v.center ? centerStyle : numberStyle);
    else if ('percent' in v) putRate(cell, v.percent, numberStyle);
    else putDate(cell, v.date, centerStyle);
    col++;
  }
  const r = ws.getRow(row);
  r.height = Math.max(r.height ?? 0, ONE_LINE_PT);
  return row + 1;
}

/** The column header; an entry of `spans` > 1 makes that header cover several grid columns. */
export function spannedHeaderRow(ws: Worksheet, row: number, headers: [string, number][]): number {
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  let col = 1;
  for (const [h, n] of headers) {
    spanText(ws, row, col, col + n - 1, h, head);
    col += n;
  }
  ws.getRow(row).height = 30;
  return row + 1;
}

/** An agency's heading row inside a grouped table. */
export function groupRow(ws: Worksheet, row: number, numeral: string, text: string): number {
  const style: CellStyle = {
    font: font(TABLE_PT, { bold: true }),
    border: BOX,
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  };
  spanText(ws, row, 1, 1, numeral, { ...style, alignment: CENTER });
  spanText(ws, row, 2, LAST, text, style);
  fitRow(ws, row, 2, LAST, text, TABLE_PT, true);
  return row + 1;
}

/** "Không có." in place of an empty table. */
export function noneRow(ws: Worksheet, row: number): number {
  spanText(ws, row, 1, LAST, 'Không có.', { font: font(TABLE_PT, { italic: true }), alignment: LEFT_TOP });
  ws.getRow(row).height = 18;
  return row + 1;
}

/** Height of a row holding only numbers or short texts: one line. */
export const ONE_LINE_PT = 18;
