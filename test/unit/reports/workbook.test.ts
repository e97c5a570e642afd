// The report workbook read back with exceljs (and its XML with jszip): sheets, the Nghị định 30 header,
// page setup, annex rows equal to the model, numbers and dates as real types, no formula from user text,
// the model embedded as a part, and a package signature that covers it.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClockAhead } from '../../helpers/clock';
import type { ReportModel } from '../../../shared/report/model';
import {
  readReportModel,
  writeReportWorkbook,
  MODEL_PART,
  MODEL_RELATIONSHIP,
} from '../../../main/excel/report';
import { addQuotePrefix, useTimesAsDefaultFont } from '../../../main/excel/report/package';
import { createSigningIdentity, signPackage, verifyPackage } from '../../../main/excel/signature';
import { saveReportDraft } from '../../../main/services/reports/drafts';
import { buildReportModel } from '../../../main/services/reports/model';
import { scriptedProvince, type Province } from './fixture';

let p: Province;
let model: ReportModel;
let xlsx: Buffer;
let wb: ExcelJS.Workbook;
const progress: [number, string][] = [];

beforeAll(async () => {
  p = await scriptedProvince();
  saveReportDraft(p.store.ctx, {
    planId: p.planId,
    period: '2025-Q4',
    kind: 'bao_cao_dinh_ky',
    sections: {
      achievements: '=HYPERLINK("http://evil.example","x")\nĐoạn thứ hai.',
      shortcomings: '',
      nextTasks: '@SUM(A1)',
      proposals: '-1+1',
    },
    docNumber: '05/BC-BCĐ',
    recipients: ['Bộ Khoa học và Công nghệ (để báo cáo)', 'Lưu: VT, SKHCN'],
    signer: { authority: 'TM.', authorityName: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trần Văn Bình' },
  });
  model = buildReportModel(p.store.ctx, { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' });
  xlsx = await writeReportWorkbook(model, (f, s) => progress.push([f, s]));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
});
afterAll(() => p.store.close());

/** Every cell that holds its own value (merged ranges once, through their top-left cell). */
function eachCell(ws: ExcelJS.Worksheet, fn: (cell: ExcelJS.Cell) => void): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      fn(cell);
    }),
  );
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  eachCell(ws, (cell) => out.push(cell.text));
  return out;
}

function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  eachCell(ws, (cell) => (found ??= cell.text === text ? cell : undefined));
  if (!found) throw new Error(`no cell "${text}" in ${ws.name}`);
  return found;
}

describe('report workbook', () => {
  it('has the document and its two annexes, each followed by its summary by pillar', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Báo cáo',
      'Phụ lục 1',
      'Phụ lục 1 (tổng hợp)',
      'Phụ lục 2',
      'Phụ lục 2 (tổng hợp)',
    ]);
  });

  it('lays out the header as Nghị định 30 does', () => {
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(findCell(ws, 'UBND TỈNH LÂM ĐỒNG').address).toBe('A1');
    expect(findCell(ws, 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH LÂM ĐỒNG').font.bold).toBe(true);
    const nation = findCell(ws, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nation.address).toBe('D1');
    expect(nation.font.bold).toBe(true);
    const motto = findCell(ws, 'Độc lập - Tự do - Hạnh phúc');
    expect([motto.font.bold, motto.font.underline]).toEqual([true, true]);
    expect(findCell(ws, 'Số: 05/BC-BCĐ').col).toBe(1);
    const date = findCell(ws, 'Lâm Đồng, ngày 16 tháng 12 năm 2025');
    expect([date.col, date.font.italic]).toEqual([4, true]);
    const title = findCell(ws, 'BÁO CÁO');
    expect([title.font.bold, title.alignment.horizontal]).toEqual([true, 'center']);
    expect(findCell(ws, 'Kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025').font.bold).toBe(true);
    const all = texts(ws);
    // "Nơi nhận:" with its list right under it, one recipient a row; the signer's heading beside it.
    const from = findCell(ws, 'Nơi nhận:');
    const below = (n: number, col: number) => ws.getCell(Number(from.row) + n, col).text;
    expect([below(1, 1), below(2, 1)]).toEqual([
      '- Bộ Khoa học và Công nghệ (để báo cáo);',
      '- Lưu: VT, SKHCN.',
    ]);
    expect([below(0, 4), below(1, 4)]).toEqual(['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN']);
    expect(all).toContain('Trần Văn Bình');
    // Each part's heading shares a cell with the start of its text, so it never ends a page alone.
    const starts = (prefix: string) => all.some((t) => t.startsWith(prefix));
    expect(starts('I. KẾT QUẢ THỰC HIỆN\n1. Số liệu tổng hợp\n')).toBe(true);
    expect(starts('2. Kết quả đạt được\n')).toBe(true);
    expect(starts('II. TỒN TẠI, HẠN CHẾ\n')).toBe(true);
    expect(starts('III. NHIỆM VỤ THỜI GIAN TỚI\n')).toBe(true);
    expect(starts('IV. ĐỀ XUẤT, KIẾN NGHỊ\n')).toBe(true);
  });

  it('uses Times New Roman everywhere, 13pt in the body', () => {
    for (const ws of wb.worksheets) {
      eachCell(ws, (cell) => {
        if (cell.text && typeof cell.value !== 'object')
          expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('Times New Roman');
      });
    }
    expect(
      findCell(wb.getWorksheet('Báo cáo')!, 'Đoạn thứ hai.'.padStart(7 + 'Đoạn thứ hai.'.length, '\u00a0'))
        .font.size,
    ).toBe(13);
  });

  it('prints on A4 with the margins of Nghị định 30, at the scale its width needs, titles repeated', () => {
    const mm = (inches: number | undefined) => Math.round((inches ?? 0) * 25.4);
    for (const [name, orientation] of [
      ['Báo cáo', 'portrait'],
      ['Phụ lục 1', 'landscape'],
      ['Phụ lục 2', 'landscape'],
    ] as const) {
      const s = wb.getWorksheet(name)!.pageSetup;
      expect(s.paperSize, name).toBe(9);
      expect(s.orientation, name).toBe(orientation);
      // A fixed scale, not "fit to page" (Excel ignores row breaks then); near 100% on A4, with 3% of the
      // width left free (at an exact fit LibreOffice printed the last column on a page of its own).
      expect(s.fitToPage, name).toBeFalsy();
      expect(s.scale, name).toBeGreaterThanOrEqual(93);
      expect(s.scale, name).toBeLessThanOrEqual(100);
      const m = s.margins!;
      expect(mm(m.top)).toBeGreaterThanOrEqual(20);
      expect(mm(m.top)).toBeLessThanOrEqual(25);
      expect(mm(m.bottom)).toBeGreaterThanOrEqual(20);
      expect(mm(m.left)).toBeGreaterThanOrEqual(30);
      expect(mm(m.left)).toBeLessThanOrEqual(35);
      expect(mm(m.right)).toBeGreaterThanOrEqual(15);
      expect(mm(m.right)).toBeLessThanOrEqual(20);
    }
    for (const name of ['Phụ lục 1', 'Phụ lục 2']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup.printTitlesRow).toBe('6:7');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    }
  });

  it('writes annex 2 rows equal to the model, dates as dates and progress as numbers', () => {
    const ws = wb.getWorksheet('Phụ lục 2')!;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getCell(6, c).text)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Sản phẩm',
      'Thời hạn',
      'Tiến độ (%)',
      'Tình trạng',
      'Kết quả',
    ]);
    const rows = model.annex2.groups.flatMap((g) => g.rows);
    expect(texts(ws)).not.toContain('Tổng hợp tiến độ nhiệm vụ theo trụ cột, lĩnh vực');
    expect(texts(wb.getWorksheet('Phụ lục 2 (tổng hợp)')!)).toContain(
      'Tổng hợp tiến độ nhiệm vụ theo trụ cột, lĩnh vực',
    );
    let seen = 0;
    ws.eachRow((row, n) => {
      if (n < 8 || typeof row.getCell(1).value !== 'number') return;
      const r = rows.find((x) => x.stt === row.getCell(1).value)!;
      expect(row.getCell(2).value).toBe(r.title);
      expect(row.getCell(3).value).toBe(r.leadAgency);
      expect(row.getCell(4).value).toBe(r.supportingAgencies);
      expect(row.getCell(5).value).toBe(r.output);
      const due = row.getCell(6);
      if (r.dueDate) {
        expect(due.type).toBe(ExcelJS.ValueType.Date);
        expect((due.value as Date).toISOString().slice(0, 10)).toBe(r.dueDate);
        expect(due.numFmt).toBe('dd/mm/yyyy');
      } else {
        expect(due.value).toBe('Thường xuyên');
      }
      expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(7).value).toBe(r.progress);
      expect(row.getCell(8).value).toBe(r.situationLabel);
      expect(row.getCell(9).value).toBe(r.result);
      seen++;
    });
    expect(seen).toBe(rows.length);
    const texts2 = texts(ws);
    expect(texts2).toContain('Chính quyền số');
    expect(texts2).toContain('Cộng I: 4 nhiệm vụ, 1 hoàn thành (33%), 1 quá hạn, 1 hủy bỏ');
    expect(texts2).toContain('Tổng cộng: 7 nhiệm vụ, 2 hoàn thành (33%), 1 quá hạn, 1 hủy bỏ');
  });

  it('writes annex 1 figures as numbers with number formats', () => {
    const ws = wb.getWorksheet('Phụ lục 1')!;
    const row = ws.getRow([...Array(40).keys()].find((n) => ws.getCell(n + 1, 2).value === 'CT01')! + 1);
    const r = model.annex1.groups[0]!.rows[0]!;
    expect(row.getCell(3).value).toBe(r.name);
    expect(row.getCell(5).value).toBe(80);
    expect(row.getCell(6).value).toBe(85);
    expect(row.getCell(5).numFmt).toBe('#,##0');
    expect(row.getCell(7).value).toBeCloseTo(1.0625);
    expect(row.getCell(7).numFmt).toBe('0%');
    expect(row.getCell(8).value).toBe('Đã đạt');
    const ct03 = ws.getRow([...Array(40).keys()].find((n) => ws.getCell(n + 1, 2).value === 'CT03')! + 1);
    expect(ct03.getCell(6).value).toBe(12.5);
    expect(ct03.getCell(6).numFmt).toBe('#,##0.0');
    const ct05 = ws.getRow([...Array(40).keys()].find((n) => ws.getCell(n + 1, 2).value === 'CT05')! + 1);
    expect(ct05.getCell(6).value).toBeNull();
    expect(texts(ws)).toContain('Cộng II: 2 chỉ tiêu: 1 có khả năng đạt, 1 cần nỗ lực');
  });

  it('keeps a rate a number, with the percentage format that reads as the text (99,5%, never 100%)', async () => {
    const almost = structuredClone(model);
    almost.annex1.groups[0]!.rows[0]!.ratio = 199 / 200;
    almost.annex2.total.rate = 1 / 300;
    almost.summary.tasks.completionRate = 199 / 200;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeReportWorkbook(almost)) as unknown as ArrayBuffer);
    const findRow = (ws: ExcelJS.Worksheet, col: number, text: string) =>
      ws.getRow([...Array(80).keys()].find((n) => ws.getCell(n + 1, col).value === text)! + 1);
    const ratio = findRow(book.getWorksheet('Phụ lục 1')!, 2, 'CT01').getCell(7);
    expect(ratio.value).toBe(0.995);
    expect(ratio.numFmt).toBe('0.0%');
    const total = findRow(book.getWorksheet('Phụ lục 2 (tổng hợp)')!, 2, 'Tổng cộng').getCell(7);
    expect(total.value).toBeCloseTo(1 / 300);
    expect(total.numFmt).toBe('0.0%');
    const cover = book.worksheets[0]!;
    const done = findRow(cover, 2, '- Đã hoàn thành (tỷ lệ hoàn thành)').getCell(7);
    expect(done.numFmt).toBe('0.0%');
    // The untouched model keeps whole percentages where they read right.
    expect(findRow(wb.getWorksheet('Phụ lục 2 (tổng hợp)')!, 2, 'Tổng cộng').getCell(7).numFmt).toBe('0%');
  });

  it('never turns user text into a formula, and marks it as text for Excel', async () => {
    const risky: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) {
      eachCell(ws, (cell) => {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
        if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) risky.push(cell);
      });
    }
    const values = risky.map((c) => c.value);
    expect(values).toContain('=HYPERLINK("http://evil.example","bấm vào đây")');
    expect(values).toContain('+1');
    expect(values).toContain('@SUM(A1:A2)');
    expect(values).toContain('-x nhiệm vụ thường xuyên');
    for (const cell of risky) expect(cell.numFmt, cell.address).toBe('@');
    const zip = await JSZip.loadAsync(xlsx);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const textXfs = styles.match(/<xf [^>]*numFmtId="49"[^>]*>/g) ?? [];
    expect(textXfs.length).toBeGreaterThan(0);
    for (const xf of textXfs) expect(xf).toContain('quotePrefix="1"');
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    }
  });

  it('embeds the model as a part reached from the package relationships', async () => {
    expect(await readReportModel(xlsx)).toEqual(model);
    const zip = await JSZip.loadAsync(xlsx);
    expect(await zip.file('_rels/.rels')!.async('string')).toContain(
      `Type="${MODEL_RELATIONSHIP}" Target="${MODEL_PART}"`,
    );
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      `<Override PartName="/${MODEL_PART}"`,
    );
    expect(wb.creator).toBe('TienDo');
  });

  it('is the same bytes when written again from the same model, every part dated by the model', async () => {
    // Written an hour later than beforeAll's copy.
    const later = await withClockAhead(3_600_000, () => writeReportWorkbook(model));
    expect(later.equals(xlsx)).toBe(true);
    const zip = await JSZip.loadAsync(xlsx);
    const dates = Object.values(zip.files).map((f) => f.date.getTime());
    expect(new Set(dates).size).toBe(1);
  });

  it('reads no model from other files', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('x').getCell('A1').value = 1;
    expect(await readReportModel(Buffer.from(await plain.xlsx.writeBuffer()))).toBeNull();
    expect(await readReportModel(Buffer.from('not a zip at all'))).toBeNull();
    const zip = await JSZip.loadAsync(xlsx);
    zip.file(MODEL_PART, '{"schema":"something-else/9"}');
    expect(await readReportModel(await zip.generateAsync({ type: 'nodebuffer' }))).toBeNull();
  });

  it('reports progress from 0 to 1 with Vietnamese stage names', () => {
    expect(progress[0]).toEqual([0, 'Đang ghi trang báo cáo…']);
    expect(progress.at(-1)).toEqual([1, 'Đã ghi xong tệp Excel.']);
    const fractions = progress.map(([f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('can be signed, the signature covering the embedded model', async () => {
    const id = createSigningIdentity({
      commonName: 'Trần Văn Bình',
      organization: 'Ban Chỉ đạo',
      locality: 'Lâm Đồng',
      password: 'pw',
      now: new Date('2025-12-01T00:00:00Z'),
    });
    const signed = await signPackage(xlsx, id.key, { signingTime: new Date('2025-12-16T03:00:00Z') });
    const ok = await verifyPackage(signed);
    expect(ok.problems).toEqual([]);
    expect([ok.valid, ok.complete, ok.signer?.commonName]).toEqual([true, true, 'Trần Văn Bình']);
    expect(await readReportModel(signed)).toEqual(model);
    const zip = await JSZip.loadAsync(signed);
    zip.file(
      MODEL_PART,
      JSON.stringify({ ...model, summary: { ...model.summary, taskSentence: '99 nhiệm vụ' } }),
    );
    const changed = await verifyPackage(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(changed.valid).toBe(false);
    expect(changed.problems.map((x) => x.part)).toContain(`/${MODEL_PART}`);
  });
});

describe('package post-processing', () => {
  it('adds quotePrefix only to Text-format cell formats', () => {
    const xml =
      '<cellXfs count="2"><xf numFmtId="0" fontId="1"/><xf numFmtId="49" fontId="2" applyNumberFormat="1"><alignment/></xf></cellXfs><dxfs><xf numFmtId="49"/></dxfs>';
    expect(addQuotePrefix(xml)).toBe(
      '<cellXfs count="2"><xf numFmtId="0" fontId="1"/><xf numFmtId="49" fontId="2" applyNumberFormat="1" quotePrefix="1"><alignment/></xf></cellXfs><dxfs><xf numFmtId="49"/></dxfs>',
    );
  });

  it('makes Times New Roman the default font', () => {
    const xml = '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>';
    expect(useTimesAsDefaultFont(xml)).toBe(
      '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/></font></fonts>',
    );
  });
});
