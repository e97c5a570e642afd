// The exported briefing and notice read back with exceljs: sheet names, section headings and rows, and
// the model embedded in the package. (The briefing model itself is checked in briefing.test.ts.)
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COVER_SHEET,
  NOTICE_SHEET,
  SECTION_SHEETS,
  writeBriefingWorkbook,
  writeNoticeWorkbook,
} from '../../../main/excel/briefing';
import { buildBriefing } from '../../../main/services/briefing';
import { briefingHeader, buildNoticeDocument } from '../../../main/services/briefing/documents';
import { updateMeeting } from '../../../main/services/meetings';
import { cellText, readPrintedPages } from '../../helpers/printedPages';
import { openTestStore, type TestStore } from '../../helpers/store';
import { scriptHistory, type History } from './history';

let store: TestStore;
let h: History;
beforeEach(async () => {
  store = await openTestStore();
  h = scriptHistory(store);
});
afterEach(() => store.close());

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** Every row of a sheet as the texts of its cells (merged cells once), empty rows left out. */
function rows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value;
      const text =
        v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
      if (text !== '') cells.push(text);
    });
    if (cells.length > 0) out.push(cells);
  });
  return out;
}

describe('briefing workbook', () => {
  it('has the cover and one sheet per section, with the headings and rows of the model', async () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    const wb = await read(
      await writeBriefingWorkbook(b, briefingHeader(b), new Date('2025-06-09T03:00:00Z')),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([COVER_SHEET, ...SECTION_SHEETS]);

    const cover = rows(wb.getWorksheet(COVER_SHEET)!);
    expect(cover[0]).toEqual(['UBND TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(cover.flat()).toContain('TÀI LIỆU PHỤC VỤ PHIÊN HỌP THỨ 2');
    expect(cover.flat()).toContain(
      'Tình hình thực hiện nhiệm vụ chuyển đổi số từ ngày 11/03/2025 đến ngày 10/06/2025',
    );
    // Dated the day of the meeting it serves (10/06), not the day it was exported (09/06).
    expect(cover.flat()).toContain('Lâm Đồng, ngày 10 tháng 6 năm 2025');
    expect(cover.find((r) => r[1] === 'Nhiệm vụ đã hoàn thành từ phiên trước')).toEqual([
      '1',
      'Nhiệm vụ đã hoàn thành từ phiên trước',
      '3',
      'Biểu I',
    ]);
    expect(cover.find((r) => r[1] === 'Nhiệm vụ quá hạn tại ngày họp')).toEqual([
      '4',
      'Nhiệm vụ quá hạn tại ngày họp',
      '4',
      'Biểu II',
    ]);

    const changes = rows(wb.getWorksheet('I. Từ phiên trước')!);
    expect(changes[0]).toEqual(['I. KẾT QUẢ TỪ PHIÊN HỌP TRƯỚC']);
    const completedAt = changes.findIndex((r) => r[0] === '1. Nhiệm vụ đã hoàn thành từ phiên trước: 3');
    expect(changes[completedAt + 1]).toEqual([
      'STT',
      'Mã',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Ngày hoàn thành',
      'Tình trạng',
    ]);
    expect(changes.slice(completedAt + 2, completedAt + 5)).toEqual([
      [
        '1',
        'KL1.1',
        'Sở A hoàn thành cổng dữ liệu',
        'Sở A',
        '2025-04-30',
        '2025-04-20',
        'Hoàn thành đúng hạn',
      ],
      ['2', 'T13', 'Nhiệm vụ T13', 'Sở C', '2025-06-10', '2025-06-09', 'Hoàn thành đúng hạn'],
      ['3', 'T10', 'Nhiệm vụ T10', 'Sở A', '2025-06-01', '2025-06-10', 'Hoàn thành quá hạn'],
    ]);
    // One table a sheet: the newly overdue tasks and the new values follow on sheets of their own.
    const newlyOverdue = rows(wb.getWorksheet('I.2. Mới quá hạn')!);
    expect(newlyOverdue[0]).toEqual(['I. KẾT QUẢ TỪ PHIÊN HỌP TRƯỚC (TIẾP THEO)']);
    const overdueAt = newlyOverdue.findIndex((r) => r[0] === '2. Nhiệm vụ mới chuyển sang quá hạn: 3');
    expect(newlyOverdue.slice(overdueAt + 2, overdueAt + 5).map((r) => [r[1], r[5], r[6]])).toEqual([
      ['T5', '0.3', 'Quá hạn'],
      ['T3', '0.3', 'Quá hạn'],
      ['KL1.3', '0', 'Quá hạn'],
    ]);
    const values = rows(wb.getWorksheet('I.3. Số liệu mới')!);
    const valuesAt = values.findIndex((r) => r[0] === '3. Số liệu chỉ tiêu mới cập nhật: 2');
    expect(values.slice(valuesAt + 2)).toEqual([
      ['1', 'I1', 'Chỉ tiêu I1 (%)', 'Sở A', 'Quý II/2025', '20', '2025-06-05'],
      ['2', 'I3', 'Chỉ tiêu I3 (%)', 'Sở A', 'Quý II/2025', '90', '2025-06-10'],
    ]);

    const overdue = rows(wb.getWorksheet('II. Quá hạn')!);
    expect(overdue.slice(4).map((r) => r.slice(0, 2))).toEqual([
      // Agencies I, II, … in their group rows; tasks numbered 1, 2, … throughout, as numbers.
      ['I', 'Sở B (3)'],
      ['1', 'T4'],
      ['2', 'T5'],
      ['3', 'T3'],
      ['II', 'Sở C (1)'],
      ['4', 'KL1.3'],
    ]);
    expect(rows(wb.getWorksheet('III. Sắp đến hạn')!)[0]).toEqual([
      'III. NHIỆM VỤ SẮP ĐẾN HẠN (TRONG 7 NGÀY), THEO CƠ QUAN CHỦ TRÌ',
    ]);
    expect(rows(wb.getWorksheet('IV. Chỉ tiêu')!).slice(4)).toEqual([
      ['1', 'I1', 'Chỉ tiêu I1 (%)', 'Sở A', '100', '20', '0.2'],
    ]);
    expect(
      rows(wb.getWorksheet('V. Kết luận')!)
        .slice(4)
        .map((r) => r.slice(1)),
    ).toEqual([
      [
        'Phiên 1 (10/03/2025)',
        'Sở A hoàn thành cổng dữ liệu',
        'Sở A',
        '2025-04-30',
        'KL1.1',
        'Hoàn thành đúng hạn (100%)',
      ],
      ['Phiên 1 (10/03/2025)', 'Sở B rà soát thủ tục', 'Sở B', '2025-05-30', 'Chưa giao nhiệm vụ'],
      ['Phiên 1 (10/03/2025)', 'Sở C triển khai ký số', 'Sở C', '2025-05-25', 'KL1.3', 'Quá hạn (0%)'],
    ]);
    expect(rows(wb.getWorksheet('VI. Cơ quan')!).slice(3)).toEqual([
      ['STT', 'Cơ quan chủ trì', 'Nhiệm vụ đến hạn', 'Hoàn thành đúng hạn', 'Tỷ lệ đúng hạn', 'Quá hạn'],
      ['1', 'Sở B', '3', '0', '0', '3'],
      ['2', 'Sở C', '3', '1', String(1 / 3), '1'],
      ['3', 'Sở A', '3', '1', String(1 / 3), '0'],
    ]);
  });

  it('prints as an office prints it: one-cell opening, numbers 1, 2, … without gaps, STT as numbers, each table under its own header', async () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    const buffer = await writeBriefingWorkbook(b, briefingHeader(b), new Date('2025-06-09T03:00:00Z'));
    const sheets = await readPrintedPages(buffer);
    const cover = sheets.get(COVER_SHEET)!.ws;
    // The opening paragraph is one cell (row 9), the table follows after a spacer.
    expect(cellText(cover, 9, 1)).toMatch(
      /^\u00a0+Phục vụ phiên họp thứ 2 .* đã biết đến hết ngày 10\/06\/2025\.$/,
    );
    expect(cellText(cover, 11, 1)).toBe('STT');
    const numbers: number[] = [];
    for (let r = 12; r <= 21; r++) {
      const v = cover.getCell(r, 1).value;
      if (v !== null) numbers.push(v as number);
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const name of SECTION_SHEETS) {
      const s = sheets.get(name)!;
      // Each sheet numbers its own pages; its only table's header is what repeats.
      expect(s.xml).toMatch(/firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
      if (s.ws.pageSetup.printTitlesRow) {
        expect(s.ws.pageSetup.printTitlesRow).toBe('5:5');
        expect(cellText(s.ws, 5, 1)).toBe('STT');
      }
      for (let r = 6; r <= s.ws.rowCount; r++) {
        const stt = s.ws.getCell(r, 1);
        // Row numbers are numbers (Excel flags numbers stored as text); group rows carry I, II, …
        if (stt.value !== null && typeof stt.value !== 'number')
          expect(stt.value).toMatch(/^([IVXLC]+|Không có\.)$/);
      }
      const last = new Set(s.pages.slice(0, -1).map((p) => p[p.length - 1]!));
      for (let r = 1; r <= 5; r++) expect(last.has(r), `${name}: dòng ${r} cuối trang`).toBe(false);
    }
  });

  it('stores dates as dates and rates as numbers with formats, and embeds the model', async () => {
    const b = buildBriefing(store.ctx, h.meetings.m2);
    const buffer = await writeBriefingWorkbook(b, briefingHeader(b), new Date('2025-06-09T03:00:00Z'));
    const ws = (await read(buffer)).getWorksheet('VI. Cơ quan')!;
    const rate = ws.getCell('F6');
    expect(rate.value).toBe(0);
    expect(rate.numFmt).toBe('0%');
    const zip = await JSZip.loadAsync(buffer);
    const embedded = JSON.parse(await zip.file('tiendo/briefing-model.json')!.async('string')) as {
      schema: string;
      briefing: { counts: unknown };
    };
    expect(embedded.schema).toBe('tiendo.briefing/1');
    expect(embedded.briefing.counts).toEqual(b.counts);
  });
});

describe('notice workbook', () => {
  it('carries the Nghị định 30 header, the title, the text and the signature block', async () => {
    updateMeeting(store.ctx, h.meetings.m1, { noticeNumber: '12/TB-BCĐ', noticeDate: '2025-03-13' });
    const wb = await read(await writeNoticeWorkbook(buildNoticeDocument(store.ctx, h.meetings.m1)));
    expect(wb.worksheets.map((w) => w.name)).toEqual([NOTICE_SHEET]);
    const r = rows(wb.getWorksheet(NOTICE_SHEET)!);
    expect(r[0]).toEqual(['UBND TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(r[2]).toEqual(['Số: 12/TB-BCĐ', 'Lâm Đồng, ngày 13 tháng 3 năm 2025']);
    expect(r[3]).toEqual(['THÔNG BÁO']);
    expect(r[4]![0]).toMatch(/^Kết luận của đồng chí Trưởng Ban tại phiên họp thứ 1 của Ban Chỉ đạo/);
    // Body paragraphs carry a first-line indent of no-break spaces.
    const texts = r.flat().map((t) => t.replace(/^\u00a0+/, ''));
    expect(texts).toContain('1. Sở An toàn');
    expect(texts.some((t) => t.includes('a) Sở A hoàn thành cổng dữ liệu (thời hạn: 30/04/2025).'))).toBe(
      true,
    );
    expect(texts).toContain('Nơi nhận:');
    // The signer's heading on the lines beside "Nơi nhận:" and its list, one a row.
    const at = r.findIndex((row) => row.includes('Nơi nhận:'));
    expect(r[at]).toEqual(['Nơi nhận:', 'KT. TRƯỞNG BAN']);
    expect(r[at + 1]![1]).toBe('PHÓ TRƯỞNG BAN');
  });
});
