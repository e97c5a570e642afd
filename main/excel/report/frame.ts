// The top of every administrative document TienDo writes (Nghị định 30/2020/NĐ-CP): issuing body left and
// the national motto right, number and place-and-date line, centred title and trích yếu. Shared by the
// report's cover sheet and the meeting documents (main/excel/briefing), so all of them look alike.
import type { Worksheet } from 'exceljs';
import {
  recipientLines,
  signerHeading,
  type ReportHeader,
  type SignerBlock,
} from '../../../shared/report/model';
import { lineCount, rowHeight } from './layout';
import { fitRow, span, spanPixels, spanText } from './sheet';
import { BODY_PT, CENTER, CENTER_TOP, LEFT_TOP, font } from './styles';

export type Cols = [from: number, to: number];

/** The left block (issuing body, Nơi nhận), the right block (motto, signature) and the full width. */
export interface DocumentColumns {
  left: Cols;
  right: Cols;
  all: Cols;
  /** The column centred under the left block that carries the short rule under the issuing body's name. */
  rule?: number;
}

/**
 * The columns of every portrait document (the report, the notice, the briefing's cover): about 165 mm, A4
 * minus the 30 + 15 mm side margins. The left block A:C is symmetric around B (10 | 14 | 10), so a rule the
 * width of B sits centred under the issuing body's name, about a third of its width, as Nghị định 30 draws it.
 */
export const DOCUMENT_WIDTHS = [10, 14, 10, 13, 12, 13, 12];
export const DOCUMENT_COLUMNS: DocumentColumns = { left: [1, 3], right: [4, 7], all: [1, 7], rule: 2 };

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
  fitRow(ws, 1, ...c.left, parent ?? '', HEADER_PT);
  fitRow(ws, 1, ...c.right, h.nation, HEADER_PT, true);
  spanText(ws, 2, ...c.left, body, { font: font(HEADER_PT, { bold: true }), alignment: CENTER_TOP });
  spanText(ws, 2, ...c.right, h.motto, {
    font: font(BODY_PT, { bold: true, underline: true }),
    alignment: CENTER_TOP,
  });
  fitRow(ws, 2, ...c.left, body, HEADER_PT, true);
  // The short rule under the issuing body's name: the top border of one centred cell of the row below.
  ws.getRow(3).height = 8;
  ws.getCell(3, c.rule ?? Math.round((c.left[0] + c.left[1]) / 2)).border = {
    top: { style: 'thin', color: { argb: 'FF000000' } },
  };
  spanText(ws, 4, ...c.left, h.docNumber, { font: font(BODY_PT), alignment: CENTER_TOP });
  spanText(ws, 4, ...c.right, h.placeDateLine, {
    font: font(BODY_PT, { italic: true }),
    alignment: CENTER_TOP,
  });
  fitRow(ws, 4, ...c.right, h.placeDateLine, BODY_PT);
  ws.getRow(5).height = 14;
  spanText(ws, 6, ...c.all, h.title, { font: font(14, { bold: true }), alignment: CENTER });
  fitRow(ws, 6, ...c.all, h.title, 14, true);
  spanText(ws, 7, ...c.all, h.subtitle, { font: font(14, { bold: true }), alignment: CENTER_TOP });
  fitRow(ws, 7, ...c.all, h.subtitle, 14, true);
  ws.getRow(8).height = 12;
  return 9;
}

/** Room for the handwritten signature and the seal, between the signer's title and name (about 3 cm). */
export const SIGNATURE_ROOM_PT = 84;

/**
 * "Nơi nhận:" left with its list right under it, one recipient a row, and on the right the signer's
 * heading ("TM. BAN CHỈ ĐẠO" / "TRƯỞNG BAN"), room to sign and the name (its row is there even while the
 * name is still blank, for it to be written in). Every row of the block is kept with the next, so the block
 * never breaks across pages; `keep` gets the rows (and the row before, the closing paragraph's last).
 * Returns the next free row.
 */
export function writeSignatureBlock(
  ws: Worksheet,
  row: number,
  recipients: string[],
  signer: SignerBlock,
  c: DocumentColumns,
  keep: Set<number>,
): number {
  keep.add(row - 1);
  ws.getRow(row).height = 10;
  keep.add(row);
  const first = row + 1;
  const heading = signerHeading(signer);
  const list = recipientLines(recipients);
  const leftPx = spanPixels(ws, ...c.left);
  // Left column: 'Nơi nhận:' then the list; right column: the heading lines, then the signature room.
  const left = [
    { text: 'Nơi nhận:', pt: 12, style: font(12, { bold: true, italic: true }) },
    ...list.map((text) => ({ text, pt: 11, style: font(11) })),
  ];
  const rightRows = Math.max(heading.length, 1);
  const rows = Math.max(left.length, rightRows + 1);
  let room = 0;
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const l = left[i];
    const h = heading[i];
    if (l) spanText(ws, r, ...c.left, l.text, { font: l.style, alignment: LEFT_TOP });
    else span(ws, r, ...c.left);
    if (h !== undefined)
      spanText(ws, r, ...c.right, h, { font: font(BODY_PT, { bold: true }), alignment: CENTER_TOP });
    else span(ws, r, ...c.right);
    const height = Math.max(
      l ? rowHeight(lineCount(l.text, leftPx, l.pt), l.pt) : 0,
      h !== undefined ? rowHeight(1, BODY_PT) : 0,
      14,
    );
    ws.getRow(r).height = height;
    if (h === undefined) room += height;
    keep.add(r);
  }
  // Rows under the heading are the room to sign; when the list is short, the last of them grows.
  const last = first + rows - 1;
  if (room < SIGNATURE_ROOM_PT)
    ws.getRow(last).height = (ws.getRow(last).height ?? 0) + SIGNATURE_ROOM_PT - room;
  const nameRow = last + 1;
  span(ws, nameRow, ...c.left);
  spanText(ws, nameRow, ...c.right, signer.name, {
    font: font(BODY_PT, { bold: true }),
    alignment: CENTER_TOP,
  });
  ws.getRow(nameRow).height = rowHeight(1, BODY_PT);
  return nameRow + 1;
}
