// workbookParts runs exceljs's XLSX.write steps itself, with a collector instead of its zip: its parts must
// be exactly those exceljs's own writeBuffer zips, in the same order. If a new exceljs changes its steps,
// this fails before any document does.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../main/excel/signature/zip';
import { workbookParts } from '../../../main/excel/report/workbookParts';
import { spanText } from '../../../main/excel/report/sheet';
import { BOX, font, setupPage } from '../../../main/excel/report/styles';

/** Two sheets with what TienDo's documents use: merged and rich text, styles, dates, breaks, print titles. */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = 'Báo cáo tiến độ';
  wb.created = new Date('2025-11-20T03:00:00Z');
  wb.modified = new Date('2025-11-20T03:00:00Z');
  const ws = wb.addWorksheet('Phụ lục 2', { views: [{ state: 'frozen', ySplit: 2, showGridLines: false }] });
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 32;
  setupPage(ws, 'landscape', { titleRows: '2:2', paged: true });
  spanText(ws, 1, 1, 3, 'PHỤ LỤC 2', { font: font(13, { bold: true }), border: BOX });
  ws.getCell(2, 1).value = { richText: [{ text: 'Tiêu đề\n', font: { bold: true } }, { text: 'nội dung' }] };
  for (let r = 3; r < 40; r++) {
    ws.getCell(r, 1).value = r - 2;
    ws.getCell(r, 2).value = `Nhiệm vụ chuyển đổi số ${r}`;
    ws.getCell(r, 3).value = new Date(Date.UTC(2025, 11, r % 28));
    ws.getCell(r, 3).numFmt = 'dd/mm/yyyy';
  }
  ws.getRow(20).addPageBreak();
  const summary = wb.addWorksheet('Tổng hợp');
  summary.getCell(1, 1).value = 'Tổng cộng';
  summary.getCell(1, 2).value = 0.815;
  summary.getCell(1, 2).numFmt = '0.0%';
  return wb;
}

describe('workbookParts', () => {
  it('gives the parts exceljs writeBuffer zips, in its order and byte for byte', async () => {
    const zipped = await readZip(Buffer.from(await sampleWorkbook().xlsx.writeBuffer()));
    const parts = await workbookParts(sampleWorkbook());
    expect([...parts.keys()]).toEqual(zipped.filter((e) => !e.directory).map((e) => e.name));
    for (const entry of zipped.filter((e) => !e.directory)) {
      const part = parts.get(entry.name)!;
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      expect(bytes.equals(entry.data), entry.name).toBe(true);
    }
    expect(parts.has('xl/sharedStrings.xml')).toBe(true);
  });
});
