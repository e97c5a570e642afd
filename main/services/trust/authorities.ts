// CA certificates on the trust list (the national root of the Bộ Khoa học và Công nghệ's root CA, the
// government root of Ban Cơ yếu Chính phủ, the CAs under them), imported from .cer/.pem/.p7b files; and the
// revocation lists (CRL) imported offline, each accepted only when a CA on the list signed it.
import type { X509Certificate } from 'node:crypto';
import type { TrustAuthorityEntry, TrustCrlEntry } from '../../../shared/api/types';
import {
  CrlError,
  certificateFacts,
  crlIssuedBy,
  describeX509,
  groupFingerprint,
  parseCertificate,
  parseCrl,
  readCertificateFile,
  SignatureError,
} from '../../excel/signature';
import { AppError, appError } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { all, one, oneRow, run, sql } from '../../db/sql';

interface AuthorityRow {
  id: string;
  name: string;
  fingerprint: string;
  certificate: Buffer;
  subject: string;
  not_before: string;
  not_after: string;
  added_at: string;
  added_by: string;
}

const AUTHORITY_COLUMNS = sql`id, name, fingerprint, certificate, subject, not_before, not_after, added_at, added_by`;

function toAuthority(r: AuthorityRow): TrustAuthorityEntry {
  const cert = parseCertificate(r.certificate);
  return {
    id: r.id,
    name: r.name,
    subject: r.subject,
    fingerprintSha256: r.fingerprint,
    fingerprint: groupFingerprint(r.fingerprint),
    notBefore: r.not_before,
    notAfter: r.not_after,
    root: cert.checkIssued(cert),
    addedAt: r.added_at,
    addedBy: r.added_by,
  };
}

export function listAuthorities(ctx: ServiceContext): TrustAuthorityEntry[] {
  const rows = all<AuthorityRow>(
    ctx,
    sql`SELECT ${AUTHORITY_COLUMNS} FROM trust_authority WHERE removed_at IS NULL ORDER BY added_at, name`,
  );
  return rows.map(toAuthority);
}

function caFacts(cert: X509Certificate): { ca: boolean; signsCertificates: boolean } {
  try {
    const f = certificateFacts(cert.raw);
    return {
      ca: f.basicConstraints?.ca === true,
      signsCertificates: !f.keyUsage || f.keyUsage.has('keyCertSign'),
    };
  } catch {
    return { ca: false, signsCertificates: false };
  }
}

/**
 * Imports every CA certificate of the file (a .p7b usually holds the root and its CAs). A certificate
 * that is not a CA's is refused, and so is a file with none; one already on the list is skipped.
 * `name` names a single certificate; with several each takes its common name.
 */
export function importAuthorities(
  ctx: ServiceContext,
  bytes: Buffer,
  name?: string,
): { added: TrustAuthorityEntry[]; skipped: TrustAuthorityEntry[] } {
  let certs: X509Certificate[];
  try {
    certs = readCertificateFile(bytes);
  } catch (error) {
    if (error instanceof SignatureError) throw new AppError(error.code, error.message);
    throw error;
  }
  for (const cert of certs) {
    const f = caFacts(cert);
    const who = describeX509(cert).commonName || describeX509(cert).subject;
    if (!f.ca) throw appError('CHUNG_THU_KHONG_PHAI_CA', { who });
    if (!f.signsCertificates) throw appError('CA_KHONG_DUOC_KY', { who });
  }
  return inTransaction(ctx, () => {
    const added: TrustAuthorityEntry[] = [];
    const skipped: TrustAuthorityEntry[] = [];
    for (const cert of certs) {
      const info = describeX509(cert);
      const existing = one<AuthorityRow>(
        ctx,
        sql`SELECT ${AUTHORITY_COLUMNS} FROM trust_authority WHERE fingerprint = ${info.fingerprintSha256} AND removed_at IS NULL`,
      );
      if (existing) {
        skipped.push(toAuthority(existing));
        continue;
      }
      const id = ctx.newId();
      const label = (certs.length === 1 && name?.trim()) || info.commonName || info.subject;
      run(
        ctx,
        sql`INSERT INTO trust_authority (${AUTHORITY_COLUMNS}) VALUES (${id}, ${label}, ${info.fingerprintSha256}, ${cert.raw}, ${info.subject}, ${info.notBefore}, ${info.notAfter}, ${ctx.now().toISOString()}, ${ctx.actor()})`,
      );
      recordAudit(ctx, 'trust_authority', id, 'create', null, {
        name: label,
        subject: info.subject,
        fingerprintSha256: info.fingerprintSha256,
      });
      added.push(
        toAuthority(
          oneRow<AuthorityRow>(ctx, sql`SELECT ${AUTHORITY_COLUMNS} FROM trust_authority WHERE id = ${id}`),
        ),
      );
    }
    return { added, skipped };
  });
}

export function removeAuthority(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const row = one<AuthorityRow>(
      ctx,
      sql`SELECT ${AUTHORITY_COLUMNS} FROM trust_authority WHERE id = ${id} AND removed_at IS NULL`,
    );
    if (!row) throw appError('KHONG_TIM_THAY_CA', {});
    ctx
      .prepare('UPDATE trust_authority SET removed_at = ?, removed_by = ? WHERE id = ?')
      .run(ctx.now().toISOString(), ctx.actor(), id);
    recordAudit(
      ctx,
      'trust_authority',
      id,
      'archive',
      { name: row.name, fingerprintSha256: row.fingerprint },
      null,
    );
    return { ok: true as const };
  });
}

interface CrlRow {
  id: string;
  authority: string;
  this_update: string;
  next_update: string | null;
  entries: number;
  imported_at: string;
  imported_by: string;
}

function toCrl(r: CrlRow, now: Date): TrustCrlEntry {
  return {
    id: r.id,
    authority: r.authority,
    thisUpdate: r.this_update,
    nextUpdate: r.next_update,
    entries: r.entries,
    stale: r.next_update !== null && Date.parse(r.next_update) < now.getTime(),
    importedAt: r.imported_at,
    importedBy: r.imported_by,
  };
}

const CRL_SELECT = sql`SELECT c.id, a.name AS authority, c.this_update, c.next_update, c.entries, c.imported_at, c.imported_by
  FROM trust_crl c JOIN trust_authority a ON a.id = c.authority_id`;

export function listCrls(ctx: ServiceContext): TrustCrlEntry[] {
  const rows = all<CrlRow>(
    ctx,
    sql`${CRL_SELECT} WHERE a.removed_at IS NULL ORDER BY a.name, c.this_update DESC`,
  );
  return rows.map((r) => toCrl(r, ctx.now()));
}

/**
 * Imports a CRL: it must be signed by a CA certificate on the list (the CA is imported first). Its entries
 * add to those of the CA's earlier lists (a revocation is never undone by a later list leaving it out).
 */
export function importCrl(ctx: ServiceContext, bytes: Buffer): TrustCrlEntry {
  let crl: ReturnType<typeof parseCrl>;
  try {
    crl = parseCrl(bytes);
  } catch (error) {
    if (error instanceof CrlError) throw new AppError('CRL_HONG', error.message);
    throw error;
  }
  const authorities = all<AuthorityRow>(
    ctx,
    sql`SELECT ${AUTHORITY_COLUMNS} FROM trust_authority WHERE removed_at IS NULL`,
  );
  const issuer = authorities.find((a) => crlIssuedBy(crl, parseCertificate(a.certificate)));
  if (!issuer) throw appError('CRL_KHONG_RO_NGUON', {});
  return inTransaction(ctx, () => {
    const seen = one<{ id: string }>(ctx, sql`SELECT id FROM trust_crl WHERE sha256 = ${crl.sha256}`);
    if (seen) throw appError('CRL_DA_NHAP', {});
    const id = ctx.newId();
    ctx
      .prepare(
        `INSERT INTO trust_crl (id, authority_id, issuer, this_update, next_update, sha256, content, entries, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        issuer.id,
        issuer.subject,
        crl.thisUpdate,
        crl.nextUpdate,
        crl.sha256,
        crl.der,
        crl.entries.length,
        ctx.now().toISOString(),
        ctx.actor(),
      );
    const insert = ctx.prepare(
      'INSERT OR IGNORE INTO trust_revoked (crl_id, serial, revoked_at, reason) VALUES (?, ?, ?, ?)',
    );
    for (const e of crl.entries) insert.run(id, e.serial, e.revokedAt, e.reason);
    recordAudit(ctx, 'trust_crl', id, 'import', null, {
      authority: issuer.name,
      thisUpdate: crl.thisUpdate,
      entries: crl.entries.length,
      sha256: crl.sha256,
    });
    return toCrl(oneRow<CrlRow>(ctx, sql`${CRL_SELECT} WHERE c.id = ${id}`), ctx.now());
  });
}
