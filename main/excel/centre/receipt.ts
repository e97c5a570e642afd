// The centre's receipt for a received file: a one-sheet workbook in the house style ("GIẤY BIÊN NHẬN"),
// naming the file's SHA-256, the province, when it was received and by whom, with the same facts as an
// embedded model (tiendo/receipt-model.json) that the centre signs like any document. The province's
// TienDo reads the model back (only from the signed part, checked with zod) to mark its submission.
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { todayIso } from '../../../shared/dates';
import { formatDateLine } from '../../../shared/format/vi';
import { localDateTime } from './workbook';
import { MOTTO, NATION } from '../../../shared/report/text';
import { stripXmlForbiddenDeep } from '../../../shared/text/xmlChars';
import { embeddedJson, type EmbeddedModel } from '../report/inspect';
import { writeDocumentHeader } from '../report/frame';
import { finishPackage, type EmbeddedPart } from '../report/package';
import { fitRow, spanText } from '../report/sheet';
import { BODY_PT, font, setupPage } from '../report/styles';
import type { VerifiedPackage } from '../signature';

export const RECEIPT_SCHEMA = 'tiendo.receipt/1';

export const RECEIPT_PART: EmbeddedPart = {
  part: 'tiendo/receipt-model.json',
  contentType: 'application/json',
  relationship: 'urn:tiendo:relationship:receipt-model',
  relId: 'rIdTiendoReceipt',
};

const line = (max: number) => z.string().max(max);

export const receiptModel = z.object({
  schema: z.literal(RECEIPT_SCHEMA),
  centre: line(300).min(1),
  issuedAt: line(40),
  /** When the centre received the file. */
  receivedAt: line(40),
  file: z.object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    fileName: line(500),
    province: line(200),
    documentLabel: line(300),
    title: line(1000),
    docNumber: line(200),
    period: line(20).nullable(),
    signer: line(500),
    fingerprint: line(100),
    signingTime: line(40),
  }),
});
export type ReceiptModel = z.infer<typeof receiptModel>;

export function receiptModelOf(pkg: VerifiedPackage): EmbeddedModel<ReceiptModel> {
  const found = embeddedJson(pkg, RECEIPT_PART.relationship);
  if (found.status === 'absent' || found.status === 'refused') return found;
  const parsed = receiptModel.safeParse(found.model);
  if (!parsed.success)
    return {
      status: 'refused',
      message: 'Dữ liệu giấy biên nhận kèm theo không đúng mẫu của TienDo (có thể đã bị sửa).',
    };
  return { status: found.status, model: parsed.data };
}

/** "15/12/2025 lúc 15:00", on this machine's clock like every time the centre's officers read. */
const at = (iso: string) => localDateTime(iso).replace(' ', ' lúc ');

export async function writeReceiptWorkbook(dirty: ReceiptModel, place: string): Promise<Buffer> {
  const m = stripXmlForbiddenDeep(dirty);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = `Giấy biên nhận ${m.file.documentLabel} của ${m.file.province}`;
  wb.created = new Date(m.issuedAt);
  wb.modified = new Date(m.issuedAt);
  const ws = wb.addWorksheet('Giấy biên nhận', { views: [{ showGridLines: false }] });
  [12, 20, 20, 20, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setupPage(ws, 'portrait');
  const next = writeDocumentHeader(
    ws,
    {
      issuingBody: [m.centre.toLocaleUpperCase('vi')],
      nation: NATION,
      motto: MOTTO,
      docNumber: `Số:${'\u00a0'.repeat(8)}/BN`,
      placeDateLine: formatDateLine(place, todayIso(new Date(m.issuedAt))),
      date: todayIso(new Date(m.issuedAt)),
      title: 'GIẤY BIÊN NHẬN',
      subtitle: `${m.file.documentLabel} của ${m.file.province}`,
    },
    { left: [1, 2], right: [3, 5], all: [1, 5] },
  );
  const facts: [string, string][] = [
    ['Cơ quan nhận', m.centre],
    ['Đã nhận lúc', at(m.receivedAt)],
    ['Văn bản', `${m.file.title}${m.file.docNumber ? ` (số ${m.file.docNumber})` : ''}`],
    ['Tệp', m.file.fileName],
    ['Mã SHA-256 của tệp', m.file.sha256],
    ['Người ký số', m.file.signer],
    ['Dấu vân tay chứng thư', m.file.fingerprint],
    ['Thời điểm ký', at(m.file.signingTime)],
  ];
  let r = next;
  for (const [label, value] of facts) {
    spanText(ws, r, 1, 2, `${label}:`, {
      font: font(BODY_PT, { bold: true }),
      alignment: { vertical: 'top', wrapText: true },
    });
    spanText(ws, r, 3, 5, value, { font: font(BODY_PT), alignment: { vertical: 'top', wrapText: true } });
    fitRow(ws, r, 3, 5, value, BODY_PT);
    r++;
  }
  const note =
    `${m.centre} xác nhận đã nhận được tệp có mã SHA-256 nêu trên, còn nguyên vẹn, có chữ ký số hợp lệ. ` +
    'Giấy biên nhận xác nhận việc nhận tệp, không xác nhận nội dung báo cáo.';
  r++;
  spanText(ws, r, 1, 5, note, {
    font: font(BODY_PT, { italic: true }),
    alignment: { horizontal: 'justify', vertical: 'top', wrapText: true },
  });
  fitRow(ws, r, 1, 5, note, BODY_PT);
  return finishPackage(wb, RECEIPT_PART, m);
}
