// Sheet "Thông báo": the notice of conclusions as an administrative document (Nghị định 30/2020): the
// committee's header and "Số: …/TB-…", the title THÔNG BÁO and its trích yếu, the secretary's text, and
// "Nơi nhận" with the signature block. Agency headings ("1. Sở …") print bold; points a), b) indented.
import type { Workbook } from 'exceljs';
import type { NoticeDocument } from '../../services/briefing/documents';
import { finishPages, type KeepWithNext } from '../report/annexTable';
import { DOCUMENT_COLUMNS, DOCUMENT_WIDTHS, writeDocumentHeader, writeSignatureBlock } from '../report/frame';
import { paragraphs, type CellStyle } from '../report/sheet';
import { BODY_PT, JUSTIFY, font, setupPage } from '../report/styles';

export const NOTICE_SHEET = 'Thông báo';
const COLS = DOCUMENT_COLUMNS;

const plain: CellStyle = { font: font(BODY_PT), alignment: JUSTIFY };
const bold: CellStyle = { font: font(BODY_PT, { bold: true }), alignment: JUSTIFY };
const HEADING = /^(\d+|[IVXLC]+)\.\s/;

export function writeNoticeSheet(wb: Workbook, doc: NoticeDocument): void {
  const ws = wb.addWorksheet(NOTICE_SHEET, { views: [{ showGridLines: false }] });
  DOCUMENT_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait', { paged: true });
  const keep: KeepWithNext = new Set();
  let r = writeDocumentHeader(ws, doc.header, COLS);
  for (let k = 1; k < r; k++) keep.add(k);
  for (const line of doc.body.split('\n')) {
    if (line.trim() === '') continue; // paragraphs are spaced by their rows, not by empty ones
    const heading = HEADING.test(line.trim());
    r = paragraphs(ws, r, ...COLS.all, line, BODY_PT, heading ? bold : plain);
    // An agency's heading ("1. Sở …") stays with its first point.
    if (heading) keep.add(r - 1);
  }
  r = writeSignatureBlock(ws, r, doc.recipients, doc.signer, COLS, keep);
  finishPages(ws, COLS.all[1], r - 1, keep);
}
