// Exports of what is on screen (exports.* through the router), read back with exceljs: the rows the list
// shows with its filters and sort, in the reports' house style (Times New Roman, header frozen and
// filterable, numbers as numbers, dates as dates, A4 landscape fitted to the width).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import type { Agency, FileDownload, Page, TaskRow } from '../../../shared/api/types';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let route: Route;
let planId: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function sheetOf(file: FileDownload): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
  return wb.worksheets[0]!;
}

/** The header row: the first row whose first cell is "STT". */
function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r < 10; r++) if (ws.getCell(r, 1).value === 'STT') return r;
  throw new Error('no header row');
}

beforeAll(async () => {
  store = await openTestStore('2026-12-01T03:00:00.000Z');
  route = createRouter(createHandlers(store.host));
  ({ planId } = await call<{ planId: string }>('app.createDemo', { year: 2026 }));
});
afterAll(() => store.close());

describe('exports of the lists', () => {
  it('the task list with its filters and sort: the same rows, in the same order', async () => {
    const filter = {
      planId,
      situations: ['qua_han', 'sap_den_han', 'trong_han'],
      sort: 'dueDate',
      dir: 'desc',
    };
    const page = await call<Page<TaskRow>>('tasks.list', { ...filter, limit: 20_000 });
    const file = await call<FileDownload>('exports.tasks', filter);
    expect(file.fileName).toBe('Danh-sach-nhiem-vu_2026-12-01.xlsx');
    const ws = await sheetOf(file);
    const h = headerRowOf(ws);
    const codes = [];
    for (let r = h + 1; r <= ws.rowCount; r++) codes.push(ws.getCell(r, 2).value);
    expect(codes).toEqual(page.rows.map((t) => t.code));
    expect(page.rows.length).toBeGreaterThan(5);
    expect(String(ws.getCell(3, 1).value)).toMatch(
      /^Tình trạng tại ngày 01\/12\/2026; \d+ nhiệm vụ; sắp xếp theo thời hạn \(giảm dần\)$/,
    );
    expect(String(ws.getCell(4, 1).value)).toBe('Lọc: tình trạng quá hạn, sắp đến hạn, trong hạn');
    const first = page.rows[0]!;
    expect(ws.getCell(h + 1, 8).value).toBe(first.progress);
    expect(ws.getCell(h + 1, 6).value).toBeInstanceOf(Date);
    expect(ws.getCell(h + 1, 6).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(h + 1, 3).font?.name).toBe('Times New Roman');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: h });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('the values grid of a year, numbers as numbers', async () => {
    const ws = await sheetOf(await call<FileDownload>('exports.values', { planId, year: 2026 }));
    const h = headerRowOf(ws);
    expect(ws.getRow(h).values).toEqual(
      expect.arrayContaining(['Quý I/2026', 'Quý IV/2026', 'Năm 2026', 'Kế hoạch năm 2026']),
    );
    const numbers = [];
    for (let r = h + 1; r <= ws.rowCount; r++) numbers.push(ws.getCell(r, 6).value);
    expect(numbers.some((v) => typeof v === 'number')).toBe(true);
    expect(numbers.every((v) => v === null || typeof v === 'number')).toBe(true);
  });

  it('the indicator list and the agency list', async () => {
    const ind = await sheetOf(await call<FileDownload>('exports.indicators', { planId }));
    expect(ind.getRow(headerRowOf(ind)).values).toEqual(
      expect.arrayContaining(['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ', 'Đánh giá']),
    );
    const agencies = await call<Agency[]>('agencies.list', {});
    const ws = await sheetOf(await call<FileDownload>('exports.agencies', {}));
    const h = headerRowOf(ws);
    expect(ws.rowCount - h).toBe(agencies.length);
    expect(ws.getCell(h + 1, 3).value).toBe(agencies[0]!.name);
  });

  it('keeps a text that looks like a formula as text', async () => {
    await call('agencies.create', { code: 'F1', name: '=HYPERLINK("x")', kind: 'khac' });
    const file = Buffer.from((await call<FileDownload>('exports.agencies', {})).base64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(file).buffer);
    const ws = wb.worksheets[0]!;
    let found = false;
    ws.eachRow((row) => row.eachCell((c) => (found ||= c.value === '=HYPERLINK("x")' && c.numFmt === '@')));
    expect(found).toBe(true);
  });
});
