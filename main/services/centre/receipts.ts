// The centre's receipts: for a received file, a small signed workbook naming its SHA-256, the province,
// when it was received and by whom (main/excel/centre/receipt.ts), kept in the centre's file, and an .eml
// reply draft carrying it back to whoever sent the report (In-Reply-To the report's message, when it came
// by mail). Signed like any document (a PKCS#12, the app's identity, or the centre's USB token).
import type { ReceiptFiles } from '../../../shared/api/types';
import { writeReceiptWorkbook, RECEIPT_SCHEMA, type ReceiptModel } from '../../excel/centre/receipt';
import { appError } from '../../errors';
import { buildEmlDraft } from '../../mail/eml';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { signSmallDocument, type SignWith } from '../reports/pipeline';
import { sha256Hex, XLSX_TYPE } from '../reports/submissions';
import { CENTRE_PLACE } from './consolidate';
import { centreName } from './role';
import { getReceived } from './status';
import { oneRow, sql } from '../../db/sql';

const EML_TYPE = 'message/rfc822';

/** 'bien-nhan-<first 12 hex of the report's hash>.xlsx': ASCII, unique per report. */
const receiptName = (sha256: string) => `bien-nhan-${sha256.slice(0, 12)}.xlsx`;

export async function issueReceipt(
  ctx: ServiceContext,
  identityDir: string,
  receivedId: string,
  signWith: SignWith,
): Promise<ReceiptFiles & { content: Buffer }> {
  const centre = centreName(ctx);
  if (!centre) throw appError('BIEN_NHAN_CHI_TRUNG_UONG', {});
  if (signWith.kind === 'none') throw appError('BIEN_NHAN_CAN_KY_SO', {});
  const { row, file } = getReceived(ctx, receivedId);
  const extra = oneRow<{
    mail_from: string | null;
    mail_message_id: string | null;
    mail_subject: string | null;
  }>(ctx, sql`SELECT mail_from, mail_message_id, mail_subject FROM received_file WHERE id = ${receivedId}`);
  const model: ReceiptModel = {
    schema: RECEIPT_SCHEMA,
    centre,
    issuedAt: ctx.now().toISOString(),
    receivedAt: row.received_at,
    file: {
      sha256: file.sha256,
      fileName: file.fileName,
      province: file.province,
      documentLabel: file.documentLabel,
      title: file.title,
      docNumber: file.docNumber,
      period: file.period,
      signer: file.signer.subject,
      fingerprint: file.fingerprint,
      signingTime: file.signingTime,
    },
  };
  const unsigned = await writeReceiptWorkbook(model, CENTRE_PLACE);
  const { content, signer } = await signSmallDocument(
    ctx,
    identityDir,
    signWith,
    unsigned,
    `Ký giấy biên nhận ${file.documentLabel} của ${file.province}`,
  );
  const sha256 = sha256Hex(content);
  inTransaction(ctx, () => {
    const id = ctx.newId();
    ctx
      .prepare(
        'INSERT INTO receipt_issued (id, received_id, sha256, content, signer, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, receivedId, sha256, content, signer, model.issuedAt, ctx.actor());
    recordAudit(ctx, 'receipt_issued', id, 'create', null, {
      receivedId,
      reportSha256: file.sha256,
      sha256,
      signer,
    });
  });
  const fileName = receiptName(file.sha256);
  const eml = await buildEmlDraft({
    from: null,
    to: extra.mail_from ? [extra.mail_from] : [],
    subject: `Biên nhận: ${extra.mail_subject ?? `${file.documentLabel} của ${file.province}`}`,
    text: [
      `${centre} đã nhận được ${file.documentLabel} của ${file.province} lúc ${row.received_at}.`,
      `- Tệp: ${file.fileName}`,
      `- Mã SHA-256: ${file.sha256}`,
      '',
      'Giấy biên nhận có chữ ký số đính kèm. Để ghi nhận vào hồ sơ báo cáo, mở TienDo và nhập giấy biên nhận,',
      'hoặc chạy lệnh: tiendo receipt import --db TỆP_DỮ_LIỆU "<tệp biên nhận>"',
    ].join('\n'),
    attachments: [{ filename: fileName, content, contentType: XLSX_TYPE }],
    date: ctx.now(),
    ...(extra.mail_message_id ? { inReplyTo: extra.mail_message_id } : {}),
  });
  return {
    sha256,
    content,
    receipt: { fileName, contentType: XLSX_TYPE, base64: content.toString('base64') },
    eml: {
      fileName: fileName.replace(/\.xlsx$/, '.eml'),
      contentType: EML_TYPE,
      base64: eml.toString('base64'),
    },
  };
}
