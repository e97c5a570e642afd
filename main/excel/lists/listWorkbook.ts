// A list as it is on screen, as an .xlsx in the reports' house style: Times New Roman, a title and what
// the list shows (plan, filters, reference date) above the table, the header row frozen and filterable,
// numbers as numbers, dates as dates, rates as percentages, every text a person typed kept as text (never
// a formula), A4 landscape fitted to the page width with the header repeated on every printed page.
import ExcelJS from 'exceljs';
import { stripXmlForbidden } from '../../../shared/text/xmlChars';
import { putDate, putNumber, putRate, putText } from '../report/cells';
import { packWorkbook } from '../report/package';
import { BOX, CENTER, LEFT_TOP, NUMBER_FORMATS, TABLE_PT, font, setupPage } from '../report/styles';

export type ListCell = string | number | null;

export interface ListColumn {
  header: string;
  /** Width in characters. */
  width: number;
  kind: 'text' | 'integer' | 'decimal' | 'date' | 'rate' | 'center';
}

export interface ListSheet {
  name: string;
  title: string;
  /** Lines under the title: what the list shows ("Kế hoạch 45/KH-UBND", "Tình trạng tại ngày …"). */
  subtitle: string[];
  columns: ListColumn[];
  rows: ListCell[][];
}

export interface ListWorkbook {
  title: string;
  generatedAt: Date;
  sheets: ListSheet[];
}

/** Rows between two yields to the event loop while writing a long list. */
const ROWS_PER_TICK = 500;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function writeSheet(wb: ExcelJS.Workbook, sheet: ListSheet): { ws: ExcelJS.Worksheet; headerRow: number } {
  const headerRow = 2 + sheet.subtitle.length + 1;
  const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow, showGridLines: false }],
  });
  sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  setupPage(ws, 'landscape', `${headerRow}:${headerRow}`);
  const last = sheet.columns.length;
  ws.mergeCells(1, 1, 1, last);
  putText(ws.getCell(1, 1), sheet.title.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    alignment: CENTER,
  });
  ws.getRow(1).height = 22;
  sheet.subtitle.forEach((line, i) => {
    ws.mergeCells(2 + i, 1, 2 + i, last);
    putText(ws.getCell(2 + i, 1), line, { font: font(12, { italic: true }), alignment: CENTER });
  });
  const head = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  sheet.columns.forEach((c, i) => putText(ws.getCell(headerRow, i + 1), c.header, head));
  ws.getRow(headerRow).height = 32;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: last } };
  return { ws, headerRow };
}

function writeCell(cell: ExcelJS.Cell, column: ListColumn, value: ListCell): void {
  const style = {
    font: font(TABLE_PT),
    border: BOX,
    alignment:
      column.kind === 'text'
        ? LEFT_TOP
        : column.kind === 'center' || column.kind === 'date'
          ? { horizontal: 'center' as const, vertical: 'top' as const, wrapText: true }
          : { horizontal: 'right' as const, vertical: 'top' as const },
  };
  switch (column.kind) {
    case 'integer':
    case 'decimal':
      return putNumber(
        cell,
        typeof value === 'number' ? value : null,
        column.kind === 'integer' || (typeof value === 'number' && Number.isInteger(value))
          ? NUMBER_FORMATS.integer
          : '#,##0.0##',
        style,
      );
    case 'rate':
      return putRate(cell, typeof value === 'number' ? value : null, style);
    case 'date':
      return putDate(cell, typeof value === 'string' && value ? value : null, style);
    default:
      return putText(cell, value === null ? '' : stripXmlForbidden(String(value)), style);
  }
}

export async function writeListWorkbook(list: ListWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = list.title;
  wb.created = list.generatedAt;
  wb.modified = list.generatedAt;
  let written = 0;
  for (const sheet of list.sheets) {
    const { ws, headerRow } = writeSheet(wb, sheet);
    for (const [i, values] of sheet.rows.entries()) {
      const row = ws.getRow(headerRow + 1 + i);
      sheet.columns.forEach((c, j) => writeCell(row.getCell(j + 1), c, values[j] ?? null));
      if (++written % ROWS_PER_TICK === 0) await tick();
    }
  }
  return packWorkbook(wb);
}
