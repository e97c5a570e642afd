// Certificates as people receive them: a .cer or .crt (DER or PEM), a .pem holding several, or a .p7b
// (PKCS#7 certificates-only bundle, as CAs publish their chains and Windows exports them).
import { X509Certificate } from 'node:crypto';
import { DerError, TAG, children, contextTag, expectTag, oid, root, whole } from './der';
import { SignatureError } from './types';

const PKCS7_SIGNED_DATA = '1.2.840.113549.1.7.2';

function pemBlocks(text: string, label: string): Buffer[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
}

/** The certificates of a PKCS#7 SignedData (degenerate, certificates only) as DER. */
function pkcs7Certificates(der: Buffer): Buffer[] {
  const info = children(der, expectTag(root(der), TAG.SEQUENCE, 'ContentInfo'));
  if (oid(der, info[0]!) !== PKCS7_SIGNED_DATA) throw new DerError('DER: không phải PKCS#7 SignedData');
  const explicit = expectTag(info[1], contextTag(0), 'nội dung');
  const signedData = expectTag(children(der, explicit)[0], TAG.SEQUENCE, 'SignedData');
  const certs = children(der, signedData).find((f) => f.tag === contextTag(0));
  return certs ? children(der, certs).map((c) => Buffer.from(whole(der, c))) : [];
}

const looksLikePkcs7 = (der: Buffer): boolean => {
  try {
    const info = children(der, expectTag(root(der), TAG.SEQUENCE, 'ContentInfo'));
    return info[0]?.tag === TAG.OID && oid(der, info[0]) === PKCS7_SIGNED_DATA;
  } catch {
    return false;
  }
};

/**
 * Every certificate in the file, in the order given. Refuses (SignatureError CHUNG_THU_HONG) a file with
 * none or with one that does not read.
 */
export function readCertificateFile(bytes: Buffer): X509Certificate[] {
  const text = bytes.toString('latin1');
  let ders: Buffer[];
  try {
    if (text.includes('-----BEGIN')) {
      ders = [...pemBlocks(text, 'CERTIFICATE'), ...pemBlocks(text, 'PKCS7').flatMap(pkcs7Certificates)];
    } else if (looksLikePkcs7(bytes)) {
      ders = pkcs7Certificates(bytes);
    } else {
      ders = [bytes];
    }
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    ders = [];
  }
  const out: X509Certificate[] = [];
  const single = ders.length === 1 && ders[0] === bytes;
  for (const der of ders) {
    try {
      out.push(new X509Certificate(der));
    } catch {
      if (single) break;
      throw new SignatureError(
        'CHUNG_THU_HONG',
        'Tệp chứng thư số có một chứng thư không đọc được (không đúng định dạng X.509).',
      );
    }
  }
  if (out.length === 0)
    throw new SignatureError(
      'CHUNG_THU_HONG',
      'Tệp không chứa chứng thư số nào đọc được (cần tệp .cer, .crt, .pem hoặc .p7b).',
    );
  return out;
}
