// Signing with a USB token through PKCS#11, against SoftHSM2 as the stand-in token: the module found in
// the usual places, the slot and the certificate on the token listed, the PIN used once and kept nowhere
// (not in the database, not in an error), the report signed by the token (the key never leaves it) through
// the app's export pipeline, and the file accepted by TienDo (chain to the CA, trusted) and by Apache POI.
import { spawnSync } from 'node:child_process';
import { createHash, verify, X509Certificate } from 'node:crypto';
import * as pkcs11js from 'pkcs11js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { verifyPackage } from '../../../main/excel/signature';
import { TokenSession } from '../../../main/signing/pkcs11/client';
import { SHA256_DIGEST_INFO } from '../../../main/signing/pkcs11/token';
import { checkModulePath, knownModules } from '../../../main/signing/pkcs11/modules';
import { exportReport } from '../../../main/services/reports/export';
import { listSubmissions } from '../../../main/services/reports/submissions';
import { makeIdentity, type TestIdentity } from '../../helpers/pki';
import { hasFiles, REPO_ROOT, requireTool, SHARED_DIR } from '../../helpers/requireTool';
import {
  initSoftToken,
  provisionKey,
  SOFTHSM_MODULE,
  softhsm,
  TOKEN_LABEL,
  USER_PIN,
} from '../../helpers/softhsm';
import { tempDir } from '../../helpers/store';
import { scriptedProvince, type Province } from '../reports/fixture';

const POI_TOOL = path.join(SHARED_DIR, 'tools', 'ooxml-verify');
const POI_DIR = path.join(REPO_ROOT, '.cache', 'ooxml-verify');
const poi = requireTool({
  name: 'Apache POI verifier',
  available: hasFiles(path.join(POI_TOOL, 'verify.sh'), path.join(POI_DIR, 'PoiVerify.class')),
  install: 'sh ../shared/tools/ooxml-verify/setup.sh .cache/ooxml-verify',
});

const SIGNER = { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng', l: 'Lâm Đồng' };

softhsm.describe('signing with a token through PKCS#11 (SoftHSM2)', () => {
  const dir = tempDir('tiendo-pkcs11-');
  let ca: TestIdentity;
  let tokenCert: string;
  let p: Province;
  let signed: Buffer;

  beforeAll(async () => {
    initSoftToken(dir);
    ca = makeIdentity({ subject: { cn: 'CA thử nghiệm', o: 'Ban Cơ yếu Chính phủ (thử)' }, ca: true });
    tokenCert = provisionKey(ca, SIGNER, { label: 'Nguyễn Văn An', id: '01' });
    p = await scriptedProvince();
  });
  afterAll(() => {
    p.store.close();
    delete process.env.SOFTHSM2_CONF;
    rmSync(dir, { recursive: true, force: true });
  });

  softhsm.it('finds the module where Debian puts it, and refuses a path that is not a library', () => {
    const found = knownModules().find((m) => m.path === SOFTHSM_MODULE);
    expect(found).toMatchObject({ present: true, verified: true });
    expect(
      knownModules()
        .filter((m) => m.vendor.startsWith('VNPT-CA'))
        .every((m) => !m.verified),
    ).toBe(true);
    expect(checkModulePath(SOFTHSM_MODULE)).toBe(SOFTHSM_MODULE);
    expect(() => checkModulePath('libsofthsm2.so')).toThrow(/đường dẫn đầy đủ/);
    expect(() => checkModulePath(path.join(dir, 'softhsm2.conf'))).toThrow(/không phải tệp thư viện/);
    expect(() => checkModulePath(path.join(dir, 'none.so'))).toThrow(/Không tìm thấy thư viện PKCS#11/);
  });

  softhsm.it('lists the slot with its token and the certificate on it, without the PIN', async () => {
    const session = new TokenSession(SOFTHSM_MODULE);
    try {
      const slots = await session.slots();
      expect(slots).toHaveLength(1);
      expect(slots[0]).toMatchObject({ tokenLabel: TOKEN_LABEL, pinPad: false });
      const certs = await session.certificates();
      expect(certs).toHaveLength(1);
      expect(certs[0]).toMatchObject({ label: 'Nguyễn Văn An', id: '01', slotId: slots[0]!.slotId });
      expect(certs[0]!.signer.fingerprintSha256).toBe(new X509Certificate(tokenCert).fingerprint256);
    } finally {
      await session.close();
    }
  });

  softhsm.it('refuses a wrong PIN in words, without writing a file or a submission', async () => {
    const before = listSubmissions(p.store.ctx, { planId: null, limit: 100 }).length;
    const wrongPin = '000000';
    const error = await exportReport(p.store.ctx, dir, {
      planId: p.planId,
      period: '2025-Q4',
      kind: 'bao_cao_dinh_ky',
      signWith: { kind: 'pkcs11', module: SOFTHSM_MODULE, pin: wrongPin },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SAI_MA_PIN' });
    expect((error as Error).message).toMatch(/Mã PIN của thiết bị ký số không đúng/);
    expect((error as Error).message).not.toContain(wrongPin);
    expect(listSubmissions(p.store.ctx, { planId: null, limit: 100 })).toHaveLength(before);
  });

  softhsm.it('signs the report with the token: accepted by TienDo, and the PIN is kept nowhere', async () => {
    const result = await exportReport(p.store.ctx, dir, {
      planId: p.planId,
      period: '2025-Q4',
      kind: 'bao_cao_dinh_ky',
      signWith: { kind: 'pkcs11', module: SOFTHSM_MODULE, keyLabel: 'Nguyễn Văn An', pin: USER_PIN },
    });
    signed = result.content;
    expect(result.signer).toBe('Nguyễn Văn An');
    const r = await verifyPackage(signed, {
      authorities: [{ name: 'CA thử nghiệm', certificate: new X509Certificate(ca.certificatePem) }],
    });
    expect(r.valid).toBe(true);
    expect(r.verdict).toBe('trusted');
    expect(r.signer?.fingerprintSha256).toBe(new X509Certificate(tokenCert).fingerprint256.toUpperCase());
    // The PIN is nowhere in the data file (audit rows, submissions, settings) nor in the signed file.
    p.store.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(p.store.dbFile).includes(Buffer.from(USER_PIN))).toBe(false);
    expect(signed.includes(Buffer.from(USER_PIN))).toBe(false);
  });

  softhsm.it('makes the DigestInfo a token without SHA-256 signing (CKM_RSA_PKCS only) is given', () => {
    // What Token.sign sends such a token: the same signature as CKM_SHA256_RSA_PKCS over the data.
    const data = Buffer.from('<SignedInfo>…</SignedInfo>');
    const lib = new pkcs11js.PKCS11();
    lib.load(SOFTHSM_MODULE);
    lib.C_Initialize();
    try {
      const slot = lib.C_GetSlotList(true).find((s) => lib.C_GetTokenInfo(s).label.trim() === TOKEN_LABEL)!;
      const session = lib.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
      lib.C_Login(session, pkcs11js.CKU_USER, USER_PIN);
      lib.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY }]);
      const key = lib.C_FindObjects(session, 1)[0]!;
      lib.C_FindObjectsFinal(session);
      lib.C_SignInit(session, { mechanism: pkcs11js.CKM_RSA_PKCS }, key);
      const digestInfo = Buffer.concat([SHA256_DIGEST_INFO, createHash('sha256').update(data).digest()]);
      const signature = lib.C_Sign(session, digestInfo, Buffer.alloc(512));
      expect(verify('sha256', data, new X509Certificate(tokenCert).publicKey, signature)).toBe(true);
      lib.C_Logout(session);
    } finally {
      lib.C_Finalize();
      lib.close();
    }
  });

  poi.it(
    'Apache POI says the token-signed report is VALID',
    () => {
      const file = path.join(dir, 'token-signed.xlsx');
      writeFileSync(file, signed);
      const r = spawnSync('sh', [path.join(POI_TOOL, 'verify.sh'), file, POI_DIR], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.stdout).toContain('/_xmlsignatures/sig1.xml: VALID');
      expect(r.status, r.stdout + r.stderr).toBe(0);
    },
    180_000,
  );
});
