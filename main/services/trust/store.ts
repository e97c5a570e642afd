// The trust list as the signature module takes it (TrustStore): the signers a person confirmed, the CA
// certificates imported, and the revocations of the imported CRLs, looked up by serial number in the
// index rather than loaded (a CA's list can hold many thousands of entries).
import { X509Certificate } from 'node:crypto';
import type {
  RevokedEntry,
  Revocations,
  TrustAnchor,
  TrustedSigner,
  TrustStore,
} from '../../excel/signature';
import type { ServiceContext } from '../context';
import { all, one, sql } from '../../db/sql';

interface SignerRow {
  name: string;
  province: string | null;
  fingerprint: string;
}

export function trustedSigners(ctx: ServiceContext): TrustedSigner[] {
  const rows = all<SignerRow>(
    ctx,
    sql`SELECT name, province, fingerprint FROM trusted_signer WHERE removed_at IS NULL`,
  );
  return rows.map((r) => ({
    fingerprintSha256: r.fingerprint,
    label: r.name,
    source: 'trust-list' as const,
    province: r.province,
  }));
}

export function trustAnchors(ctx: ServiceContext): TrustAnchor[] {
  const rows = all<{ name: string; certificate: Buffer }>(
    ctx,
    sql`SELECT name, certificate FROM trust_authority WHERE removed_at IS NULL ORDER BY added_at`,
  );
  return rows.map((r) => ({ name: r.name, certificate: new X509Certificate(r.certificate) }));
}

/** Revocations of the CRLs imported for the CA certificate `issuer` (matched by fingerprint). */
export function storedRevocations(ctx: ServiceContext): Revocations {
  return {
    lookup(issuer: X509Certificate, serial: string): RevokedEntry | null {
      const row = one<{ serial: string; revoked_at: string; reason: string | null }>(
        ctx,
        sql`SELECT r.serial, r.revoked_at, r.reason FROM trust_revoked r
             JOIN trust_crl c ON c.id = r.crl_id
             JOIN trust_authority a ON a.id = c.authority_id
           WHERE r.serial = ${serial} AND a.fingerprint = ${issuer.fingerprint256.toUpperCase()} AND a.removed_at IS NULL
           ORDER BY r.revoked_at LIMIT 1`,
      );
      return row ? { serial: row.serial, revokedAt: row.revoked_at, reason: row.reason } : null;
    },
  };
}

/** The whole trust list of this file, plus any signers the caller adds (this machine's own identity). */
export function loadTrustStore(ctx: ServiceContext, extra: readonly TrustedSigner[] = []): TrustStore {
  return {
    signers: [...trustedSigners(ctx), ...extra],
    authorities: trustAnchors(ctx),
    revocations: storedRevocations(ctx),
  };
}

/** The same, as verifyPackage / openVerifiedPackage take it. */
export function verifyOptionsOf(ctx: ServiceContext, extra: readonly TrustedSigner[] = []) {
  const store = loadTrustStore(ctx, extra);
  return { trusted: store.signers, authorities: store.authorities, revocations: store.revocations };
}
