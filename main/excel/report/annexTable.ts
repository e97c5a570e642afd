// What the two annex sheets share: A4 landscape, the title block ("PHỤ LỤC 1", title, "Kèm theo Báo cáo
// số …"), the column header with its (1) (2) … numbering row (both repeated on every printed page and
// frozen on screen), pillar group rows and subtotal rows, and the closing summary table by pillar.
import type { Workbook, Worksheet } from 'exceljs';
import { formatDate } from '../../../shared/format/vi';
import type { AnnexGroup, ReportModel } from '../../../shared/report/model';
import { periodPhrase } from '../../../shared/report/text';
import { figuresDateLine } from '../../../shared/report/provisional';
import { putNumber, putRate } from './cells';
import { columnPixels, lineCount, rowHeight } from './layout';
import { fitRow, span, spanText, type CellStyle } from './sheet';
import { placeBreaks, scaleToWidth } from './pages';
import { BOX, CENTER, CENTER_TOP, LEFT_TOP, TABLE_PT, font, setupPage } from './styles';

export interface AnnexColumn {
  header: string;
  width: number;
}

export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = 8;

export const cellStyle: CellStyle = { font: font(TABLE_PT), border: BOX, alignment: LEFT_TOP };
export const centerStyle: CellStyle = { ...cellStyle, alignment: CENTER_TOP };
export const numberStyle: CellStyle = {
  ...cellStyle,
  alignment: { horizontal: 'right', vertical: 'top', wrapText: false, indent: 1 },
};

export function addAnnexSheet(wb: Workbook, name: string, columns: AnnexColumn[]): Worksheet {
  // Frozen below the column header, so the header stays in view while scrolling a long annex.
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1, showGridLines: false }],
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  setupPage(ws, 'landscape', { titleRows: `${HEADER_ROW}:${FIRST_DATA_ROW - 1}`, paged: true });
  return ws;
}

/**
 * Rows of a sheet that must not end a page (a heading, a group row, the last row before a subtotal), kept
 * while the sheet is written and used by `finishPages` once every row has its height.
 */
export type KeepWithNext = Set<number>;

/**
 * Prints the sheet at the scale its columns need and places the row breaks that keep each row of `keep`
 * with the next; sets the print area. Returns the number of printed pages.
 */
export function finishPages(ws: Worksheet, lastColumn: number, lastRow: number, keep: KeepWithNext): number {
  ws.pageSetup.scale = scaleToWidth(ws, lastColumn);
  ws.pageSetup.printArea = `A1:${ws.getColumn(lastColumn).letter}${lastRow}`;
  return placeBreaks(ws, lastRow, keep).length;
}

/** Rows 1-7: titles, then the column header and the column numbers. */
export function annexHeading(
  ws: Worksheet,
  m: ReportModel,
  label: string,
  title: string,
  columns: AnnexColumn[],
): void {
  const last = columns.length;
  spanText(ws, 1, 1, last, label.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    alignment: CENTER,
  });
  const fullTitle = `${title} ${periodPhrase(m.period.label)}`.toLocaleUpperCase('vi');
  spanText(ws, 2, 1, last, fullTitle, { font: font(13, { bold: true }), alignment: CENTER });
  fitRow(ws, 2, 1, last, fullTitle, 13, true);
  const number = m.docNumber.trim() ? `số ${m.docNumber.trim()} ` : '';
  const attached = `(Kèm theo Báo cáo ${number}ngày ${formatDate(m.header.date)} của ${m.committee})`;
  spanText(ws, 3, 1, last, attached, { font: font(12, { italic: true }), alignment: CENTER });
  fitRow(ws, 3, 1, last, attached, 12);
  spanText(ws, 4, 1, last, figuresDateLine(m), {
    font: font(12, { italic: true }),
    alignment: CENTER,
  });
  // Every row has its height written: a row left to the program is sized differently by each one.
  ws.getRow(1).height = rowHeight(1, 13);
  ws.getRow(4).height = rowHeight(1, 12);
  ws.getRow(5).height = 8;
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  columns.forEach((c, i) => spanText(ws, HEADER_ROW, i + 1, i + 1, c.header, head));
  ws.getRow(HEADER_ROW).height = 32;
  const numbering: CellStyle = { font: font(10, { italic: true }), border: BOX, alignment: CENTER };
  columns.forEach((_, i) => spanText(ws, HEADER_ROW + 1, i + 1, i + 1, `(${i + 1})`, numbering));
  ws.getRow(HEADER_ROW + 1).height = rowHeight(1, 10);
}

/** A pillar's heading row: its numeral in the STT column, its name across the rest. */
export function groupRow(ws: Worksheet, row: number, numeral: string, name: string, last: number): void {
  const style: CellStyle = {
    font: font(TABLE_PT, { bold: true }),
    border: BOX,
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  };
  spanText(ws, row, 1, 1, numeral, { ...style, alignment: CENTER });
  spanText(ws, row, 2, last, name, style);
  fitRow(ws, row, 2, last, name, TABLE_PT, true);
}

/** The subtotal line under a pillar's rows ("Cộng: …"), in words; the numbers are in the summary table. */
export function subtotalRow(ws: Worksheet, row: number, text: string, last: number): void {
  const style: CellStyle = {
    font: font(TABLE_PT, { bold: true, italic: true }),
    border: BOX,
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  };
  spanText(ws, row, 1, 1, '', style);
  spanText(ws, row, 2, last, text, style);
  fitRow(ws, row, 2, last, text, TABLE_PT, true);
}

export interface SummaryColumn {
  header: string;
  /** Sheet columns the cell spans. */
  from: number;
  to: number;
  numFmt?: string;
  /** A rate column: each cell gets the percentage format its value needs (cells.ts putRate). */
  rate?: boolean;
}

/**
 * The table by pillar at the end of an annex: one row per pillar and a total row, every figure a number
 * (the subtotal lines above are words, for reading; these are for adding up).
 */
export function summaryTable(
  ws: Worksheet,
  heading: string,
  columns: SummaryColumn[],
  rows: { label: string; values: (number | null)[]; total?: boolean }[],
  keep: KeepWithNext,
): number {
  const last = columns[columns.length - 1]!.to;
  let r = SUMMARY_HEADER_ROW - 1;
  // The heading, the header and the first row stay together: a heading never ends a page.
  keep.add(r).add(r + 1);
  spanText(ws, r, 1, last, heading, {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'left', vertical: 'middle' },
  });
  ws.getRow(r++).height = 24;
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  spanText(ws, r, 1, 1, 'STT', head);
  for (const c of columns) spanText(ws, r, c.from, c.to, c.header, head);
  ws.getRow(r++).height = 30;
  rows.forEach((line, i) => {
    if (line.total) keep.add(r - 1);
    const f = font(TABLE_PT, { bold: line.total ?? false });
    const centered = { ...centerStyle, font: f };
    const text = { ...cellStyle, font: f };
    const figure = { ...numberStyle, font: f };
    if (line.total) spanText(ws, r, 1, 1, '', centered);
    else putNumber(span(ws, r, 1, 1), i + 1, '0', centered);
    columns.forEach((c, ci) => {
      if (ci === 0) {
        spanText(ws, r, c.from, c.to, line.label, text);
        return;
      }
      for (let x = c.from; x <= c.to; x++) ws.getCell(r, x).style = figure;
      const value = line.values[ci - 1] ?? null;
      const target = span(ws, r, c.from, c.to);
      if (c.rate) putRate(target, value, figure);
      else putNumber(target, value, c.numFmt ?? '#,##0', figure);
    });
    fitRow(ws, r, columns[0]!.from, columns[0]!.to, line.label, TABLE_PT, line.total ?? false);
    r++;
  });
  return r;
}

/**
 * Sets a data row's height from its longest wrapped text. LibreOffice does not grow rows to their
 * content on opening a file, and Excel only sometimes does, so the height is written explicitly.
 */
export function fitCells(ws: Worksheet, row: number, last: number): void {
  let lines = 1;
  for (let c = 1; c <= last; c++) {
    const value = ws.getCell(row, c).value;
    if (typeof value === 'string' && value)
      lines = Math.max(lines, lineCount(value, columnPixels(ws.getColumn(c).width ?? 9), TABLE_PT));
  }
  ws.getRow(row).height = rowHeight(lines, TABLE_PT);
}

/** Lets the event loop breathe while a big annex is written, so the window stays responsive. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The body of an annex: per pillar its group row, its data rows (each fitted to its text) and its "Cộng"
 * row, then "Tổng cộng"; returns the next free row. The title block and each group row are kept with the
 * row under them, and a group's last row with its subtotal (so "Cộng IV" never starts a page alone, and a
 * group heading never ends one). `onRow` is called after every data row (progress).
 */
export async function writeGroupedRows<Row, Subtotal>(
  ws: Worksheet,
  annex: { groups: AnnexGroup<Row, Subtotal>[]; total: Subtotal },
  last: number,
  writeRow: (r: number, row: Row) => void,
  words: (s: Subtotal) => string,
  keep: KeepWithNext,
  onRow?: () => Promise<void>,
): Promise<number> {
  for (let r = 1; r < FIRST_DATA_ROW; r++) keep.add(r);
  let r = FIRST_DATA_ROW;
  for (const g of annex.groups) {
    keep.add(r);
    groupRow(ws, r++, g.numeral, g.pillarName, last);
    for (const row of g.rows) {
      writeRow(r, row);
      fitCells(ws, r, last);
      r++;
      await onRow?.();
    }
    keep.add(r - 1);
    subtotalRow(ws, r++, `Cộng ${g.numeral}: ${words(g.subtotal)}`, last);
    await tick();
  }
  // "Tổng cộng" stays with the last subtotal.
  keep.add(r - 1);
  subtotalRow(ws, r++, `Tổng cộng: ${words(annex.total)}`, last);
  return r;
}

/**
 * The sheet after an annex that holds its summary table by pillar: a sheet of its own, so the table is
 * printed under its own header and never under the annex's repeated column titles. Its pages go on from the
 * annex's (the first numbered `annexPages + 1`), with the annex's column widths.
 */
export function addSummarySheet(
  wb: Workbook,
  name: string,
  columns: AnnexColumn[],
  annexPages: number,
): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ showGridLines: false }] });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  setupPage(ws, 'landscape', {
    titleRows: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`,
    paged: true,
    firstPageNumber: annexPages + 1,
    numberFirstPage: true,
  });
  return ws;
}

/** Row of the summary sheet's column header (after the heading). */
export const SUMMARY_HEADER_ROW = 2;
