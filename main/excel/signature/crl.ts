// Certificate revocation lists (RFC 5280 §5), imported offline from a .crl file the CA publishes: who
// issued it, when, and which serial numbers it revokes since when. Its signature is checked against the
// CA certificate it names before anything in it counts (crypto.verify over the TBSCertList bytes).
import { createHash, verify as cryptoVerify, type X509Certificate } from 'node:crypto';
import {
  DerError,
  TAG,
  children,
  content,
  expectTag,
  integerHex,
  isTime,
  oid,
  root,
  time,
  whole,
  type Tlv,
} from './der';
import { certificateFacts } from './extensions';

export interface RevokedEntry {
  /** Upper-case hex without leading zeros. */
  serial: string;
  /** ISO 8601 UTC. */
  revokedAt: string;
  /** RFC 5280 CRLReason, when the entry gives one. */
  reason: string | null;
}

export interface ParsedCrl {
  der: Buffer;
  sha256: string;
  issuerDer: Buffer;
  thisUpdate: string;
  nextUpdate: string | null;
  entries: RevokedEntry[];
  /** The bytes the signature covers, the algorithm and the signature itself. */
  tbs: Buffer;
  signatureAlgorithm: string;
  signature: Buffer;
}

const REASON_OID = '2.5.29.21';
const REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  '',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
];

export const REASON_WORDS: Record<string, string> = {
  unspecified: 'không nêu lý do',
  keyCompromise: 'khóa bí mật bị lộ',
  cACompromise: 'tổ chức cấp chứng thư bị lộ khóa',
  affiliationChanged: 'người giữ chứng thư đổi cơ quan',
  superseded: 'đã được thay bằng chứng thư mới',
  cessationOfOperation: 'ngừng sử dụng',
  certificateHold: 'tạm dừng',
  removeFromCRL: 'gỡ khỏi danh sách thu hồi',
  privilegeWithdrawn: 'bị rút quyền',
  aACompromise: 'tổ chức cấp thuộc tính bị lộ khóa',
};

/** node:crypto hash name of the signature algorithms CAs use for CRLs. */
const SIGNATURE_HASHES = new Map<string, string>([
  ['1.2.840.113549.1.1.11', 'sha256'],
  ['1.2.840.113549.1.1.12', 'sha384'],
  ['1.2.840.113549.1.1.13', 'sha512'],
  ['1.2.840.113549.1.1.5', 'sha1'],
  ['1.2.840.10045.4.3.2', 'sha256'],
  ['1.2.840.10045.4.3.3', 'sha384'],
  ['1.2.840.10045.4.3.4', 'sha512'],
]);

export class CrlError extends Error {}

/** PEM ("-----BEGIN X509 CRL-----") or DER. */
export function crlDer(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  const m = /-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/.exec(text);
  return m ? Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64') : bytes;
}

function reasonOf(buf: Buffer, extensions: Tlv | undefined): string | null {
  if (!extensions) return null;
  for (const ext of children(buf, extensions)) {
    const parts = children(buf, ext);
    if (oid(buf, parts[0]!) !== REASON_OID) continue;
    const inner = content(buf, parts[parts.length - 1]!);
    const code = content(inner, root(inner))[0] ?? 0;
    return REASONS[code] || 'unspecified';
  }
  return null;
}

export function parseCrl(bytes: Buffer): ParsedCrl {
  const der = crlDer(bytes);
  try {
    const list = expectTag(root(der), TAG.SEQUENCE, 'CertificateList');
    const [tbsTlv, algTlv, sigTlv] = children(der, list);
    const tbs = expectTag(tbsTlv, TAG.SEQUENCE, 'TBSCertList');
    const algorithm = oid(der, children(der, expectTag(algTlv, TAG.SEQUENCE, 'thuật toán'))[0]!);
    const sigBits = content(der, expectTag(sigTlv, TAG.BIT_STRING, 'chữ ký'));
    const fields = children(der, tbs);
    let i = fields[0]?.tag === TAG.INTEGER ? 1 : 0;
    i++; // signature algorithm (repeated inside)
    const issuer = expectTag(fields[i++], TAG.SEQUENCE, 'issuer');
    if (!isTime(fields[i])) throw new DerError('DER: thiếu thisUpdate');
    const thisUpdate = time(der, fields[i++]!);
    let nextUpdate: string | null = null;
    if (isTime(fields[i])) nextUpdate = time(der, fields[i++]!);
    const entries: RevokedEntry[] = [];
    const revoked = fields[i]?.tag === TAG.SEQUENCE ? fields[i] : undefined;
    if (revoked) {
      for (const entry of children(der, revoked)) {
        const parts = children(der, expectTag(entry, TAG.SEQUENCE, 'mục thu hồi'));
        const extensions = parts[2]?.tag === TAG.SEQUENCE ? parts[2] : undefined;
        entries.push({
          serial: integerHex(der, parts[0]!),
          revokedAt: time(der, parts[1]!),
          reason: reasonOf(der, extensions),
        });
      }
    }
    return {
      der,
      sha256: createHash('sha256').update(der).digest('hex'),
      issuerDer: whole(der, issuer),
      thisUpdate,
      nextUpdate,
      entries,
      tbs: whole(der, tbs),
      signatureAlgorithm: algorithm,
      signature: sigBits.subarray(1),
    };
  } catch (error) {
    if (error instanceof DerError)
      throw new CrlError(
        'Tệp danh sách thu hồi chứng thư số (CRL) không đọc được: không đúng định dạng X.509 CRL (.crl).',
      );
    throw error;
  }
}

/** The CRL was issued and signed by `issuer` (name and signature). */
export function crlIssuedBy(crl: ParsedCrl, issuer: X509Certificate): boolean {
  let subject: Buffer;
  try {
    subject = certificateFacts(issuer.raw).subjectDer;
  } catch {
    return false;
  }
  if (!subject.equals(crl.issuerDer)) return false;
  const hash = SIGNATURE_HASHES.get(crl.signatureAlgorithm);
  if (!hash) return false;
  try {
    return cryptoVerify(hash, crl.tbs, issuer.publicKey, crl.signature);
  } catch {
    return false;
  }
}

/**
 * Revocations from CRLs held in memory: an entry counts only for the issuer that signed its CRL. (The
 * database's trust list keeps the entries indexed instead: main/services/trust.)
 */
export function revocationsFromCrls(crls: readonly ParsedCrl[]): {
  lookup(issuer: X509Certificate, serial: string): RevokedEntry | null;
} {
  return {
    lookup(issuer, serial) {
      for (const crl of crls) {
        if (!crlIssuedBy(crl, issuer)) continue;
        const entry = crl.entries.find((e) => e.serial === serial);
        if (entry) return entry;
      }
      return null;
    },
  };
}
