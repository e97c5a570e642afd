import { spawnSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCommand, hasFiles, REPO_ROOT, requireTool, SHARED_DIR } from '../../helpers/requireTool';
import {
  type SigningKey,
  type VerifyResult,
  SignatureError,
  createSigningIdentity,
  describeCertificate,
  loadPkcs12,
  signPackage,
  verifyPackage,
} from '../../../main/excel/signature';

const NOW = new Date('2025-12-01T00:00:00Z');
const SIGNING_TIME = new Date('2025-12-15T08:00:00Z');
const PASSWORD = 'Mật-khẩu 2025';

let workDir: string;
let workbook: Buffer;
let identity: ReturnType<typeof createSigningIdentity>;
let key: SigningKey;
let signed: Buffer;

async function makeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.created = NOW;
  wb.modified = NOW;
  const s1 = wb.addWorksheet('Phụ lục 1');
  s1.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Ngày cập nhật']);
  s1.addRow([1, 'Tỷ lệ hồ sơ giải quyết trực tuyến', '%', 80, 72.5, new Date('2025-06-30T00:00:00Z')]);
  s1.addRow([2, '=không phải công thức', 'hồ sơ', 1200, 1345, new Date('2025-09-30T00:00:00Z')]);
  const s2 = wb.addWorksheet('Phụ lục 2');
  s2.addRow(['STT', 'Nhiệm vụ', 'Thời hạn', 'Tiến độ']);
  s2.addRow([1, 'Triển khai nền tảng dữ liệu dùng chung', new Date('2025-12-31T00:00:00Z'), 0.6]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Re-zips the package after `edit` (JSZip keeps every other entry as it was). */
async function mutate(xlsx: Buffer, edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function editText(zip: JSZip, name: string, change: (text: string) => string): Promise<void> {
  const before = await zip.file(name)!.async('string');
  const after = change(before);
  expect(after).not.toBe(before);
  zip.file(name, after);
}

function problem(result: VerifyResult, code: string) {
  return result.problems.find((p) => p.code === code);
}

/** A CA and an end-entity certificate made with node-forge, packed with the key into a PKCS#12 (AES-256). */
function forgeP12(password: string, withKey = true): { p12: Buffer; certPem: string; caPem: string } {
  const toForgeKey = (pem: string) => forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  const pair = () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const priv = toForgeKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    return { priv, pub: forge.pki.setRsaPublicKey(priv.n, priv.e) };
  };
  const ca = pair();
  const ee = pair();
  const name = (cn: string): forge.pki.CertificateField[] => [
    { shortName: 'C', value: 'VN' },
    {
      shortName: 'O',
      value: 'Ban Cơ yếu Chính phủ (thử)',
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
    { shortName: 'CN', value: cn, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
  ];
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = ca.pub;
  caCert.serialNumber = '01';
  caCert.validity.notBefore = new Date('2024-01-01T00:00:00Z');
  caCert.validity.notAfter = new Date('2034-01-01T00:00:00Z');
  caCert.setSubject(name('CA thử nghiệm'));
  caCert.setIssuer(name('CA thử nghiệm'));
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true },
  ]);
  caCert.sign(ca.priv, forge.md.sha256.create());
  const cert = forge.pki.createCertificate();
  cert.publicKey = ee.pub;
  cert.serialNumber = '7b2f';
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2027-01-01T00:00:00Z');
  cert.setSubject(name('Trần Thị Bình'));
  cert.setIssuer(name('CA thử nghiệm'));
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(ca.priv, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(withKey ? ee.priv : null, [cert, caCert], password, {
    algorithm: 'aes256',
  });
  return {
    p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'),
    certPem: forge.pki.certificateToPem(cert),
    caPem: forge.pki.certificateToPem(caCert),
  };
}

function expectSignatureError(fn: () => unknown, code: string): SignatureError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SignatureError);
    expect((e as SignatureError).code).toBe(code);
    return e as SignatureError;
  }
  throw new Error(`expected SignatureError ${code}`);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'tiendo-sig-'));
  workbook = await makeWorkbook();
  identity = createSigningIdentity({
    commonName: 'Nguyễn Văn Ánh',
    organization: 'Ban Chỉ đạo chuyển đổi số tỉnh',
    locality: 'Lào Cai',
    email: 'anh.nv@laocai.gov.vn',
    password: PASSWORD,
    now: NOW,
  });
  key = loadPkcs12(identity.p12, PASSWORD);
  signed = await signPackage(workbook, key, { signingTime: SIGNING_TIME, purpose: 'Phê duyệt báo cáo' });
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('keys', () => {
  it('creates a self-signed RSA identity for the province', () => {
    const x = new X509Certificate(identity.certificatePem);
    expect(x.publicKey.asymmetricKeyType).toBe('rsa');
    expect(x.publicKey.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);
    // self-signed; no keyCertSign (it is not a CA), so OpenSSL's checkIssued() would say no
    expect(x.issuer).toBe(x.subject);
    expect(x.verify(x.publicKey)).toBe(true);
    const fc = forge.pki.certificateFromPem(identity.certificatePem);
    expect(fc.version).toBe(2); // X.509 v3
    expect(fc.siginfo.algorithmOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    const ku = fc.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | null;
    expect(ku?.digitalSignature).toBe(true);
    expect(ku?.nonRepudiation).toBe(true);
    const info = describeCertificate(identity.certificatePem);
    expect(info.commonName).toBe('Nguyễn Văn Ánh');
    expect(info.subject).toContain('O=Ban Chỉ đạo chuyển đổi số tỉnh');
    expect(info.subject).toContain('L=Lào Cai');
    expect(info.subject).toMatch(/C=VN$/);
    expect(info.issuer).toBe(info.subject);
    expect(info.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(info.notBefore).toBe('2025-12-01T00:00:00.000Z');
    expect(info.notAfter).toBe('2030-12-01T00:00:00.000Z');
    expect(identity.key.certificatePem).toBe(identity.certificatePem);
    expect(key.certificatePem).toBe(identity.certificatePem);
    expect(key.chainPem).toEqual([]);
  });

  it('refuses the wrong password of the identity file', () => {
    expectSignatureError(() => loadPkcs12(identity.p12, 'sai'), 'SAI_MAT_KHAU');
  });

  it('loads a PKCS#12 made elsewhere (node-forge, AES-256) with its chain, and refuses a wrong password', () => {
    const made = forgeP12('abc123');
    const loaded = loadPkcs12(made.p12, 'abc123');
    expect(describeCertificate(loaded.certificatePem).fingerprintSha256).toBe(
      describeCertificate(made.certPem).fingerprintSha256,
    );
    expect(loaded.chainPem).toHaveLength(1);
    expect(describeCertificate(loaded.chainPem[0]!).commonName).toBe('CA thử nghiệm');
    // the key that came out of the file belongs to the certificate that came out of it
    expect(
      new X509Certificate(loaded.certificatePem).checkPrivateKey(createPrivateKey(loaded.privateKeyPem)),
    ).toBe(true);
    const err = expectSignatureError(() => loadPkcs12(made.p12, 'abc124'), 'SAI_MAT_KHAU');
    expect(err.message).toBe('Mật khẩu của tệp chứng thư số không đúng.');
  });

  it('says when a PKCS#12 has no key, or is not a PKCS#12 at all', () => {
    expectSignatureError(() => loadPkcs12(forgeP12('x', false).p12, 'x'), 'KHONG_CO_KHOA');
    expectSignatureError(() => loadPkcs12(Buffer.from('không phải p12'), 'x'), 'TEP_KHONG_HOP_LE');
  });

  const openssl = requireTool({
    name: 'openssl (to make an EC PKCS#12)',
    available: hasCommand('openssl'),
    install: 'apt-get install openssl',
  });
  openssl.it('refuses a non-RSA key with a clear message', () => {
    const dir = mkdtempSync(join(workDir, 'ec-'));
    const run = (args: string[]) => expect(spawnSync('openssl', args, { cwd: dir }).status).toBe(0);
    run([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'k.pem',
      '-out',
      'c.pem',
      '-subj',
      '/CN=EC',
      '-days',
      '10',
    ]);
    run(['pkcs12', '-export', '-inkey', 'k.pem', '-in', 'c.pem', '-out', 'ec.p12', '-passout', 'pass:abc']);
    const err = expectSignatureError(
      () => loadPkcs12(readFileSync(join(dir, 'ec.p12')), 'abc'),
      'KHONG_HO_TRO_KHOA',
    );
    expect(err.message).toContain('RSA');
    expect(err.message).toContain('EC');
  });
});

describe('signPackage', () => {
  it('adds the standard signature parts and keeps every original part byte for byte', async () => {
    const before = await JSZip.loadAsync(workbook);
    const after = await JSZip.loadAsync(signed);
    for (const name of Object.keys(before.files)) {
      if (before.files[name]!.dir || name === '[Content_Types].xml' || name === '_rels/.rels') continue;
      const a = await before.file(name)!.async('nodebuffer');
      const b = await after.file(name)!.async('nodebuffer');
      expect(b.equals(a), name).toBe(true);
    }
    expect(await after.file('_xmlsignatures/origin.sigs')!.async('string')).toBe('');
    expect(await after.file('_xmlsignatures/_rels/origin.sigs.rels')!.async('string')).toContain(
      'Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"',
    );
    const rootRels = await after.file('_rels/.rels')!.async('string');
    expect(rootRels).toContain(
      'Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"',
    );
    const ct = await after.file('[Content_Types].xml')!.async('string');
    expect(ct).toContain(
      '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>',
    );
    expect(ct).toContain(
      '<Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/>',
    );
    const sig = await after.file('_xmlsignatures/sig1.xml')!.async('string');
    expect(sig).toContain('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature">');
    expect(sig).toContain(
      'URI="/xl/worksheets/sheet1.xml?ContentType=application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"',
    );
    expect(sig).toContain(
      '<mdssi:RelationshipReference xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature" SourceId="rId1"/>',
    );
    expect(sig).toContain('<mdssi:Value>2025-12-15T08:00:00Z</mdssi:Value>');
    expect(sig).toContain('<xd:SigningTime>2025-12-15T08:00:00Z</xd:SigningTime>');
    expect(sig).toContain('<SignatureComments>Phê duyệt báo cáo</SignatureComments>');
    // properties parts may change (Excel rewrites them) and are not signed
    expect(sig).not.toContain('/docProps/core.xml');
    expect(sig).not.toContain('/docProps/app.xml');
  });

  it('refuses to sign a file that is already signed', async () => {
    await expect(signPackage(signed, key, { signingTime: SIGNING_TIME })).rejects.toMatchObject({
      code: 'DA_KY',
      message: 'Tệp đã được ký.',
    });
  });

  it('refuses a key that does not belong to the certificate', async () => {
    const other = forgeP12('x');
    const mixed: SigningKey = { ...key, certificatePem: other.certPem };
    await expect(signPackage(workbook, mixed, { signingTime: SIGNING_TIME })).rejects.toMatchObject({
      code: 'KHOA_KHONG_KHOP',
    });
  });
});

describe('verifyPackage', () => {
  it('finds a valid signature, its signer and time', async () => {
    const r = await verifyPackage(signed);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ signed: true, valid: true, signatureValid: true, complete: true });
    expect(r.signingTime).toBe('2025-12-15T08:00:00.000Z');
    expect(r.signer).toEqual(describeCertificate(key.certificatePem));
    expect(r.signer?.commonName).toBe('Nguyễn Văn Ánh');
  });

  it('verifies a signature made with a CA-issued key (chain in KeyInfo)', async () => {
    const made = forgeP12('abc');
    const k = loadPkcs12(made.p12, 'abc');
    const r = await verifyPackage(await signPackage(workbook, k, { signingTime: SIGNING_TIME }));
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.signer?.commonName).toBe('Trần Thị Bình');
    expect(r.signer?.issuer).toContain('CN=CA thử nghiệm');
  });

  it('says an unsigned file is not signed', async () => {
    const r = await verifyPackage(workbook);
    expect(r).toMatchObject({ signed: false, valid: false, signer: null, signingTime: null });
    expect(r.problems.map((p) => p.code)).toEqual(['CHUA_KY']);
  });

  it('says a file that is not an .xlsx is not valid', async () => {
    const r = await verifyPackage(Buffer.from('xin chào'));
    expect(r).toMatchObject({ signed: false, valid: false });
    expect(r.problems[0]?.code).toBe('TEP_KHONG_HOP_LE');
  });

  it('names the sheet whose cell was edited', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, 'xl/worksheets/sheet1.xml', (s) => s.replace('<v>72.5</v>', '<v>92.5</v>')),
    );
    const r = await verifyPackage(edited);
    expect(r.valid).toBe(false);
    expect(r.signatureValid).toBe(true);
    expect(r.complete).toBe(false);
    expect(problem(r, 'NOI_DUNG_BI_SUA')).toEqual({
      code: 'NOI_DUNG_BI_SUA',
      // In words: which sheet, not which part of the package (the part stays for the technical detail).
      message: 'Nội dung trang «Phụ lục 1» đã bị thay đổi sau khi ký.',
      part: '/xl/worksheets/sheet1.xml',
    });
    expect(r.problems).toHaveLength(1);
  });

  it('names the shared strings when a text was edited', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, 'xl/sharedStrings.xml', (s) => s.replace('Tỷ lệ hồ sơ', 'Tỷ lệ hồ sơ đã sửa')),
    );
    const r = await verifyPackage(edited);
    expect(r.valid).toBe(false);
    expect(problem(r, 'NOI_DUNG_BI_SUA')?.part).toBe('/xl/sharedStrings.xml');
  });

  it('detects a changed SignatureValue', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, '_xmlsignatures/sig1.xml', (s) =>
        s.replace(/<SignatureValue>(.)/, (_m, c: string) => `<SignatureValue>${c === 'A' ? 'B' : 'A'}`),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ signed: true, valid: false, signatureValid: false });
    expect(problem(r, 'CHU_KY_SAI')?.message).toBe(
      'Giá trị chữ ký không khớp: chữ ký đã bị sửa hoặc bị hỏng.',
    );
  });

  it('detects a changed DigestValue in the manifest', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, '_xmlsignatures/sig1.xml', (s) =>
        s.replace(
          /(sheet2\.xml\?ContentType=[^"]*"><DigestMethod [^>]*\/><DigestValue>)(.)/,
          (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
        ),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ valid: false, signatureValid: false, complete: false });
    const p = problem(r, 'CHU_KY_BI_SUA');
    expect(p?.part).toBe('/_xmlsignatures/sig1.xml');
    expect(p?.message).toContain('#idPackageObject');
  });

  it('detects a changed DigestValue in SignedInfo', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, '_xmlsignatures/sig1.xml', (s) =>
        s.replace(
          /(URI="#idOfficeObject"><DigestMethod [^>]*\/><DigestValue>)(.)/,
          (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
        ),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ valid: false, signatureValid: false });
    expect(problem(r, 'CHU_KY_SAI')).toBeDefined();
    expect(problem(r, 'CHU_KY_BI_SUA')?.message).toContain('#idOfficeObject');
  });

  it('names a part added after signing', async () => {
    const edited = await mutate(signed, async (zip) => {
      zip.file('xl/extra.xml', '<?xml version="1.0" encoding="UTF-8"?><extra>thêm</extra>');
      await editText(zip, '[Content_Types].xml', (s) =>
        s.replace('</Types>', '<Override PartName="/xl/extra.xml" ContentType="application/xml"/></Types>'),
      );
    });
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ valid: false, signatureValid: true, complete: false });
    expect(problem(r, 'PHAN_NGOAI_CHU_KY')?.part).toBe('/xl/extra.xml');
    expect(problem(r, 'PHAN_NGOAI_CHU_KY')?.message).toMatch(
      /^Tệp có phần "\/xl\/extra\.xml" nằm ngoài chữ ký/,
    );
  });

  it('names a relationship added to an existing part', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, 'xl/_rels/workbook.xml.rels', (s) =>
        s.replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ valid: false, signatureValid: true, complete: false });
    const p = problem(r, 'QUAN_HE_NGOAI_CHU_KY');
    expect(p?.part).toBe('/xl/_rels/workbook.xml.rels');
    expect(p?.message).toContain('"rId99"');
    expect(p?.message).toContain('/xl/worksheets/sheet1.xml');
  });

  it('names an external relationship added after signing', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, 'xl/_rels/workbook.xml.rels', (s) =>
        s.replace(
          '</Relationships>',
          '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/gia-mao" TargetMode="External"/></Relationships>',
        ),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r.valid).toBe(false);
    expect(problem(r, 'QUAN_HE_NGOAI_CHU_KY')?.message).toContain('https://example.com/gia-mao');
  });

  it("says what kind of content changed when it is not a sheet: the cells' text, the embedded figures", async () => {
    const strings = await mutate(signed, (zip) =>
      editText(zip, 'xl/sharedStrings.xml', (s) => s.replace('</sst>', '<si><t>x</t></si></sst>')),
    );
    expect(problem(await verifyPackage(strings), 'NOI_DUNG_BI_SUA')?.message).toBe(
      'Chữ trong các ô (tên nhiệm vụ, cơ quan, ghi chú…) đã bị thay đổi sau khi ký.',
    );
  });

  it('names a part removed after signing', async () => {
    const edited = await mutate(signed, (zip) => {
      zip.remove('xl/worksheets/sheet2.xml');
    });
    const r = await verifyPackage(edited);
    expect(r).toMatchObject({ valid: false, complete: false });
    expect(problem(r, 'PHAN_BI_XOA')).toEqual({
      code: 'PHAN_BI_XOA',
      message: 'Nội dung trang «Phụ lục 2» đã bị xóa khỏi tệp sau khi ký.',
      part: '/xl/worksheets/sheet2.xml',
    });
  });

  it('names a part whose content type was changed', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, '[Content_Types].xml', (s) =>
        s.replace(
          'PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"',
          'PartName="/xl/styles.xml" ContentType="application/xml"',
        ),
      ),
    );
    const r = await verifyPackage(edited);
    expect(r.valid).toBe(false);
    expect(problem(r, 'SAI_KIEU_NOI_DUNG')?.part).toBe('/xl/styles.xml');
  });

  it('does not accept a second signature it would not show', async () => {
    const twice = await mutate(signed, async (zip) => {
      zip.file('_xmlsignatures/sig2.xml', await zip.file('_xmlsignatures/sig1.xml')!.async('nodebuffer'));
      await editText(zip, '_xmlsignatures/_rels/origin.sigs.rels', (s) =>
        s.replace(
          '</Relationships>',
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig2.xml"/></Relationships>',
        ),
      );
      await editText(zip, '[Content_Types].xml', (s) =>
        s.replace(
          '</Types>',
          '<Override PartName="/_xmlsignatures/sig2.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>',
        ),
      );
    });
    const r = await verifyPackage(twice);
    expect(r.valid).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['NHIEU_CHU_KY']);
  });

  it('still accepts the file when only the document properties changed (Excel rewrites them)', async () => {
    const edited = await mutate(signed, (zip) =>
      editText(zip, 'docProps/core.xml', (s) => s.replace('TienDo', 'Người mở tệp')),
    );
    const r = await verifyPackage(edited);
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe('who signed, and when the certificate was valid', () => {
  const own = () => ({
    fingerprintSha256: describeCertificate(key.certificatePem).fingerprintSha256,
    source: 'app-identity' as const,
    label: 'chữ ký số của ứng dụng trên máy này',
  });

  it('confirms only a signer it already trusts, never one that merely bears the same name', async () => {
    const trusted = await verifyPackage(signed, { trusted: [own()] });
    expect(trusted).toMatchObject({
      verdict: 'trusted',
      trust: { status: 'trusted', source: 'app-identity', label: 'chữ ký số của ứng dụng trên máy này' },
    });
    // An attacker's self-signed certificate with the committee's very name: intact, signer not confirmed.
    const impostor = createSigningIdentity({
      commonName: 'Nguyễn Văn Ánh',
      organization: 'Ban Chỉ đạo chuyển đổi số tỉnh',
      locality: 'Lào Cai',
      email: 'anh.nv@laocai.gov.vn',
      password: 'x',
      now: NOW,
    });
    const forged = await signPackage(workbook, impostor.key, { signingTime: SIGNING_TIME });
    const r = await verifyPackage(forged, { trusted: [own()] });
    expect(r.signer?.subject).toBe(trusted.signer?.subject);
    expect(r).toMatchObject({
      intact: true,
      valid: true,
      verdict: 'unconfirmed',
      trust: { status: 'unconfirmed' },
    });
    // With nothing trusted, even the real one is only intact.
    expect((await verifyPackage(signed)).verdict).toBe('unconfirmed');
  });

  it('says the certificate had expired, or was not yet valid, at the signing time: not a wrong signature', async () => {
    const late = await verifyPackage(
      await signPackage(workbook, key, { signingTime: new Date('2031-06-01T03:00:00Z') }),
      { trusted: [own()] },
    );
    expect(late).toMatchObject({
      signatureValid: true,
      intact: true,
      certificateValid: false,
      valid: false,
      verdict: 'invalid',
      trust: { status: 'unconfirmed' },
      certificate: { status: 'expired', notAfter: '2030-12-01T00:00:00.000Z' },
    });
    expect(late.problems.map((p) => p.code)).toEqual(['CHUNG_THU_HET_HAN']);
    expect(late.problems[0]!.message).toMatch(
      /^Chứng thư số của người ký đã hết hạn từ ngày \d{2}\/\d{2}\/2030, trước thời điểm ký \(01\/06\/2031\)/,
    );
    const early = await verifyPackage(
      await signPackage(workbook, key, { signingTime: new Date('2025-11-01T03:00:00Z') }),
    );
    expect(early).toMatchObject({
      signatureValid: true,
      certificateValid: false,
      certificate: { status: 'not-yet-valid', notBefore: '2025-12-01T00:00:00.000Z' },
    });
    expect(early.problems.map((p) => p.code)).toEqual(['CHUNG_THU_CHUA_HIEU_LUC']);
    expect(early.problems[0]!.message).toMatch(
      /chưa có hiệu lực đến ngày \d{2}\/\d{2}\/2025, sau thời điểm ký/,
    );
  });

  it('notes, without distrusting the file, a certificate that expired after the signing', async () => {
    const r = await verifyPackage(signed, { now: new Date('2031-01-01T00:00:00Z') });
    expect(r.valid).toBe(true);
    expect(r.notes.map((n) => n.code)).toEqual(['CHUNG_THU_DA_HET_HAN_SAU_KHI_KY']);
  });
});

describe('independent verifiers', () => {
  // The verifier's sources are in the team's shared folder beside the repository; .ci/run builds it
  // into the repository's .cache/ (one build per checkout, never a path of one machine).
  const POI_TOOL = join(SHARED_DIR, 'tools', 'ooxml-verify');
  const POI_DIR = join(REPO_ROOT, '.cache', 'ooxml-verify');
  const POI_VERIFY = join(POI_TOOL, 'verify.sh');
  const poi = requireTool({
    name: 'Apache POI verifier',
    available: hasFiles(POI_VERIFY, join(POI_DIR, 'PoiVerify.class'), join(POI_DIR, 'CLASSPATH')),
    install: `sh ${join('..', 'shared', 'tools', 'ooxml-verify', 'setup.sh')} .cache/ooxml-verify`,
  });

  poi.it(
    'Apache POI says VALID for a signed file and INVALID for a tampered one',
    async () => {
      const good = join(workDir, 'signed.xlsx');
      const bad = join(workDir, 'tampered.xlsx');
      writeFileSync(good, signed);
      writeFileSync(
        bad,
        await mutate(signed, (zip) =>
          editText(zip, 'xl/worksheets/sheet1.xml', (s) => s.replace('<v>72.5</v>', '<v>92.5</v>')),
        ),
      );
      const ok = spawnSync('sh', [POI_VERIFY, good, POI_DIR], { encoding: 'utf8', timeout: 120_000 });
      expect(ok.stdout).toContain('/_xmlsignatures/sig1.xml: VALID');
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      const ko = spawnSync('sh', [POI_VERIFY, bad, POI_DIR], { encoding: 'utf8', timeout: 120_000 });
      expect(ko.stdout).toContain('INVALID');
      expect(ko.status).not.toBe(0);
    },
    180_000,
  );

  // LibreOffice's xmlsecurity, through its UNO API (DocumentDigitalSignatures.verifyDocumentContentSignatures
  // on a ZipFormat storage, as LibreOffice's own signing tests do). LibreOffice always calls OOXML signatures
  // "partial" (it does not sign metadata), so only SignatureIsValid is checked.
  const LO_SCRIPT = String.raw`
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
profile, files = sys.argv[1], sys.argv[2:]
pipe = "tiendo%d" % os.getpid()
proc = subprocess.Popen(["soffice", "--headless", "--norestore", "--invisible", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
    "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
        except Exception:
            time.sleep(0.25)
    smgr = ctx.ServiceManager
    factory = smgr.createInstanceWithContext("com.sun.star.embed.StorageFactory", ctx)
    signatures = smgr.createInstanceWithArgumentsAndContext("com.sun.star.security.DocumentDigitalSignatures", ("1.2", False), ctx)
    fmt = PropertyValue(); fmt.Name = "StorageFormat"; fmt.Value = "ZipFormat"
    for f in files:
        storage = uno.invoke(factory, "createInstanceWithArguments", ((uno.systemPathToFileUrl(f), 1, uno.Any("[]com.sun.star.beans.PropertyValue", (fmt,))),))
        infos = signatures.verifyDocumentContentSignatures(storage, None)
        print("%s\t%d\t%s" % (f, len(infos), ",".join(str(bool(i.SignatureIsValid)) for i in infos)), flush=True)
finally:
    try:
        smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=20)
    except Exception:
        proc.kill()
`;
  const libreOffice = requireTool({
    name: 'LibreOffice with Python-UNO (soffice, /usr/bin/python3 -c "import uno")',
    available: hasCommand('soffice') && spawnSync('/usr/bin/python3', ['-c', 'import uno']).status === 0,
    install: 'apt-get install libreoffice-calc-nogui python3-uno',
  });

  libreOffice.it(
    'LibreOffice says the signature is valid, and invalid once a cell is edited',
    async () => {
      const good = join(workDir, 'lo-signed.xlsx');
      const bad = join(workDir, 'lo-tampered.xlsx');
      writeFileSync(good, signed);
      writeFileSync(
        bad,
        await mutate(signed, (zip) =>
          editText(zip, 'xl/worksheets/sheet1.xml', (s) => s.replace('<v>72.5</v>', '<v>92.5</v>')),
        ),
      );
      const script = join(workDir, 'lo_verify.py');
      writeFileSync(script, LO_SCRIPT);
      const run = spawnSync('/usr/bin/python3', [script, join(workDir, 'lo-profile'), good, bad], {
        encoding: 'utf8',
        timeout: 150_000,
      });
      const lines = new Map(
        run.stdout
          .trim()
          .split('\n')
          .map((l) => [l.split('\t')[0], l.split('\t').slice(1)]),
      );
      expect(lines.get(good), run.stdout + run.stderr).toEqual(['1', 'True']);
      expect(lines.get(bad), run.stdout + run.stderr).toEqual(['1', 'False']);
    },
    180_000,
  );
});
