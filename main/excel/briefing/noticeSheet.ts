// Sheet "Thông báo": the notice of conclusions as an administrative document (Nghị định 30/2020): the
// committee's header and "Số: …/TB-…", the title THÔNG BÁO and its trích yếu, the secretary's text, and
// "Nơi nhận" with the signature block. Agency headings ("1. Sở …") print bold; points a), b) indented.
import type { Workbook } from 'exceljs';
import type { NoticeDocument } from '../../services/briefing/documents';
import { paragraphs, type CellStyle } from '../report/sheet';
import { BODY_PT, JUSTIFY, font, setupPage } from '../report/styles';
import { writeDocumentHeader, writeSignature, type DocumentColumns } from './document';

export const NOTICE_SHEET = 'Thông báo';
const WIDTHS = [6, 13, 13, 12, 14, 13, 12];
const COLS: DocumentColumns = { left: [1, 3], right: [4, 7], all: [1, 7] };

const plain: CellStyle = { font: font(BODY_PT), alignment: JUSTIFY };
const bold: CellStyle = { font: font(BODY_PT, { bold: true }), alignment: JUSTIFY };
const HEADING = /^(\d+|[IVXLC]+)\.\s/;

export function writeNoticeSheet(wb: Workbook, doc: NoticeDocument): void {
  const ws = wb.addWorksheet(NOTICE_SHEET, { views: [{ showGridLines: false }] });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait');
  let r = writeDocumentHeader(ws, doc.header, COLS);
  for (const line of doc.body.split('\n')) {
    if (line.trim() === '') continue; // paragraphs are spaced by their rows, not by empty ones
    r = HEADING.test(line.trim())
      ? paragraphs(ws, r, ...COLS.all, line, BODY_PT, bold)
      : paragraphs(ws, r, ...COLS.all, line, BODY_PT, plain);
  }
  r = writeSignature(ws, r, doc.recipients, doc.signer, COLS);
  ws.pageSetup.printArea = `A1:G${r - 1}`;
}
