// Sheet "Tổng hợp": the briefing's cover in the committee's document frame: what period it covers, the
// counts of every section (each pointing to its sheet), and who prepared it.
import type { Workbook } from 'exceljs';
import type { BriefingModel } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format/vi';
import { knownAtLine } from '../../../shared/rules/valueBasis';
import type { ReportHeader } from '../../../shared/report/model';
import { putNumber } from '../report/cells';
import { paragraphs, spanText, type CellStyle } from '../report/sheet';
import { BODY_PT, BOX, CENTER, JUSTIFY, LEFT_TOP, NUMBER_FORMATS, font, setupPage } from '../report/styles';
import { SECTION_SHEETS } from './briefingSheets';
import { finishPages, type KeepWithNext } from '../report/annexTable';
import { DOCUMENT_COLUMNS, DOCUMENT_WIDTHS, writeDocumentHeader } from '../report/frame';

export const COVER_SHEET = 'Tổng hợp';
const WIDTHS = DOCUMENT_WIDTHS;
const COLS = DOCUMENT_COLUMNS;
const TABLE_PT = 12;

function intro(b: BriefingModel): string {
  const since = b.previousMeeting
    ? `kể từ phiên họp thứ ${b.previousMeeting.number} ngày ${formatDate(b.previousMeeting.heldOn)}`
    : 'kể từ đầu năm (chưa có phiên họp trước trong năm)';
  return (
    `Phục vụ phiên họp thứ ${b.meeting.number} của ${b.header.committeeName} ngày ${formatDate(b.at)}, ` +
    `${b.header.secretariatAgency} (Cơ quan thường trực) tổng hợp tình hình thực hiện nhiệm vụ chuyển đổi số ${since} như sau. ` +
    `Số liệu tính tại ngày họp. ${b.taskBasis.line} ${knownAtLine(b.at)}.`
  );
}

export function writeBriefingCover(wb: Workbook, b: BriefingModel, header: ReportHeader): void {
  const ws = wb.addWorksheet(COVER_SHEET, { views: [{ showGridLines: false }] });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait', { paged: true });
  const keep: KeepWithNext = new Set();
  let r = writeDocumentHeader(ws, header, COLS);
  // The opening paragraph in one cell: a paragraph cut into rows of a few lines reads as two paragraphs
  // (and LibreOffice may wrap the pieces differently, leaving a word split between them).
  r = paragraphs(
    ws,
    r,
    ...COLS.all,
    intro(b),
    BODY_PT,
    { font: font(BODY_PT), alignment: JUSTIFY },
    { oneCell: true },
  );
  ws.getRow(r++).height = 8;

  const cell: CellStyle = {
    font: font(TABLE_PT),
    border: BOX,
    alignment: { ...LEFT_TOP, vertical: 'middle' },
  };
  const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
  spanText(ws, r, 1, 1, 'STT', head);
  spanText(ws, r, 2, 5, 'Nội dung', head);
  spanText(ws, r, 6, 6, 'Số lượng', head);
  spanText(ws, r, 7, 7, 'Chi tiết', head);
  ws.getRow(r++).height = 20;
  const c = b.counts;
  const lines: [string, number, string][] = [
    ['Nhiệm vụ đã hoàn thành từ phiên trước', c.completed, 'Biểu I'],
    ['Nhiệm vụ mới chuyển sang quá hạn', c.newlyOverdue, 'Biểu I'],
    ['Số liệu chỉ tiêu mới cập nhật', c.values, 'Biểu I'],
    ['Nhiệm vụ quá hạn tại ngày họp', c.overdue, 'Biểu II'],
    [`Nhiệm vụ sắp đến hạn (trong ${b.dueSoonDays} ngày)`, c.dueSoon, 'Biểu III'],
    ['Chỉ tiêu cần nỗ lực', c.indicatorsBehind, 'Biểu IV'],
    ['Kết luận các phiên họp trước', c.conclusions, 'Biểu V'],
    ['   trong đó: đã hoàn thành', c.conclusionsDone, 'Biểu V'],
    ['   trong đó: chưa giao nhiệm vụ', c.conclusionsWithoutTask, 'Biểu V'],
    ['Cơ quan có nhiệm vụ quá hạn', b.scoreboard.filter((s) => s.overdue > 0).length, 'Biểu VI'],
  ];
  // Numbered 1, 2, … without gaps: the "trong đó" lines belong to the line above and have no number.
  let n = 0;
  lines.forEach(([label, count, sheet]) => {
    putNumber(ws.getCell(r, 1), label.startsWith(' ') ? null : ++n, NUMBER_FORMATS.integer, {
      ...cell,
      alignment: CENTER,
    });
    spanText(ws, r, 2, 5, label, cell);
    putNumber(ws.getCell(r, 6), count, NUMBER_FORMATS.integer, {
      ...cell,
      alignment: { horizontal: 'right', vertical: 'middle', indent: 1 },
    });
    spanText(ws, r, 7, 7, sheet, { ...cell, alignment: CENTER });
    ws.getRow(r++).height = 18;
  });
  r = paragraphs(ws, r + 1, ...COLS.all, `(Các biểu chi tiết: ${SECTION_SHEETS.join('; ')}.)`, BODY_PT, {
    font: font(BODY_PT, { italic: true }),
    alignment: JUSTIFY,
  });
  spanText(ws, r + 1, ...COLS.right, b.header.secretariatAgency.toLocaleUpperCase('vi'), {
    font: font(BODY_PT, { bold: true }),
    alignment: CENTER,
  });
  spanText(ws, r + 2, ...COLS.right, '(Cơ quan thường trực)', {
    font: font(BODY_PT, { italic: true }),
    alignment: CENTER,
  });
  for (let k = 1; k <= r + 2; k++) keep.add(k);
  finishPages(ws, COLS.all[1], r + 2, keep);
}
