// The printed layout of the report on a province of 126 tasks and 62 indicators, read back from the
// workbook: pages computed from the rows' heights, the print setup and the row breaks, by the function the
// writer places its breaks with (test/helpers/printedPages.ts). What an office signs without retouching:
// no heading or group row ends a page, a group's subtotal prints with its group, the summary tables by pillar
// print under their own header (never under an annex's repeated column titles), each annex numbers its own
// pages in 13 pt, and the same number prints the same way in every row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COVER_SHEET,
  INDICATOR_SHEET,
  INDICATOR_SUMMARY_SHEET,
  TASK_SHEET,
  TASK_SUMMARY_SHEET,
  writeReportWorkbook,
} from '../../../main/excel/report';
import { pageHeightPt, rowHeightOf, titleRowsOf } from '../../../main/excel/report/pages';
import { buildReportModel } from '../../../main/services/reports/model';
import type { ReportModel } from '../../../shared/report/model';
import { figuresParagraph } from '../../../shared/report/text';
import { fillProvince126, PROVINCE126 } from '../../fixtures/province126';
import { cellText, readPrintedPages, type SheetPages } from '../../helpers/printedPages';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let model: ReportModel;
let sheets: Map<string, SheetPages>;

beforeAll(async () => {
  store = await openTestStore(PROVINCE126.reportDay);
  const { planId } = fillProvince126(store.ctx, (iso) => store.clock.set(iso));
  model = buildReportModel(store.ctx, { planId, period: PROVINCE126.period, kind: 'bao_cao_dinh_ky' });
  sheets = await readPrintedPages(await writeReportWorkbook(model));
}, 120_000);
afterAll(() => store.close());

const sheet = (name: string) => sheets.get(name)!;
const ROMAN = /^[IVXLC]+$/;
/** Rows of an annex whose STT cell holds a group numeral (the pillar's heading row). */
const groupRows = (s: SheetPages) =>
  s.pages.flat().filter((r) => ROMAN.test(cellText(s.ws, r, 1)) && cellText(s.ws, r, 2) !== '');
const subtotalRows = (s: SheetPages) =>
  s.pages.flat().filter((r) => /^(Cộng [IVXLC]+|Tổng cộng):/.test(cellText(s.ws, r, 2)));

describe('the report of 126 tasks and 62 indicators', () => {
  it("says it in the committee's words", () => {
    expect(model.summary.taskSentence).toBe('126 nhiệm vụ, 102 đã hoàn thành, đạt 81%');
    expect(model.summary.indicatorSentence).toBe(
      '62 mục tiêu: 18 đã hoàn thành, 27 có khả năng hoàn thành cao, 17 cần phải nỗ lực',
    );
    const cover = sheet(COVER_SHEET).ws;
    const texts: string[] = [];
    cover.eachRow((row, r) => texts.push(cellText(cover, r, 1)));
    expect(texts.join('\n')).toContain(figuresParagraph(model));
    expect(figuresParagraph(model)).toContain('Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026');
  });

  it('fits every page: the rows of a page (and its repeated header) are no taller than the page', () => {
    for (const s of sheets.values()) {
      const titles = titleRowsOf(s.ws.pageSetup);
      const titleHeight = titles ? rowHeightOf(s.ws, titles[0]) + rowHeightOf(s.ws, titles[1]) : 0;
      s.pages.forEach((p, n) => {
        const used = p.reduce((a, r) => a + rowHeightOf(s.ws, r), 0) + (n > 0 ? titleHeight : 0);
        expect(used, `${s.ws.name}, trang ${n + 1}`).toBeLessThanOrEqual(pageHeightPt(s.ws.pageSetup));
      });
      // Every page after the first starts at a manual break, so no program fits one row more.
      for (const p of s.pages.slice(1)) expect(s.xml).toContain(`<brk id="${p[0]! - 1}"`);
    }
  });

  it('never ends a page with a group heading or the annex title, and keeps each subtotal with its group', () => {
    for (const name of [INDICATOR_SHEET, TASK_SHEET]) {
      const s = sheet(name);
      expect(s.pages.length).toBeGreaterThan(1);
      const lastRows = new Set(s.pages.slice(0, -1).map((p) => p[p.length - 1]!));
      const groups = groupRows(s);
      expect(groups).toHaveLength(9);
      for (const g of groups) {
        expect(lastRows.has(g), `${name}: nhóm ở dòng ${g} nằm cuối trang`).toBe(false);
        expect(s.pageOf(g + 1)).toBe(s.pageOf(g));
      }
      // The title block and the column header are on the page of the first row.
      expect(s.pageOf(8)).toBe(0);
      const subtotals = subtotalRows(s);
      expect(subtotals).toHaveLength(10);
      for (const r of subtotals)
        expect(s.pageOf(r), `${name}: "${cellText(s.ws, r, 2)}"`).toBe(s.pageOf(r - 1));
    }
  });

  it('prints each summary table by pillar on a sheet of its own, under its own header', () => {
    for (const [annex, summary, heading, firstColumn] of [
      [
        INDICATOR_SHEET,
        INDICATOR_SUMMARY_SHEET,
        'Tổng hợp đánh giá chỉ tiêu theo trụ cột, lĩnh vực',
        'Trụ cột, lĩnh vực',
      ],
      [
        TASK_SHEET,
        TASK_SUMMARY_SHEET,
        'Tổng hợp tiến độ nhiệm vụ theo trụ cột, lĩnh vực',
        'Trụ cột, lĩnh vực',
      ],
    ] as const) {
      const a = sheet(annex);
      const rows = a.pages.flat().map((r) => cellText(a.ws, r, 1) + cellText(a.ws, r, 2));
      expect(rows.some((t) => t.includes(heading))).toBe(false);
      const s = sheet(summary);
      expect(cellText(s.ws, 1, 1)).toBe(heading);
      expect([cellText(s.ws, 2, 1), cellText(s.ws, 2, 2)]).toEqual(['STT', firstColumn]);
      // Its repeated rows are its own header, and heading, header and rows are on one page.
      expect(s.ws.pageSetup.printTitlesRow).toBe('2:2');
      expect(s.pages).toHaveLength(1);
      expect(cellText(s.ws, s.pages[0]!.at(-1)!, 2)).toBe('Tổng cộng');
    }
  });

  it('numbers the pages of each sheet from 1 in 13 pt, the summary going on from its annex', () => {
    for (const name of [COVER_SHEET, INDICATOR_SHEET, TASK_SHEET]) {
      const s = sheet(name);
      expect(s.xml).toMatch(/<pageSetup [^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
      expect(s.xml).toContain('<headerFooter differentFirst="1">');
      expect(s.ws.headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&13&P');
      expect(s.xml).not.toMatch(/fitToPage/);
    }
    for (const [annex, summary] of [
      [INDICATOR_SHEET, INDICATOR_SUMMARY_SHEET],
      [TASK_SHEET, TASK_SUMMARY_SHEET],
    ] as const) {
      const s = sheet(summary);
      expect(s.xml).toContain(`firstPageNumber="${sheet(annex).pages.length + 1}"`);
      expect(s.xml).not.toContain('differentFirst="1"');
    }
  });

  it('prints the 62 one-line indicators on 5 pages at most, their rows one line high', () => {
    const s = sheet(INDICATOR_SHEET);
    expect(s.pages.length).toBeLessThanOrEqual(5);
    const oneLine = s.pages
      .flat()
      .filter((r) => r >= 8 && typeof s.ws.getCell(r, 1).value === 'number')
      .filter((r) => rowHeightOf(s.ws, r) <= 18);
    expect(oneLine.length).toBeGreaterThanOrEqual(40);
  });

  it('prints, under the indicator annex and on the page of its "Tổng cộng", the legend of the notes', () => {
    const s = sheet(INDICATOR_SHEET);
    const all = s.pages.flat();
    const last = all[all.length - 1]!;
    expect(cellText(s.ws, last, 1)).toMatch(/^Ghi chú cột “Ghi chú”: “52% < 82%” nghĩa là/);
    expect([1, 2, 3].some((c) => cellText(s.ws, last - 1, c).startsWith('Tổng cộng: '))).toBe(true);
    expect(s.pageOf(last)).toBe(s.pageOf(last - 1));
  });

  it('keeps the signature block whole, with the name under room to sign, on the page of "Nơi nhận"', () => {
    const s = sheet(COVER_SHEET);
    const all = s.pages.flat();
    const at = (text: string) => all.find((r) => [1, 4].some((c) => cellText(s.ws, r, c) === text))!;
    const from = at('Nơi nhận:');
    const name = at('Nguyễn Văn An');
    expect(cellText(s.ws, from, 4)).toBe('TM. BAN CHỈ ĐẠO');
    expect(cellText(s.ws, from + 1, 4)).toBe('TRƯỞNG BAN');
    expect(cellText(s.ws, from + 1, 1)).toBe('- Bộ Khoa học và Công nghệ (để báo cáo);');
    let room = 0;
    for (let r = from + 2; r < name; r++) room += rowHeightOf(s.ws, r);
    expect(room).toBeGreaterThanOrEqual(84);
    expect(s.pageOf(name)).toBe(s.pageOf(from));
    // The closing paragraph is on that page too: a signature never stands alone.
    expect(s.pageOf(from - 1)).toBe(s.pageOf(from));
  });

  it("draws the short rule under the issuing body's name, centred under it", () => {
    const ws = sheet(COVER_SHEET).ws;
    expect(ws.getCell(3, 2).border?.top?.style).toBe('thin');
    expect(ws.getCell(3, 1).border?.top).toBeUndefined();
    expect(ws.getColumn(1).width).toBe(ws.getColumn(3).width);
  });

  it('prints the same target the same way in every row, and pads numbers from the right border', () => {
    const s = sheet(INDICATOR_SHEET);
    const formats = new Map<number, Set<string>>();
    for (const r of s.pages.flat()) {
      const cell = s.ws.getCell(r, 5);
      if (typeof cell.value !== 'number') continue;
      formats.set(cell.value, (formats.get(cell.value) ?? new Set()).add(cell.numFmt));
      expect(cell.alignment?.indent).toBe(1);
    }
    expect([...formats.get(2)!]).toEqual(['#,##0']);
    expect([...formats.get(2.5)!]).toEqual(['#,##0.0']);
  });
});
