/** Reading X.509 certificates (node:crypto): display data, DER, the issuer name and serial for XAdES. */
import { X509Certificate } from 'node:crypto';
import { todayIso } from '../../../shared/dates';
import { formatDate } from '../../../shared/format/vi';
import type { CertificateWarningCode } from '../../../shared/report/schemas';
import { type CertificateStatus, type SignerInfo, type VerifyProblem, SignatureError } from './types';

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

/** "AB:CD:EF:01:…" -> "ABCD EF01 …": sixteen groups of four, easy to read out over the phone. */
export function groupFingerprint(fingerprintSha256: string): string {
  const hex = fingerprintSha256.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/** The certificate's validity at `at` (the signing time the signature states). */
export function certificateStatusAt(cert: X509Certificate, at: string | null): CertificateStatus {
  if (!at) return { status: 'unknown' };
  const t = Date.parse(at);
  const notBefore = new Date(cert.validFrom).toISOString();
  const notAfter = new Date(cert.validTo).toISOString();
  if (t > Date.parse(notAfter)) return { status: 'expired', notAfter };
  if (t < Date.parse(notBefore)) return { status: 'not-yet-valid', notBefore };
  return { status: 'valid' };
}

/** dd/mm/yyyy on this machine's calendar, as the officer reads dates. */
export function localDate(iso: string): string {
  return formatDate(todayIso(new Date(iso)));
}

/**
 * What is wrong with a certificate that was not valid at `at`, in words that say when: kept apart from a
 * wrong signature, which means the file or the signature was changed.
 */
export function certificateProblem(status: CertificateStatus, at: string): VerifyProblem | null {
  if (status.status === 'expired')
    return {
      code: 'CHUNG_THU_HET_HAN',
      message: `Chứng thư số của người ký đã hết hạn từ ngày ${localDate(status.notAfter)}, trước thời điểm ký (${localDate(at)}): chữ ký không có giá trị.`,
    };
  if (status.status === 'not-yet-valid')
    return {
      code: 'CHUNG_THU_CHUA_HIEU_LUC',
      message: `Chứng thư số của người ký chưa có hiệu lực đến ngày ${localDate(status.notBefore)}, sau thời điểm ký (${localDate(at)}): chữ ký không có giá trị.`,
    };
  return null;
}

/** How many days before expiry a signer is warned: time to ask the CA for a new certificate. */
export const EXPIRY_WARNING_DAYS = 30;

export interface CertificateWarning {
  /** CHUNG_THU_HET_HAN, CHUNG_THU_CHUA_HIEU_LUC (a signature that will not be valid), CHUNG_THU_SAP_HET_HAN. */
  code: CertificateWarningCode;
  /** A sentence for the person about to sign, starting "Chứng thư số …". */
  message: string;
}

/** What a person about to sign at `now` with this certificate should be told first, or null. */
export function signingCertificateWarning(certificatePem: string, now: Date): CertificateWarning | null {
  const cert = parseCertificate(certificatePem);
  const who = describeX509(cert).commonName || describeX509(cert).subject;
  const notAfter = new Date(cert.validTo);
  const notBefore = new Date(cert.validFrom);
  if (now > notAfter)
    return {
      code: 'CHUNG_THU_HET_HAN',
      message: `Chứng thư số của "${who}" đã hết hạn từ ngày ${localDate(notAfter.toISOString())}: chữ ký bằng chứng thư này sẽ bị coi là không hợp lệ khi kiểm tra.`,
    };
  if (now < notBefore)
    return {
      code: 'CHUNG_THU_CHUA_HIEU_LUC',
      message: `Chứng thư số của "${who}" chưa có hiệu lực đến ngày ${localDate(notBefore.toISOString())}: chữ ký bằng chứng thư này sẽ bị coi là không hợp lệ khi kiểm tra.`,
    };
  const daysLeft = Math.ceil((notAfter.getTime() - now.getTime()) / 86_400_000);
  if (daysLeft <= EXPIRY_WARNING_DAYS)
    return {
      code: 'CHUNG_THU_SAP_HET_HAN',
      message: `Chứng thư số của "${who}" sẽ hết hạn ngày ${localDate(notAfter.toISOString())} (còn ${daysLeft} ngày): hãy xin cấp chứng thư số mới trước ngày đó.`,
    };
  return null;
}
