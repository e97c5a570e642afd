// Sheet "Báo cáo": the report itself, laid out as Nghị định 30/2020/NĐ-CP lays out an administrative
// document on A4 portrait: issuing body left and the national motto right, number and place-and-date line,
// centred title, body in numbered parts, "Nơi nhận" left and the signature block right.
import type { Workbook, Worksheet } from 'exceljs';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { roman, type ReportModel } from '../../../shared/report/model';
import { figuresParagraph } from '../../../shared/report/text';
import { putNumber, putRate } from './cells';
import { finishPages, type KeepWithNext } from './annexTable';
import { DOCUMENT_COLUMNS, DOCUMENT_WIDTHS, writeDocumentHeader, writeSignatureBlock } from './frame';
import { paragraphs, span, spanText, type CellStyle } from './sheet';
import { BODY_PT, BOX, CENTER, JUSTIFY, LEFT_TOP, NUMBER_FORMATS, font, setupPage } from './styles';

export const COVER_SHEET = 'Báo cáo';

// The document columns (frame.ts): the left block (issuing body, Nơi nhận) is A:C, the right block (motto,
// signature) D:G; the figures table uses all of them.
const COLS = DOCUMENT_COLUMNS;
const { all: ALL } = COLS;
const TABLE_PT = 12;

const body: CellStyle = { font: font(BODY_PT), alignment: JUSTIFY };

/** The summary table: tasks by situation and indicators by assessment, counts as numbers. */
function figuresTable(ws: Worksheet, row: number, m: ReportModel, keep: KeepWithNext): number {
  const cell: CellStyle = {
    font: font(TABLE_PT),
    border: BOX,
    alignment: { ...LEFT_TOP, vertical: 'middle' },
  };
  const num: CellStyle = {
    font: font(TABLE_PT),
    border: BOX,
    alignment: { horizontal: 'right', vertical: 'middle', indent: 1 },
  };
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  let r = row;
  // The table is short: it prints whole, with the sentence above it.
  keep.add(r - 1);
  spanText(ws, r, 1, 1, 'STT', head);
  spanText(ws, r, 2, 5, 'Nội dung', head);
  spanText(ws, r, 6, 6, 'Số lượng', head);
  spanText(ws, r, 7, 7, 'Tỷ lệ', head);
  ws.getRow(r).height = 20;
  r++;
  const t = m.summary.tasks;
  const i = m.summary.indicators;
  const share = (n: number, of: number) => (of > 0 ? n / of : null);
  const lines: [string | number, string, number, number | null, boolean][] = [
    [1, 'Tổng số nhiệm vụ', t.total, null, true],
    ['', '- Đã hoàn thành (tỷ lệ hoàn thành)', t.done, t.completionRate, false],
    ['', '   + Hoàn thành đúng hạn', t.doneOnTime, null, false],
    ['', '   + Hoàn thành quá hạn', t.doneLate, null, false],
    ['', '- Quá hạn, chưa hoàn thành', t.overdue, null, false],
    ['', '- Sắp đến hạn', t.dueSoon, null, false],
    ['', '- Trong hạn', t.inTime, null, false],
    ['', '- Không thời hạn (thường xuyên)', t.noDeadline, null, false],
    ['', '- Tạm dừng', t.paused, null, false],
    ['', '- Hủy bỏ (không tính vào tỷ lệ)', t.cancelled, null, false],
    [2, 'Tổng số chỉ tiêu', i.total, null, true],
    ...ASSESSMENTS.map((a): [string, string, number, number | null, boolean] => [
      '',
      `- ${ASSESSMENT_LABELS[a]}`,
      i[a],
      share(i[a], i.total),
      false,
    ]),
  ];
  for (const [stt, label, count, rate, strong] of lines) {
    const f = font(TABLE_PT, { bold: strong });
    if (typeof stt === 'number')
      putNumber(span(ws, r, 1, 1), stt, NUMBER_FORMATS.integer, { ...num, font: f, alignment: CENTER });
    else spanText(ws, r, 1, 1, '', cell);
    spanText(ws, r, 2, 5, label, { ...cell, font: f });
    putNumber(ws.getCell(r, 6), count, NUMBER_FORMATS.integer, { ...num, font: f });
    putRate(ws.getCell(r, 7), rate, { ...num, font: f });
    ws.getRow(r).height = 18;
    keep.add(r - 1);
    r++;
  }
  return r;
}

function bodyParts(ws: Worksheet, row: number, m: ReportModel, keep: KeepWithNext): number {
  let r = paragraphs(ws, row, ...ALL, m.intro, BODY_PT, body);
  const [achievements, ...rest] = m.sections;
  let n = 1;
  const figuresHeadings = [`${roman(n++)}. KẾT QUẢ THỰC HIỆN`, '1. Số liệu tổng hợp'];
  r = paragraphs(ws, r, ...ALL, figuresParagraph(m), BODY_PT, body, { headings: figuresHeadings });
  r = figuresTable(ws, r, m, keep);
  ws.getRow(r++).height = 8;
  if (achievements && achievements.text) {
    r = paragraphs(ws, r, ...ALL, achievements.text, BODY_PT, body, {
      headings: [`2. ${achievements.heading}`],
    });
  }
  // Parts the secretary left empty (and that cannot be composed from figures) are left out, not printed blank.
  for (const s of rest) {
    if (!s.text) continue;
    const title = `${roman(n++)}. ${s.heading.toLocaleUpperCase('vi')}`;
    r = paragraphs(ws, r, ...ALL, s.text, BODY_PT, body, { headings: [title] });
  }
  r = paragraphs(ws, r, ...ALL, `(Chi tiết tại Phụ lục 1 và Phụ lục 2 kèm theo.)`, BODY_PT, {
    ...body,
    font: font(BODY_PT, { italic: true }),
  });
  r = paragraphs(ws, r, ...ALL, m.closing, BODY_PT, body);
  return r;
}

export function writeCoverSheet(wb: Workbook, m: ReportModel): Worksheet {
  const ws = wb.addWorksheet(COVER_SHEET, { views: [{ showGridLines: false }] });
  DOCUMENT_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait', { paged: true });
  const keep: KeepWithNext = new Set();
  let r = writeDocumentHeader(ws, m.header, COLS);
  // The header stays with the opening paragraph.
  for (let k = 1; k < r; k++) keep.add(k);
  r = bodyParts(ws, r, m, keep);
  r = writeSignatureBlock(ws, r, m.recipients, m.signer, COLS, keep);
  finishPages(ws, ALL[1], r - 1, keep);
  return ws;
}
