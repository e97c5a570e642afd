// The spreadsheet reader for files from anyone (main/excel/lists): formulas read as their cached values,
// parts found through relationships whatever they are called, and hostile files bounded: too large, too
// many rows, a zip bomb, too slow (the worker is ended and the next file still read), kinds it does not
// read refused with what to do.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { READ_LIMITS, type ReadLimits } from '../../../main/excel/lists/limits';
import { readSheetFiles } from '../../../main/excel/lists/read';

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Kế hoạch'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const one = async (bytes: Buffer, fileName = 'a.xlsx', limits: ReadLimits = READ_LIMITS) => {
  const [outcome] = await readSheetFiles([{ fileName, bytes }], limits);
  return outcome!;
};

describe('reading what people send', () => {
  it('reads a formula as its cached value, marks one never calculated, and dates, percentages and merges', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2', result: 84 };
      ws.getCell('B1').value = { formula: 'C1', result: undefined } as unknown as ExcelJS.CellValue;
      ws.getCell('C1').value = new Date(Date.UTC(2026, 11, 15));
      ws.getCell('D1').value = 0.85;
      ws.getCell('D1').numFmt = '0%';
      ws.getCell('A2').value = 'Nhóm';
      ws.mergeCells('A2:D2');
    });
    const o = await one(bytes);
    if (!o.ok) throw new Error(o.message);
    const [r1, r2] = o.book.sheets[0]!.rows;
    expect(r1!.cells[0]).toEqual({ value: 84, formula: true });
    expect(r1!.cells[1]).toEqual({ value: null, formula: true, uncalculated: true });
    expect(r1!.cells[2]).toMatchObject({ date: '2026-12-15' });
    expect(r1!.cells[3]).toEqual({ value: 0.85, percent: true });
    expect(r2!.merges).toEqual([[0, 3]]);
  });

  it('finds worksheets and shared strings through the relationships, whatever the writer called them', async () => {
    const zip = await JSZip.loadAsync(await workbook((ws) => (ws.getCell('A1').value = 'Nhiệm vụ')));
    const rename = async (from: string, to: string) => {
      zip.file(to, await zip.file(from)!.async('nodebuffer'));
      zip.remove(from);
    };
    await rename('xl/worksheets/sheet1.xml', 'xl/worksheets/Data.xml');
    await rename('xl/sharedStrings.xml', 'xl/SharedStrings.xml');
    for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const text = await zip.file(part)!.async('string');
      zip.file(
        part,
        text.replace(/sheet1\.xml/g, 'Data.xml').replace(/sharedStrings\.xml/g, 'SharedStrings.xml'),
      );
    }
    const o = await one(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    if (!o.ok) throw new Error(o.message);
    expect(o.book.sheets[0]!.rows[0]!.cells[0]).toEqual({ value: 'Nhiệm vụ' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const o = await one(Buffer.alloc(2048, 65), 'lon.csv', { ...READ_LIMITS, maxFileBytes: 1024 });
    expect(o).toMatchObject({
      ok: false,
      code: 'TEP_QUA_LON',
      message: expect.stringMatching(/lớn 0,0 MB, quá giới hạn 0,0 MB/),
    });
  });

  it('refuses a sheet with more rows than the limit', async () => {
    const bytes = await workbook((ws) => {
      for (let r = 1; r <= 60; r++) ws.getCell(r, 1).value = r;
    });
    const o = await one(bytes, 'dai.xlsx', { ...READ_LIMITS, maxRows: 50 });
    expect(o).toMatchObject({
      ok: false,
      code: 'TEP_QUA_LON',
      message: expect.stringMatching(/quá nhiều dòng hoặc cột/),
    });
  });

  it('refuses a zip bomb from its declared size, before inflating it', async () => {
    const zip = await JSZip.loadAsync(await workbook((ws) => (ws.getCell('A1').value = 1)));
    zip.file('xl/media/bom.bin', Buffer.alloc(70 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const o = await one(bomb, 'bom.xlsx');
    expect(o).toMatchObject({
      ok: false,
      code: 'TEP_KHONG_HOP_LE',
      message: expect.stringMatching(/quá giới hạn 64 MB/),
    });
  });

  it('ends a read that takes too long, and gives the next file a fresh worker', async () => {
    const bytes = await workbook((ws) => (ws.getCell('A1').value = 'ok'));
    const outcomes = await readSheetFiles(
      [
        { fileName: 'cham.xlsx', bytes },
        { fileName: 'sau.csv', bytes: Buffer.from('a;b\n1;2\n') },
      ],
      { ...READ_LIMITS, maxMillis: 1 },
    );
    // No worker starts within a millisecond: each file is given its own worker and its own verdict.
    expect(outcomes).toEqual([
      {
        ok: false,
        code: 'DOC_QUA_LAU',
        message: expect.stringMatching(/^Đọc tệp «cham\.xlsx» quá 0 giây nên đã dừng/),
      },
      {
        ok: false,
        code: 'DOC_QUA_LAU',
        message: expect.stringMatching(/^Đọc tệp «sau\.csv» quá 0 giây nên đã dừng/),
      },
    ]);
    // And a read with the normal limits afterwards is unharmed.
    expect(
      (await readSheetFiles([{ fileName: 'sau.csv', bytes: Buffer.from('a;b\n1;2\n') }]))[0],
    ).toMatchObject({ ok: true });
  });

  it.each([
    [
      'an OpenDocument file',
      Buffer.concat([
        Buffer.from('PK\u0003\u0004'),
        Buffer.alloc(26),
        Buffer.from('mimetypeapplication/vnd.oasis'),
      ]),
      'DINH_DANG_KHAC',
      /OpenDocument \(\.ods\)/,
    ],
    [
      'a web page named .xls',
      Buffer.from('<html><body><table></table></body></html>'),
      'DINH_DANG_KHAC',
      /trang web/,
    ],
    [
      'a binary that is not a spreadsheet',
      Buffer.from([1, 2, 0, 3, 0, 4]),
      'DINH_DANG_KHAC',
      /không phải là tệp Excel/,
    ],
    ['an empty file', Buffer.alloc(0), 'TEP_RONG', /rỗng/],
  ])('refuses %s, saying what to do', async (_what, bytes, code, message) => {
    const o = await one(bytes, 'tep.xls');
    expect(o).toMatchObject({ ok: false, code });
    if (!o.ok) expect(o.message).toMatch(message);
  });
});
