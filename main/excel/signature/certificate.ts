/** Reading X.509 certificates (node:crypto): display data, DER, the issuer name and serial for XAdES. */
import { X509Certificate } from 'node:crypto';
import { type SignerInfo, SignatureError } from './types';

export function parseCertificate(pemOrDer: string | Buffer): X509Certificate {
  try {
    return new X509Certificate(pemOrDer);
  } catch {
    throw new SignatureError('CHUNG_THU_HONG', 'Chứng thư số không đọc được (không đúng định dạng X.509).');
  }
}

export function derToPem(der: Buffer): string {
  const b64 = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

/** Node prints a name one RDN per line, least specific first, values escaped RFC 4514 style. */
function rdnLines(name: string): string[] {
  return name.split('\n').filter((l) => l.length > 0);
}

/** RFC 4514 form, most specific first: "CN=…, O=…, C=VN" (what Java's X500Principal prints, as POI writes it). */
export function distinguishedName(nodeName: string): string {
  return rdnLines(nodeName).reverse().join(', ');
}

function unescapeValue(v: string): string {
  return v.replace(/\\([,+"\\<>;#= ])/g, '$1');
}

function attribute(nodeName: string, key: string): string {
  const line = rdnLines(nodeName).find((l) => l.startsWith(`${key}=`));
  return line ? unescapeValue(line.slice(key.length + 1)) : '';
}

export function serialDecimal(cert: X509Certificate): string {
  return BigInt(`0x${cert.serialNumber}`).toString(10);
}

export function describeX509(cert: X509Certificate): SignerInfo {
  return {
    subject: distinguishedName(cert.subject),
    commonName: attribute(cert.subject, 'CN'),
    issuer: distinguishedName(cert.issuer),
    serialNumber: cert.serialNumber.toUpperCase(),
    fingerprintSha256: cert.fingerprint256.toUpperCase(),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
  };
}

export function describeCertificate(certPem: string): SignerInfo {
  return describeX509(parseCertificate(certPem));
}
