// Sheet "Báo cáo": the report itself, laid out as Nghị định 30/2020/NĐ-CP lays out an administrative
// document on A4 portrait: issuing body left and the national motto right, number and place-and-date line,
// centred title, body in numbered parts, "Nơi nhận" left and the signature block right.
import type { Workbook, Worksheet } from 'exceljs';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { recipientLines, roman, signerHeading, type ReportModel } from '../../../shared/report/model';
import { figuresParagraph } from '../../../shared/report/text';
import { putNumber, putRate } from './cells';
import { writeDocumentHeader, type DocumentColumns } from './frame';
import { lineCount, rowHeight } from './layout';
import { paragraphs, span, spanPixels, spanText, fitRow, type CellStyle } from './sheet';
import {
  BODY_PT,
  BOX,
  CENTER,
  CENTER_TOP,
  JUSTIFY,
  LEFT_TOP,
  NUMBER_FORMATS,
  font,
  setupPage,
} from './styles';

export const COVER_SHEET = 'Báo cáo';

// Seven columns, about 165 mm together (A4 minus the 30 + 15 mm side margins). The left block (issuing
// body, Nơi nhận) is A:C, the right block (motto, signature) D:G; the figures table uses all of them.
const WIDTHS = [6, 14, 14, 12, 13, 12, 12];
const COLS: DocumentColumns = { left: [1, 3], right: [4, 7], all: [1, 7] };
const { left: LEFT, right: RIGHT, all: ALL } = COLS;
const TABLE_PT = 12;

const body: CellStyle = { font: font(BODY_PT), alignment: JUSTIFY };

/** The summary table: tasks by situation and indicators by assessment, counts as numbers. */
function figuresTable(ws: Worksheet, row: number, m: ReportModel): number {
  const cell: CellStyle = {
    font: font(TABLE_PT),
    border: BOX,
    alignment: { ...LEFT_TOP, vertical: 'middle' },
  };
  const num: CellStyle = {
    font: font(TABLE_PT),
    border: BOX,
    alignment: { horizontal: 'right', vertical: 'middle' },
  };
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  let r = row;
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
    r++;
  }
  return r;
}

function bodyParts(ws: Worksheet, row: number, m: ReportModel): number {
  let r = paragraphs(ws, row, ...ALL, m.intro, BODY_PT, body);
  const [achievements, ...rest] = m.sections;
  let n = 1;
  const figuresHeadings = [`${roman(n++)}. KẾT QUẢ THỰC HIỆN`, '1. Số liệu tổng hợp'];
  r = paragraphs(ws, r, ...ALL, figuresParagraph(m), BODY_PT, body, { headings: figuresHeadings });
  r = figuresTable(ws, r, m);
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

/**
 * "Nơi nhận:" left and the signature block right. The left block is one cell over three rows (heading in
 * bold italic 12pt, recipients in 11pt, as Nghị định 30 sets them); on the right the signer's title, room
 * for the handwritten signature and the seal, then the name.
 */
function signature(ws: Worksheet, row: number, m: ReportModel): number {
  ws.getRow(row).height = 10;
  const r = row + 1;
  const heading = signerHeading(m.signer).join('\n');
  const recipients = recipientLines(m.recipients).join('\n');
  const left = ws.getCell(r, LEFT[0]);
  ws.mergeCells(r, LEFT[0], r + 2, LEFT[1]);
  left.value = {
    richText: [
      { text: 'Nơi nhận:\n', font: font(12, { bold: true, italic: true }) },
      { text: recipients, font: font(11) },
    ],
  };
  left.alignment = LEFT_TOP;
  spanText(ws, r, ...RIGHT, heading, { font: font(BODY_PT, { bold: true }), alignment: CENTER_TOP });
  fitRow(ws, r, ...RIGHT, heading, BODY_PT, true);
  span(ws, r + 1, ...RIGHT);
  spanText(ws, r + 2, ...RIGHT, m.signer.name, {
    font: font(BODY_PT, { bold: true }),
    alignment: CENTER_TOP,
  });
  ws.getRow(r + 2).height = 20;
  const leftNeeds = rowHeight(1, 12) + rowHeight(lineCount(recipients, spanPixels(ws, ...LEFT), 11), 11);
  const around = (ws.getRow(r).height ?? 0) + 20;
  ws.getRow(r + 1).height = Math.max(80, leftNeeds - around); // at least room for the signature and the seal
  return r + 3;
}

export function writeCoverSheet(wb: Workbook, m: ReportModel): Worksheet {
  const ws = wb.addWorksheet(COVER_SHEET, { views: [{ showGridLines: false }] });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait');
  let r = writeDocumentHeader(ws, m.header, COLS);
  r = bodyParts(ws, r, m);
  r = signature(ws, r, m);
  ws.pageSetup.printArea = `A1:G${r - 1}`;
  return ws;
}
