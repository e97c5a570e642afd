// What a certificate allows its key to do: basic constraints (is it a CA, how long a path below it), key
// usage (sign documents, sign certificates, sign CRLs) and extended key usage, read from the DER with
// der.ts (node:crypto gives only the CA flag and the extended key usages, not the key usage bits).
import { DerError, TAG, children, content, contextTag, expectTag, oid, readTlv, root, whole } from './der';

export const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  anyExtendedKeyUsage: '2.5.29.37.0',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.5.5.7.3.36',
  msDocumentSigning: '1.3.6.1.4.1.311.10.3.12',
  adobeAuthenticDocuments: '1.2.840.113583.1.1.5',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

/** Extended key usages under which a certificate may sign a document (the usual ones of VN CAs included). */
export const DOCUMENT_SIGNING_EKUS: ReadonlySet<string> = new Set([
  OID.anyExtendedKeyUsage,
  OID.clientAuth,
  OID.emailProtection,
  OID.documentSigning,
  OID.msDocumentSigning,
  OID.adobeAuthenticDocuments,
]);

export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsage = (typeof KEY_USAGE_BITS)[number];

export const KEY_USAGE_WORDS: Record<KeyUsage, string> = {
  digitalSignature: 'ký số',
  nonRepudiation: 'chống chối bỏ',
  keyEncipherment: 'mã hóa khóa',
  dataEncipherment: 'mã hóa dữ liệu',
  keyAgreement: 'thỏa thuận khóa',
  keyCertSign: 'ký chứng thư số',
  cRLSign: 'ký danh sách thu hồi',
  encipherOnly: 'chỉ mã hóa',
  decipherOnly: 'chỉ giải mã',
};

export const EKU_WORDS: Record<string, string> = {
  [OID.serverAuth]: 'xác thực máy chủ (TLS)',
  [OID.clientAuth]: 'xác thực người dùng',
  [OID.codeSigning]: 'ký mã chương trình',
  [OID.emailProtection]: 'thư điện tử',
  [OID.timeStamping]: 'cấp dấu thời gian',
  [OID.ocspSigning]: 'ký phản hồi OCSP',
  [OID.documentSigning]: 'ký tài liệu',
  [OID.msDocumentSigning]: 'ký tài liệu (Microsoft)',
  [OID.adobeAuthenticDocuments]: 'ký tài liệu (Adobe)',
  [OID.anyExtendedKeyUsage]: 'mọi mục đích',
};

export interface CertificateFacts {
  /** DER of the subject and issuer Names (CRLs and issuers are matched on these bytes). */
  subjectDer: Buffer;
  issuerDer: Buffer;
  basicConstraints: { ca: boolean; pathLen: number | null } | null;
  /** null when the certificate has no key usage extension (any usage). */
  keyUsage: Set<KeyUsage> | null;
  /** null when the certificate has no extended key usage extension. */
  extKeyUsage: string[] | null;
}

function bitString(buf: Buffer, der: Buffer): Set<KeyUsage> {
  const bytes = content(buf, expectTag(root(der), TAG.BIT_STRING, 'BIT STRING'));
  const out = new Set<KeyUsage>();
  KEY_USAGE_BITS.forEach((name, i) => {
    const byte = bytes[1 + (i >> 3)];
    if (byte !== undefined && byte & (0x80 >> (i & 7))) out.add(name);
  });
  return out;
}

function basicConstraints(der: Buffer): { ca: boolean; pathLen: number | null } {
  const seq = expectTag(root(der), TAG.SEQUENCE, 'basicConstraints');
  let ca = false;
  let pathLen: number | null = null;
  for (const el of children(der, seq)) {
    if (el.tag === TAG.BOOLEAN) ca = content(der, el)[0] !== 0;
    else if (el.tag === TAG.INTEGER) {
      const bytes = content(der, el);
      pathLen = bytes.length > 4 ? Number.MAX_SAFE_INTEGER : bytes.reduce((n, b) => n * 256 + b, 0);
    }
  }
  return { ca, pathLen };
}

function extKeyUsage(der: Buffer): string[] {
  const seq = expectTag(root(der), TAG.SEQUENCE, 'extKeyUsage');
  return children(der, seq).map((el) => oid(der, el));
}

/** Reads what TienDo checks of a certificate (DER). Throws DerError for a certificate it cannot read. */
export function certificateFacts(der: Buffer): CertificateFacts {
  const cert = expectTag(root(der), TAG.SEQUENCE, 'chứng thư');
  const tbs = expectTag(children(der, cert)[0], TAG.SEQUENCE, 'TBSCertificate');
  const fields = children(der, tbs);
  let i = fields[0]?.tag === contextTag(0) ? 1 : 0;
  i++; // serialNumber
  i++; // signature algorithm
  const issuer = expectTag(fields[i++], TAG.SEQUENCE, 'issuer');
  i++; // validity
  const subject = expectTag(fields[i++], TAG.SEQUENCE, 'subject');
  const facts: CertificateFacts = {
    subjectDer: whole(der, subject),
    issuerDer: whole(der, issuer),
    basicConstraints: null,
    keyUsage: null,
    extKeyUsage: null,
  };
  const extensions = fields.slice(i).find((f) => f.tag === contextTag(3));
  if (!extensions) return facts;
  const list = expectTag(readTlv(der, extensions.contentStart, extensions.end), TAG.SEQUENCE, 'extensions');
  for (const ext of children(der, list)) {
    const parts = children(der, expectTag(ext, TAG.SEQUENCE, 'extension'));
    const id = oid(der, parts[0]!);
    const value = parts[parts.length - 1];
    if (!value || value.tag !== TAG.OCTET_STRING) throw new DerError('DER: phần mở rộng không hợp lệ');
    const inner = content(der, value);
    if (id === OID.keyUsage) facts.keyUsage = bitString(inner, inner);
    else if (id === OID.basicConstraints) facts.basicConstraints = basicConstraints(inner);
    else if (id === OID.extKeyUsage) facts.extKeyUsage = extKeyUsage(inner);
  }
  return facts;
}

/**
 * Why a certificate may not sign a document, in words, or null when it may: a key usage without digital
 * signature (or non-repudiation), or extended key usages none of which is for signing.
 */
export function documentSigningProblem(facts: CertificateFacts): string | null {
  const ku = facts.keyUsage;
  if (ku && !ku.has('digitalSignature') && !ku.has('nonRepudiation')) {
    const allowed = [...ku].map((u) => KEY_USAGE_WORDS[u]).join(', ') || 'không có';
    return `chứng thư số không được cấp để ký số (mục đích sử dụng khóa: ${allowed})`;
  }
  const eku = facts.extKeyUsage;
  if (eku && !eku.some((o) => DOCUMENT_SIGNING_EKUS.has(o))) {
    const allowed = eku.map((o) => EKU_WORDS[o] ?? o).join(', ');
    return `chứng thư số chỉ được cấp cho mục đích khác, không phải ký tài liệu (${allowed})`;
  }
  return null;
}
