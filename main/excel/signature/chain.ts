// Who vouches for a signer's certificate: the reader's trust list (certificates confirmed one by one, by
// fingerprint), or a chain to a CA certificate the reader imported (the national root, the government
// root), checked link by link (name, signature, CA flag, key usage for signing certificates, path length,
// validity at the signing time), and revocation lists imported offline. Pure: everything it knows comes in
// its arguments (TrustStore) and the time it judges at.
import type { X509Certificate } from 'node:crypto';
import { localDate } from './certificate';
import { REASON_WORDS, type RevokedEntry } from './crl';
import { normaliseSerial } from './der';
import { certificateFacts, type CertificateFacts } from './extensions';
import { describeX509 } from './certificate';
import type { TrustedSigner } from './types';

/** A CA certificate the reader imported: a chain ending here is accepted. */
export interface TrustAnchor {
  certificate: X509Certificate;
  /** As the person named it, or the certificate's common name. */
  name: string;
}

export interface Revocations {
  /** The entry of an imported CRL of `issuer` that revokes `serial` (normalised hex), if any. */
  lookup(issuer: X509Certificate, serial: string): RevokedEntry | null;
}

export interface TrustStore {
  signers: readonly TrustedSigner[];
  authorities: readonly TrustAnchor[];
  revocations: Revocations;
}

export const NO_REVOCATIONS: Revocations = { lookup: () => null };

export const EMPTY_TRUST: TrustStore = { signers: [], authorities: [], revocations: NO_REVOCATIONS };

export type ChainVerdict =
  | { status: 'trusted'; source: TrustedSigner['source']; label: string; signer: TrustedSigner | null }
  | { status: 'unconfirmed' }
  | { status: 'revoked'; revokedAt: string; reason: string | null; issuer: string; message: string }
  | { status: 'chain-invalid'; message: string };

const MAX_DEPTH = 8;

function facts(cert: X509Certificate): CertificateFacts | null {
  try {
    return certificateFacts(cert.raw);
  } catch {
    return null;
  }
}

function issued(child: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return child.checkIssued(issuer) && child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

const selfIssued = (cert: X509Certificate): boolean => issued(cert, cert);

const nameOf = (cert: X509Certificate): string => {
  const d = describeX509(cert);
  return d.commonName || d.subject;
};

/** A path from `leaf` up to an anchor: [leaf, …, anchor], or null when none is found. */
function buildPath(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly TrustAnchor[],
): { path: X509Certificate[]; anchor: TrustAnchor } | null {
  const anchorOf = (c: X509Certificate) =>
    anchors.find((a) => a.certificate.fingerprint256 === c.fingerprint256);
  const walk = (path: X509Certificate[]): { path: X509Certificate[]; anchor: TrustAnchor } | null => {
    const current = path[path.length - 1]!;
    const anchor = anchorOf(current);
    if (anchor && path.length > 1) return { path, anchor };
    if (path.length > MAX_DEPTH) return null;
    // Anchors first: a chain ends at the first imported CA it reaches.
    const candidates = [...anchors.map((a) => a.certificate), ...intermediates];
    for (const next of candidates) {
      if (path.some((p) => p.fingerprint256 === next.fingerprint256)) continue;
      if (!issued(current, next)) continue;
      const found = walk([...path, next]);
      if (found) return found;
    }
    return null;
  };
  // An imported CA certificate used itself as the signer's certificate is not a chain.
  return walk([leaf]);
}

/** What is wrong with a CA certificate of the path at `at`, or null. `below`: CA certificates under it. */
function caProblem(cert: X509Certificate, below: number, at: string): string | null {
  const f = facts(cert);
  const who = `chứng thư của tổ chức cấp "${nameOf(cert)}"`;
  if (!f?.basicConstraints?.ca) return `${who} không phải chứng thư của một tổ chức cấp chứng thư số (CA)`;
  if (f.keyUsage && !f.keyUsage.has('keyCertSign'))
    return `${who} không được phép ký chứng thư số khác (mục đích sử dụng khóa)`;
  if (f.basicConstraints.pathLen !== null && below > f.basicConstraints.pathLen)
    return `${who} chỉ cho phép ${f.basicConstraints.pathLen} cấp CA bên dưới`;
  const t = Date.parse(at);
  if (t > Date.parse(cert.validTo))
    return `${who} đã hết hạn từ ngày ${localDate(new Date(cert.validTo).toISOString())}`;
  if (t < Date.parse(cert.validFrom))
    return `${who} chưa có hiệu lực đến ngày ${localDate(new Date(cert.validFrom).toISOString())}`;
  return null;
}

function revocationOf(
  cert: X509Certificate,
  issuer: X509Certificate,
  store: TrustStore,
): ChainVerdict | null {
  const entry = store.revocations.lookup(issuer, normaliseSerial(cert.serialNumber));
  if (!entry) return null;
  const reason = entry.reason ? (REASON_WORDS[entry.reason] ?? entry.reason) : null;
  const whose = cert === issuer ? 'tổ chức cấp' : `"${nameOf(cert)}"`;
  return {
    status: 'revoked',
    revokedAt: entry.revokedAt,
    reason: entry.reason,
    issuer: nameOf(issuer),
    message: `Chứng thư số ${whose} đã bị thu hồi từ ngày ${localDate(entry.revokedAt)}${reason ? ` (lý do: ${reason})` : ''}, theo danh sách thu hồi của "${nameOf(issuer)}": chữ ký không có giá trị.`,
  };
}

/**
 * Judges the signer's certificate `leaf` (with the other certificates the signature carries) at the
 * signing time `at`:
 * - revoked (by an imported CRL of its issuer, or of a CA above it) beats everything;
 * - a certificate on the trust list is trusted as it stands (the person compared its fingerprint);
 * - a chain to an imported CA is trusted, unless a CA certificate on it is not fit (then chain-invalid);
 * - anything else is unconfirmed.
 */
export function evaluateChain(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  at: string,
  store: TrustStore,
): ChainVerdict {
  const fingerprint = leaf.fingerprint256.toUpperCase();
  const listed = store.signers.find((s) => s.fingerprintSha256 === fingerprint) ?? null;
  const built = buildPath(leaf, intermediates, store.authorities);
  if (built) {
    const { path } = built;
    for (let i = 0; i + 1 < path.length; i++) {
      const revoked = revocationOf(path[i]!, path[i + 1]!, store);
      if (revoked) return revoked;
    }
  } else {
    // No chain to an imported CA: the leaf may still be revoked by a CA the reader knows.
    for (const issuer of [...store.authorities.map((a) => a.certificate), ...intermediates]) {
      if (!issued(leaf, issuer)) continue;
      const revoked = revocationOf(leaf, issuer, store);
      if (revoked) return revoked;
    }
  }
  if (listed) return { status: 'trusted', source: listed.source, label: listed.label, signer: listed };
  if (!built) return { status: 'unconfirmed' };
  const cas = built.path.slice(1);
  for (let i = 0; i < cas.length; i++) {
    const problem = caProblem(cas[i]!, i, at);
    if (problem) return { status: 'chain-invalid', message: `Chuỗi chứng thư số không hợp lệ: ${problem}.` };
  }
  if (selfIssued(leaf)) return { status: 'unconfirmed' };
  return {
    status: 'trusted',
    source: 'authority',
    label: `chứng thư số do "${built.anchor.name}" chứng thực (tổ chức cấp chứng thư số đã được tin cậy)`,
    signer: null,
  };
}
