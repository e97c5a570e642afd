// The signers on the trust list: certificates a person confirmed by comparing the fingerprint with the
// sender (over the phone, in groups of four), taken from a certificate file or from a received report's
// signature. A certificate is added only with the fingerprint the person read, and only if it may sign
// documents; removing one keeps its row (removed_at), so the history says who was trusted when.
import type { X509Certificate } from 'node:crypto';
import type { TrustCandidate, TrustedSignerEntry } from '../../../shared/api/types';
import { meetingDocumentOf } from '../../excel/briefing/inspect';
import { reportModelOf } from '../../excel/report/inspect';
import {
  certificateFacts,
  describeX509,
  documentSigningProblem,
  groupFingerprint,
  openVerifiedPackage,
  parseCertificate,
  readCertificateFile,
  SignatureError,
  type TrustedSigner,
} from '../../excel/signature';
import { AppError, appError } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { invalidReason } from '../reports/verify';
import { provinceKey } from '../centre/provinces';
import { checkFingerprintRead } from './fingerprint';
import { verifyOptionsOf } from './store';
import { all, one, sql } from '../../db/sql';

interface Row {
  id: string;
  name: string;
  province: string | null;
  fingerprint: string;
  certificate: Buffer;
  subject: string;
  issuer: string;
  not_before: string;
  not_after: string;
  source: 'certificate' | 'report';
  trusted_since: string;
  added_by: string;
}

const COLUMNS = sql`id, name, province, fingerprint, certificate, subject, issuer, not_before, not_after, source, trusted_since, added_by`;

function toEntry(r: Row): TrustedSignerEntry {
  const info = describeX509(parseCertificate(r.certificate));
  return {
    id: r.id,
    name: r.name,
    province: r.province,
    subject: r.subject,
    commonName: info.commonName,
    issuer: r.issuer,
    fingerprintSha256: r.fingerprint,
    fingerprint: groupFingerprint(r.fingerprint),
    notBefore: r.not_before,
    notAfter: r.not_after,
    source: r.source,
    trustedSince: r.trusted_since,
    addedBy: r.added_by,
  };
}

export function listTrustedSigners(ctx: ServiceContext): TrustedSignerEntry[] {
  const rows = all<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM trusted_signer WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE, trusted_since`,
  );
  return rows.map(toEntry);
}

function findByFingerprint(ctx: ServiceContext, fingerprint: string): TrustedSignerEntry | null {
  const row = one<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM trusted_signer WHERE fingerprint = ${fingerprint} AND removed_at IS NULL`,
  );
  return row ? toEntry(row) : null;
}

export const HOW_TO_CONFIRM =
  'Gọi điện cho nơi gửi theo số điện thoại đã biết từ trước (không dùng số ghi trong thư hay trong tệp), ' +
  'đề nghị họ đọc dấu vân tay chứng thư số của họ (trong TienDo: Cài đặt > Chữ ký số) từng nhóm bốn ký tự, ' +
  'và so với dấu vân tay hiện ở đây. Chỉ khi cả 16 nhóm trùng khớp mới nhập dấu vân tay họ đọc và thêm vào danh sách tin cậy.';

const usageProblem = (cert: X509Certificate): string | null => {
  try {
    return documentSigningProblem(certificateFacts(cert.raw));
  } catch {
    return 'không đọc được phần mở rộng của chứng thư số';
  }
};

/**
 * A CA's certificate rather than a signer's: marked CA and either issued by another CA or not allowed to
 * sign documents. A self-signed certificate marked CA that may sign (what `openssl req -x509` makes by
 * default) is a signer's certificate like any other self-signed one.
 */
const isCa = (cert: X509Certificate): boolean => {
  let ca = false;
  try {
    ca = certificateFacts(cert.raw).basicConstraints?.ca === true;
  } catch {
    return false;
  }
  return ca && (!cert.checkIssued(cert) || usageProblem(cert) !== null);
};

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** What a signed document says it is, from its signed model only. */
function documentFacts(pkg: Awaited<ReturnType<typeof openVerifiedPackage>>): {
  province: string | null;
  title: string | null;
} {
  const report = reportModelOf(pkg);
  if (report.status === 'signed')
    return {
      province: report.model.province,
      title: `${report.model.header.title} ${report.model.header.subtitle}`,
    };
  const doc = meetingDocumentOf(pkg);
  if (doc.status === 'signed') {
    const header = doc.model.kind === 'briefing' ? doc.model.header : doc.model.notice.header;
    return { province: null, title: `${header.title} ${header.subtitle}` };
  }
  return { province: null, title: null };
}

/** The one signer certificate a file offers: the end-entity certificate of a .cer/.pem/.p7b. */
function certificateOfFile(bytes: Buffer): X509Certificate {
  let certs: X509Certificate[];
  try {
    certs = readCertificateFile(bytes);
  } catch (error) {
    if (error instanceof SignatureError) throw new AppError(error.code, error.message);
    throw error;
  }
  const leaves = certs.filter((c) => !isCa(c));
  if (leaves.length === 1) return leaves[0]!;
  if (leaves.length === 0) throw appError('TEP_CHI_CO_CHUNG_THU_CA', {});
  throw appError('NHIEU_CHUNG_THU_NGUOI_KY', { count: leaves.length });
}

export interface TrustFile {
  kind: 'certificate' | 'document';
  certificate: X509Certificate;
  verdict: TrustCandidate['verdict'];
  province: string | null;
  title: string | null;
}

/**
 * Reads what a file offers to the trust list: a certificate file, or a signed document (intact, with a
 * certificate valid at signing, or refused saying why). `extra`: signers trusted besides the list.
 */
export async function readTrustFile(
  ctx: ServiceContext,
  bytes: Buffer,
  extra: readonly TrustedSigner[] = [],
): Promise<TrustFile> {
  if (!isZip(bytes))
    return {
      kind: 'certificate',
      certificate: certificateOfFile(bytes),
      verdict: null,
      province: null,
      title: null,
    };
  const pkg = await openVerifiedPackage(bytes, verifyOptionsOf(ctx, extra));
  const r = pkg.result;
  if (!r.signed) throw appError('TEP_CHUA_KY_KHONG_TIN_CAY', {});
  if (!r.valid) throw appError('TEP_KY_SAI_KHONG_TIN_CAY', { reason: invalidReason(r) });
  const facts = documentFacts(pkg);
  return {
    kind: 'document',
    certificate: parseCertificate(pkg.signerCertificates[0]!),
    verdict: r.verdict,
    ...facts,
  };
}

export async function inspectTrustFile(
  ctx: ServiceContext,
  bytes: Buffer,
  extra: readonly TrustedSigner[] = [],
): Promise<TrustCandidate> {
  const file = await readTrustFile(ctx, bytes, extra);
  const info = describeX509(file.certificate);
  return {
    kind: file.kind,
    signer: info,
    fingerprint: groupFingerprint(info.fingerprintSha256),
    selfSigned: file.certificate.checkIssued(file.certificate),
    authority: isCa(file.certificate),
    verdict: file.verdict,
    province: file.province,
    title: file.title,
    alreadyTrusted: findByFingerprint(ctx, info.fingerprintSha256),
    howToConfirm: HOW_TO_CONFIRM,
  };
}

export interface AddSignerInput {
  /** The body: "UBND tỉnh Lâm Đồng". */
  name: string;
  /** The province it signs reports for; undefined: the report's own (from a document), else none. */
  province?: string | null;
  /** The fingerprint the person read with the sender; null only where the caller allows it (a certificate file on the CLI). */
  fingerprint: string | null;
}

/** Adds `cert` to the trust list after the checks every way in shares. */
export function addTrustedCertificate(
  ctx: ServiceContext,
  cert: X509Certificate,
  input: {
    name: string;
    province: string | null;
    fingerprint: string | null;
    source: 'certificate' | 'report';
  },
): TrustedSignerEntry {
  const info = describeX509(cert);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw appError('THIEU_TEN_NGUOI_KY', {});
  if (input.fingerprint === null) {
    if (input.source === 'report')
      throw appError('THIEU_DAU_VAN_TAY_NGUOI_KY', { fingerprint: groupFingerprint(info.fingerprintSha256) });
  } else checkFingerprintRead(input.fingerprint, info.fingerprintSha256);
  if (isCa(cert)) throw appError('CHUNG_THU_CA_KHONG_PHAI_NGUOI_KY', {});
  const usage = usageProblem(cert);
  if (usage) throw appError('CHUNG_THU_SAI_MUC_DICH', { problem: usage });
  const province = input.province?.trim() ? input.province.trim().replace(/\s+/g, ' ') : null;
  return inTransaction(ctx, () => {
    const existing = findByFingerprint(ctx, info.fingerprintSha256);
    if (existing)
      throw appError('DA_TIN_CAY_NGUOI_KY', {
        name: existing.name,
        since: existing.trustedSince.slice(0, 10),
      });
    const id = ctx.newId();
    const now = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO trusted_signer (id, name, province, province_key, fingerprint, certificate, subject, issuer,
           not_before, not_after, source, trusted_since, added_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        name,
        province,
        province ? provinceKey(province) : null,
        info.fingerprintSha256,
        cert.raw,
        info.subject,
        info.issuer,
        info.notBefore,
        info.notAfter,
        input.source,
        now,
        ctx.actor(),
      );
    recordAudit(ctx, 'trusted_signer', id, 'create', null, {
      name,
      province,
      subject: info.subject,
      fingerprintSha256: info.fingerprintSha256,
      source: input.source,
    });
    return findByFingerprint(ctx, info.fingerprintSha256)!;
  });
}

/** Adds the signer of a certificate file or of a signed document (with its own checks, see readTrustFile). */
export async function addTrustedSigner(
  ctx: ServiceContext,
  bytes: Buffer,
  input: AddSignerInput,
  extra: readonly TrustedSigner[] = [],
): Promise<TrustedSignerEntry> {
  const file = await readTrustFile(ctx, bytes, extra);
  return addTrustedCertificate(ctx, file.certificate, {
    name: input.name,
    province: input.province === undefined ? file.province : input.province,
    fingerprint: input.fingerprint,
    source: file.kind === 'document' ? 'report' : 'certificate',
  });
}

export function removeTrustedSigner(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const row = one<Row>(
      ctx,
      sql`SELECT ${COLUMNS} FROM trusted_signer WHERE id = ${id} AND removed_at IS NULL`,
    );
    if (!row) throw appError('KHONG_TIM_THAY_NGUOI_KY', {});
    ctx
      .prepare('UPDATE trusted_signer SET removed_at = ?, removed_by = ? WHERE id = ?')
      .run(ctx.now().toISOString(), ctx.actor(), id);
    recordAudit(
      ctx,
      'trusted_signer',
      id,
      'archive',
      { name: row.name, fingerprintSha256: row.fingerprint },
      null,
    );
    return { ok: true as const };
  });
}

/** The signer whose fingerprint (any spelling) is `text`, for the CLI's `trust remove`. */
export function findTrustedSigner(ctx: ServiceContext, text: string): TrustedSignerEntry | null {
  const hex = text.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
  return (
    listTrustedSigners(ctx).find((s) => s.fingerprintSha256.replace(/:/g, '') === hex || s.id === text) ??
    null
  );
}
