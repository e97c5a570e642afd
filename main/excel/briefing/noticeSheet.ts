// Sheet "Thông báo": the notice of conclusions as an administrative document (Nghị định 30/2020): the
// committee's header and "Số: …/TB-…", the title THÔNG BÁO and its trích yếu, the secretary's text, and
// "Nơi nhận" with the signature block. Agency headings ("1. Sở …") print bold; points a), b) indented.
import type { Workbook, Worksheet } from 'exceljs';
import { recipientLines, signerHeading, type SignerBlock } from '../../../shared/report/model';
import type { NoticeDocument } from '../../services/briefing/documents';
import { writeDocumentHeader, type DocumentColumns } from '../report/frame';
import { fitRow, paragraphs, span, spanText, type CellStyle } from '../report/sheet';
import { BODY_PT, CENTER_TOP, JUSTIFY, LEFT_TOP, font, setupPage } from '../report/styles';

export const NOTICE_SHEET = 'Thông báo';
const WIDTHS = [6, 13, 13, 12, 14, 13, 12];
const COLS: DocumentColumns = { left: [1, 3], right: [4, 7], all: [1, 7] };

const plain: CellStyle = { font: font(BODY_PT), alignment: JUSTIFY };
const bold: CellStyle = { font: font(BODY_PT, { bold: true }), alignment: JUSTIFY };
const HEADING = /^(\d+|[IVXLC]+)\.\s/;

/**
 * "Nơi nhận:" left, the signer's heading, room to sign and the name right; returns the next free row.
 * Same fonts and measures as the periodic report's signature block (../report/coverSheet.ts), but in
 * separate cells: the heading in one row, the list in the next (the report merges both into one
 * rich-text cell over three rows).
 */
function writeSignature(
  ws: Worksheet,
  row: number,
  recipients: string[],
  signer: SignerBlock,
  c: DocumentColumns,
): number {
  const r = row + 1;
  ws.getRow(row).height = 10;
  const lines = signerHeading(signer).join('\n');
  spanText(ws, r, ...c.left, 'Nơi nhận:', {
    font: font(12, { bold: true, italic: true }),
    alignment: LEFT_TOP,
  });
  spanText(ws, r, ...c.right, lines, { font: font(BODY_PT, { bold: true }), alignment: CENTER_TOP });
  fitRow(ws, r, ...c.right, lines, BODY_PT, true);
  const list = recipientLines(recipients).join('\n');
  spanText(ws, r + 1, ...c.left, list, { font: font(11), alignment: LEFT_TOP });
  span(ws, r + 1, ...c.right);
  fitRow(ws, r + 1, ...c.left, list, 11);
  const signing = ws.getRow(r + 1);
  signing.height = Math.max(signing.height ?? 0, 80); // room for the handwritten signature and the seal
  spanText(ws, r + 2, ...c.right, signer.name, {
    font: font(BODY_PT, { bold: true }),
    alignment: CENTER_TOP,
  });
  ws.getRow(r + 2).height = 20;
  return r + 3;
}

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
