// The top of every administrative document TienDo writes (Nghị định 30/2020/NĐ-CP): issuing body left and
// the national motto right, number and place-and-date line, centred title and trích yếu. Shared by the
// report's cover sheet and the meeting documents (main/excel/briefing), so all of them look alike.
import type { Worksheet } from 'exceljs';
import type { ReportHeader } from '../../../shared/report/model';
import { fitRow, spanText } from './sheet';
import { BODY_PT, CENTER, CENTER_TOP, font } from './styles';

export type Cols = [from: number, to: number];

/** The left block (issuing body, Nơi nhận), the right block (motto, signature) and the full width. */
export interface DocumentColumns {
  left: Cols;
  right: Cols;
  all: Cols;
}

const HEADER_PT = 12;

/** Rows 1-8 of the document; returns the first free row. */
export function writeDocumentHeader(ws: Worksheet, h: ReportHeader, c: DocumentColumns): number {
  const [parent, ...bodyLines] = h.issuingBody;
  const body = bodyLines.join('\n') || parent || '';
  spanText(ws, 1, ...c.left, bodyLines.length ? (parent ?? '') : '', {
    font: font(HEADER_PT),
    alignment: CENTER_TOP,
  });
  spanText(ws, 1, ...c.right, h.nation, { font: font(HEADER_PT, { bold: true }), alignment: CENTER_TOP });
  spanText(ws, 2, ...c.left, body, { font: font(HEADER_PT, { bold: true }), alignment: CENTER_TOP });
  spanText(ws, 2, ...c.right, h.motto, {
    font: font(BODY_PT, { bold: true, underline: true }),
    alignment: CENTER_TOP,
  });
  fitRow(ws, 2, ...c.left, body, HEADER_PT, true);
  ws.getRow(3).height = 8;
  spanText(ws, 4, ...c.left, h.docNumber, { font: font(BODY_PT), alignment: CENTER_TOP });
  spanText(ws, 4, ...c.right, h.placeDateLine, {
    font: font(BODY_PT, { italic: true }),
    alignment: CENTER_TOP,
  });
  fitRow(ws, 4, ...c.right, h.placeDateLine, BODY_PT);
  ws.getRow(5).height = 14;
  spanText(ws, 6, ...c.all, h.title, { font: font(14, { bold: true }), alignment: CENTER });
  spanText(ws, 7, ...c.all, h.subtitle, { font: font(14, { bold: true }), alignment: CENTER_TOP });
  fitRow(ws, 7, ...c.all, h.subtitle, 14, true);
  ws.getRow(8).height = 12;
  return 9;
}
