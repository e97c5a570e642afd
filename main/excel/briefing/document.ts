// The Nghị định 30/2020 frame shared by the briefing's cover and the notice of conclusions: issuing body
// left and national motto right, number and place-and-date line, centred title; at the end "Nơi nhận"
// left and the signature block right. Same fonts and measures as the periodic report's cover sheet
// (main/excel/report/coverSheet.ts), drawn with that pipeline's cell helpers so all documents look alike.
import type { Worksheet } from 'exceljs';
import {
  recipientLines,
  signerHeading,
  type ReportHeader,
  type SignerBlock,
} from '../../../shared/report/model';
import { fitRow, span, spanText } from '../report/sheet';
import { BODY_PT, CENTER, CENTER_TOP, LEFT_TOP, font } from '../report/styles';

export type Cols = [from: number, to: number];
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

/** "Nơi nhận:" left, the signer's heading, room to sign and the name right; returns the next free row. */
export function writeSignature(
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
