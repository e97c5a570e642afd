// The printed pages of every sheet of a workbook read back: row heights and print setup through exceljs,
// the manual row breaks from the sheet's XML (exceljs reads them but does not keep them), and the pages
// computed by the same function the workbook writers place their breaks with (main/excel/report/pages.ts).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { printedPages, rowHeightOf } from '../../main/excel/report/pages';

export interface SheetPages {
  ws: ExcelJS.Worksheet;
  /** The rows of each printed page. */
  pages: number[][];
  /** The page (0-based) a row prints on. */
  pageOf: (row: number) => number;
  /** <pageSetup> and <headerFooter> as written, for what exceljs does not read back. */
  xml: string;
}

export async function readPrintedPages(xlsx: Buffer): Promise<Map<string, SheetPages>> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as the older Buffer; a Node Buffer is what it reads.
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, SheetPages>();
  for (const [i, ws] of wb.worksheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    // <brk id="n"/> breaks the page after row n.
    const breaks = new Set([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1));
    const area = /:[A-Z]+(\d+)$/.exec(ws.pageSetup.printArea ?? '');
    const lastRow = area ? Number(area[1]) : ws.rowCount;
    const pages = printedPages({ height: (r) => rowHeightOf(ws, r), lastRow, setup: ws.pageSetup, breaks });
    const page = new Map(pages.flatMap((p, n) => p.map((r) => [r, n] as const)));
    out.set(ws.name, { ws, pages, pageOf: (r) => page.get(r) ?? -1, xml });
  }
  return out;
}

/** The text of a cell, whatever its value (rich text joined). */
export function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
