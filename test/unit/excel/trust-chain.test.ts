// The three outcomes of a verification once the reader has a trust list: who vouches for the signer (a
// certificate a person confirmed, or a chain to an imported CA), and what makes a certificate unfit even
// when the file is intact (expired or not yet valid at signing, revoked by an imported CRL, a key usage
// that is not for signing, a chain through a certificate that is not a CA). All certificates are made here.
import { X509Certificate } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type TrustAnchor,
  type TrustedSigner,
  type VerifyResult,
  crlIssuedBy,
  parseCrl,
  readCertificateFile,
  revocationsFromCrls,
  signPackage,
  verifyPackage,
} from '../../../main/excel/signature';
import { makeCrl, makeIdentity, makeP7b, type TestIdentity } from '../../helpers/pki';

const SIGNING_TIME = new Date('2026-12-15T08:00:00Z');
const COMMITTEE = { cn: 'Nguyễn Văn An', o: 'Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng', l: 'Lâm Đồng' };

let workbook: Buffer;
let root: TestIdentity;
let intermediate: TestIdentity;
let genuine: TestIdentity;

async function makeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.addWorksheet('Báo cáo').addRow(['Nhiệm vụ', 70, 'đã hoàn thành', 52]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const signWith = (id: TestIdentity) => signPackage(workbook, id.key, { signingTime: SIGNING_TIME });
const anchor = (id: TestIdentity, name: string): TrustAnchor => ({
  certificate: new X509Certificate(id.certificatePem),
  name,
});
const listed = (id: TestIdentity, label: string): TrustedSigner => ({
  fingerprintSha256: new X509Certificate(id.certificatePem).fingerprint256.toUpperCase(),
  label,
  source: 'trust-list',
  province: 'Tỉnh Lâm Đồng',
});
const codes = (r: VerifyResult) => r.problems.map((p) => p.code);

beforeAll(async () => {
  workbook = await makeWorkbook();
  root = makeIdentity({ subject: { cn: 'Root CA thử nghiệm', o: 'Ban Cơ yếu Chính phủ (thử)' }, ca: true });
  intermediate = makeIdentity({
    subject: { cn: 'CA cấp 2 thử nghiệm', o: 'Ban Cơ yếu Chính phủ (thử)' },
    issuer: root,
    ca: true,
    pathLen: 0,
  });
  genuine = makeIdentity({ subject: COMMITTEE, issuer: intermediate });
});

describe('who vouches for the signer', () => {
  it('leaves an attacker’s self-signed certificate with the committee’s name unconfirmed', async () => {
    const attacker = makeIdentity({ subject: COMMITTEE });
    const r = await verifyPackage(await signWith(attacker), {
      trusted: [listed(genuine, 'UBND tỉnh Lâm Đồng')],
      authorities: [anchor(root, 'Root CA thử nghiệm')],
    });
    expect(r.intact).toBe(true);
    expect(r.signer?.commonName).toBe(COMMITTEE.cn);
    expect(r.verdict).toBe('unconfirmed');
    expect(r.trust).toEqual({ status: 'unconfirmed' });
  });

  it('trusts a certificate on the trust list by its fingerprint, with the province it signs for', async () => {
    const r = await verifyPackage(await signWith(genuine), {
      trusted: [listed(genuine, 'UBND tỉnh Lâm Đồng')],
    });
    expect(r.verdict).toBe('trusted');
    expect(r.trust).toEqual({
      status: 'trusted',
      source: 'trust-list',
      label: 'UBND tỉnh Lâm Đồng',
      province: 'Tỉnh Lâm Đồng',
    });
  });

  it('trusts a chain to an imported root through the intermediate the signature carries', async () => {
    const r = await verifyPackage(await signWith(genuine), {
      authorities: [anchor(root, 'Root CA thử nghiệm')],
    });
    expect(r.verdict).toBe('trusted');
    expect(r.trust.status === 'trusted' && r.trust.source).toBe('authority');
    expect(r.trust.status === 'trusted' && r.trust.label).toContain('Root CA thử nghiệm');
    // Without the root imported, the same file is intact and unconfirmed.
    expect((await verifyPackage(await signWith(genuine))).verdict).toBe('unconfirmed');
  });

  it('does not take an imported CA certificate used to sign a document as a chain', async () => {
    const r = await verifyPackage(await signWith(root), {
      authorities: [anchor(root, 'Root CA thử nghiệm')],
    });
    // The root's key usage (certificate and CRL signing only) does not allow signing documents.
    expect(r.verdict).toBe('invalid');
    expect(codes(r)).toContain('CHUNG_THU_SAI_MUC_DICH');
  });
});

describe('a certificate unfit to sign', () => {
  it('refuses a certificate that had expired at the signing time', async () => {
    const expired = makeIdentity({
      subject: COMMITTEE,
      issuer: intermediate,
      notAfter: '2026-06-30T00:00:00Z',
    });
    const r = await verifyPackage(await signWith(expired), { authorities: [anchor(root, 'Root')] });
    expect(r.intact).toBe(true);
    expect(r.verdict).toBe('invalid');
    expect(r.certificate).toEqual({ status: 'expired', notAfter: '2026-06-30T00:00:00.000Z' });
    expect(codes(r)).toEqual(['CHUNG_THU_HET_HAN']);
  });

  it('refuses a certificate whose key usage is not for signing', async () => {
    const encryptOnly = makeIdentity({
      subject: COMMITTEE,
      issuer: intermediate,
      keyUsage: { keyEncipherment: true, dataEncipherment: true },
    });
    const r = await verifyPackage(await signWith(encryptOnly), { authorities: [anchor(root, 'Root')] });
    expect(r.verdict).toBe('invalid');
    expect(r.certificate.status).toBe('wrong-usage');
    expect(r.problems[0]?.message).toContain('mã hóa khóa, mã hóa dữ liệu');
  });

  it('refuses a TLS server certificate (extended key usage serverAuth only)', async () => {
    const tls = makeIdentity({
      subject: { cn: 'congdichvucong.lamdong.gov.vn' },
      issuer: intermediate,
      keyUsage: { digitalSignature: true, keyEncipherment: true },
      extKeyUsage: { serverAuth: true },
    });
    const r = await verifyPackage(await signWith(tls));
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]?.message).toContain('xác thực máy chủ (TLS)');
  });

  it('accepts the usual extended key usages of token certificates (client authentication, e-mail)', async () => {
    const token = makeIdentity({
      subject: COMMITTEE,
      issuer: intermediate,
      extKeyUsage: { clientAuth: true, emailProtection: true },
    });
    expect(
      (await verifyPackage(await signWith(token), { authorities: [anchor(root, 'Root')] })).verdict,
    ).toBe('trusted');
  });

  it('refuses a certificate revoked by an imported CRL of its CA, even one on the trust list', async () => {
    const revokedSigner = makeIdentity({ subject: COMMITTEE, issuer: intermediate, serial: '0abc01' });
    const crl = parseCrl(
      makeCrl(intermediate, [{ serial: 'ABC01', revokedAt: '2026-11-20T00:00:00Z', reason: 1 }]),
    );
    expect(crl.entries).toEqual([
      { serial: 'ABC01', revokedAt: '2026-11-20T00:00:00.000Z', reason: 'keyCompromise' },
    ]);
    const r = await verifyPackage(await signWith(revokedSigner), {
      trusted: [listed(revokedSigner, 'UBND tỉnh Lâm Đồng')],
      authorities: [anchor(root, 'Root')],
      revocations: revocationsFromCrls([crl]),
    });
    expect(r.verdict).toBe('invalid');
    expect(r.certificate).toEqual({
      status: 'revoked',
      revokedAt: '2026-11-20T00:00:00.000Z',
      reason: 'keyCompromise',
    });
    expect(r.problems[0]?.message).toMatch(/bị thu hồi từ ngày 20\/11\/2026 \(lý do: khóa bí mật bị lộ\)/);
    // The genuine signer, not on the CRL, stays trusted under the same lists.
    const ok = await verifyPackage(await signWith(genuine), {
      authorities: [anchor(root, 'Root')],
      revocations: revocationsFromCrls([crl]),
    });
    expect(ok.verdict).toBe('trusted');
  });

  it('counts a CRL only for the CA that signed it', () => {
    const crl = parseCrl(makeCrl(intermediate, [{ serial: '01', revokedAt: '2026-01-02T00:00:00Z' }]));
    expect(crlIssuedBy(crl, new X509Certificate(intermediate.certificatePem))).toBe(true);
    expect(crlIssuedBy(crl, new X509Certificate(root.certificatePem))).toBe(false);
    const forged = Buffer.from(crl.der);
    forged.writeUInt8(forged.readUInt8(forged.length - 5) ^ 0xff, forged.length - 5); // a byte of the signature
    expect(crlIssuedBy(parseCrl(forged), new X509Certificate(intermediate.certificatePem))).toBe(false);
  });

  it('refuses a chain through a certificate that is not a CA', async () => {
    // No key usage at all, so the link itself verifies; only the missing CA flag makes it unfit.
    const notCa = makeIdentity({ subject: { cn: 'Không phải CA' }, issuer: root, keyUsage: null });
    const below = makeIdentity({ subject: COMMITTEE, issuer: notCa });
    const r = await verifyPackage(await signWith(below), { authorities: [anchor(root, 'Root')] });
    expect(r.verdict).toBe('invalid');
    expect(r.certificate.status).toBe('chain-invalid');
    expect(r.problems[0]?.message).toContain('"Không phải CA" không phải chứng thư của một tổ chức cấp');
  });
});

describe('certificate files', () => {
  it('reads a .p7b bundle, a PEM with several certificates and a DER .cer', () => {
    const p7b = readCertificateFile(makeP7b([root.certificatePem, intermediate.certificatePem]));
    expect(p7b.map((c) => c.subject)).toEqual([
      new X509Certificate(root.certificatePem).subject,
      new X509Certificate(intermediate.certificatePem).subject,
    ]);
    expect(readCertificateFile(Buffer.from(root.certificatePem + intermediate.certificatePem))).toHaveLength(
      2,
    );
    expect(readCertificateFile(new X509Certificate(root.certificatePem).raw)).toHaveLength(1);
    expect(() => readCertificateFile(Buffer.from('không phải chứng thư'))).toThrow(/không chứa chứng thư số/);
  });
});
