// On a province's side: the centre's receipts coming back (the receipt file, or the .eml reply carrying
// it). A receipt counts only if it is intact and signed, its model read from the signed part names the
// SHA-256 of one of this file's submissions, and its certificate is not revoked; who signed it is judged
// against the trust list (confirmed when the centre's certificate or its CA is on it) every time the
// submission is shown, so a centre trusted later confirms the receipts already imported.
import type { Acknowledgement, ReceiptImportOutcome } from '../../../shared/api/types';
import { receiptModelOf } from '../../excel/centre/receipt';
import {
  describeX509,
  groupFingerprint,
  openVerifiedPackage,
  parseCertificate,
  type TrustedSigner,
  type TrustStore,
} from '../../excel/signature';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { sha256Hex } from '../reports/submissions';
import { invalidReason } from '../reports/verify';
import { loadTrustStore } from '../trust';
import { looksLikeMail, workbooksOfMail, type IncomingFile } from './receive';
import { certificatesJson, storedVerdict } from './verdict';
import { all, one, sql } from '../../db/sql';

interface Row {
  submission_id: string;
  centre: string;
  received_at: string;
  imported_at: string;
  signer_name: string;
  fingerprint: string;
  certificates: string;
  signing_time: string;
}

function toAcknowledgement(row: Row, store: TrustStore): Acknowledgement | null {
  const v = storedVerdict(store, {
    certificates: row.certificates,
    signingTime: row.signing_time,
    province: null,
  });
  if (v.verdict === 'invalid') return null;
  return {
    state: v.verdict === 'trusted' ? 'confirmed' : 'unconfirmed',
    centre: row.centre,
    receivedAt: row.received_at,
    importedAt: row.imported_at,
    signer: row.signer_name,
    fingerprint: groupFingerprint(row.fingerprint),
    reason: v.reason,
  };
}

/** The latest acknowledgement of each submission (a confirmed one before an unconfirmed one). */
export function acknowledgementsOf(
  ctx: ServiceContext,
  submissionIds: readonly string[],
  extra: readonly TrustedSigner[] = [],
): Map<string, Acknowledgement> {
  const out = new Map<string, Acknowledgement>();
  if (submissionIds.length === 0) return out;
  const exists = ctx
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'submission_receipt'")
    .get();
  if (!exists) return out;
  const store = loadTrustStore(ctx, extra);
  for (const id of submissionIds) {
    const acks = all<Row>(
      ctx,
      sql`SELECT submission_id, centre, received_at, imported_at, signer_name, fingerprint, certificates, signing_time
          FROM submission_receipt WHERE submission_id = ${id} ORDER BY imported_at DESC`,
    )
      .map((r) => toAcknowledgement(r, store))
      .filter((a): a is Acknowledgement => a !== null);
    const best = acks.find((a) => a.state === 'confirmed') ?? acks[0];
    if (best) out.set(id, best);
  }
  return out;
}

const refused = (fileName: string, reason: string): ReceiptImportOutcome => ({
  fileName,
  status: 'refused',
  reason,
  submissionId: null,
  acknowledgement: null,
});

async function importOne(
  ctx: ServiceContext,
  fileName: string,
  bytes: Buffer,
  extra: readonly TrustedSigner[],
): Promise<ReceiptImportOutcome> {
  const sha256 = sha256Hex(bytes);
  const store = loadTrustStore(ctx, extra);
  const pkg = await openVerifiedPackage(bytes, {
    trusted: store.signers,
    authorities: store.authorities,
    revocations: store.revocations,
    now: ctx.now(),
  });
  const r = pkg.result;
  if (!r.signed || !r.valid) return refused(fileName, `Giấy biên nhận không hợp lệ: ${invalidReason(r)}.`);
  const found = receiptModelOf(pkg);
  if (found.status === 'absent')
    return refused(
      fileName,
      'Tệp không phải giấy biên nhận của TienDo (không có dữ liệu biên nhận kèm theo).',
    );
  if (found.status !== 'signed')
    return refused(fileName, found.status === 'refused' ? found.message : 'Dữ liệu biên nhận không được ký.');
  const receipt = found.model;
  const submission = one<{ id: string }>(
    ctx,
    sql`SELECT id FROM submission WHERE sha256 = ${receipt.file.sha256} ORDER BY created_at DESC LIMIT 1`,
  );
  if (!submission)
    return refused(
      fileName,
      `Giấy biên nhận nói về tệp có mã SHA-256 ${receipt.file.sha256}, không khớp hồ sơ báo cáo nào đã gửi từ tệp dữ liệu này.`,
    );
  const certificates = certificatesJson(pkg.signerCertificates);
  const signingTime = r.signingTime!;
  const verdict = storedVerdict(store, { certificates, signingTime, province: null });
  if (verdict.verdict === 'invalid') return refused(fileName, verdict.reason);
  const seen = one<{ submission_id: string }>(
    ctx,
    sql`SELECT submission_id FROM submission_receipt WHERE sha256 = ${sha256}`,
  );
  if (seen)
    return {
      fileName,
      status: 'duplicate',
      reason: 'Giấy biên nhận này đã được nhập trước đây.',
      submissionId: seen.submission_id,
      acknowledgement: acknowledgementsOf(ctx, [seen.submission_id], extra).get(seen.submission_id) ?? null,
    };
  const signer = describeX509(parseCertificate(pkg.signerCertificates[0]!));
  inTransaction(ctx, () => {
    const id = ctx.newId();
    ctx
      .prepare(
        `INSERT INTO submission_receipt (id, submission_id, sha256, content, centre, received_at, signer_subject, signer_name,
           fingerprint, certificates, signing_time, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        submission.id,
        sha256,
        bytes,
        receipt.centre,
        receipt.receivedAt,
        signer.subject,
        signer.commonName || signer.subject,
        signer.fingerprintSha256,
        certificates,
        signingTime,
        ctx.now().toISOString(),
        ctx.actor(),
      );
    recordAudit(ctx, 'submission', submission.id, 'import', null, {
      receipt: sha256,
      centre: receipt.centre,
      receivedAt: receipt.receivedAt,
      signer: signer.subject,
    });
  });
  const acknowledgement = acknowledgementsOf(ctx, [submission.id], extra).get(submission.id) ?? null;
  return {
    fileName,
    status: 'imported',
    reason: acknowledgement?.state === 'unconfirmed' ? acknowledgement.reason : null,
    submissionId: submission.id,
    acknowledgement,
  };
}

/** Imports receipt files and .eml replies carrying them; one outcome per receipt, in order. */
export async function importReceipts(
  ctx: ServiceContext,
  files: readonly IncomingFile[],
  extra: readonly TrustedSigner[] = [],
): Promise<ReceiptImportOutcome[]> {
  const out: ReceiptImportOutcome[] = [];
  for (const file of files) {
    if (looksLikeMail(file.name, file.bytes)) {
      const found = await workbooksOfMail(file);
      if ('reason' in found) {
        out.push(refused(file.name, found.reason.replace('tiếp nhận', 'nhập')));
        continue;
      }
      for (const w of found) out.push(await importOne(ctx, w.fileName, w.bytes, extra));
      continue;
    }
    out.push(await importOne(ctx, file.name, file.bytes, extra));
  }
  return out;
}
