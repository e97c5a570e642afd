// Signing with the USB token and deciding with the trust list, from the command line as a secretary and
// the centre's clerk run it: tiendo token lists what the module sees; report, notice and briefing sign
// through --pkcs11 with the PIN from --pin-env; verify --db says unconfirmed (exit 3) until the CA is
// imported (then trusted, exit 0); trust add takes a signer from a report only with the fingerprint read,
// refuses a wrong one naming the group that differs; an attacker's self-signed certificate with the
// committee's name stays unconfirmed; a revoked certificate is invalid once its CA's CRL is imported.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { groupFingerprint, signPackage } from '../../main/excel/signature';
import { makeCrl, makeIdentity, type TestIdentity } from '../helpers/pki';
import { requireTool } from '../helpers/requireTool';
import { initSoftToken, provisionKey, SOFTHSM_MODULE, softhsmAvailable, USER_PIN } from '../helpers/softhsm';
import { tempDir } from '../helpers/store';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');
// Needs both the built CLI (npm test builds first) and SoftHSM2 (.ci/run installs it).
const both = requireTool({
  name: 'the built CLI (dist/main/cli.cjs) and SoftHSM2',
  available: existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs')) && softhsmAvailable,
  install: 'npm run build:main; apt-get install softhsm2',
});

both.describe('tiendo token / report --pkcs11 / trust / verify --db', () => {
  const dir = tempDir('tiendo-cli-trust-');
  const db = path.join(dir, 'lam-dong.db');
  const centre = path.join(dir, 'centre.db');
  const out = (name: string) => path.join(dir, name);
  let env: Record<string, string>;
  let ca: TestIdentity;
  let tokenCert: string;

  const tiendo = (args: string[], extra: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TIENDO_DB: '', ...env, ...extra },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(() => {
    env = initSoftToken(dir).env;
    ca = makeIdentity({ subject: { cn: 'CA thử nghiệm', o: 'Ban Cơ yếu Chính phủ (thử)' }, ca: true });
    tokenCert = provisionKey(ca, { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng' }, { label: 'An', id: '0a' });
    writeFileSync(out('ca.pem'), ca.certificatePem);
    expect(tiendo(['demo', '--db', db, '--year', '2026']).code).toBe(0);
    expect(tiendo(['centre', 'init', '--db', centre, '--name', 'Bộ Khoa học và Công nghệ']).code).toBe(0);
  });
  afterAll(() => {
    delete process.env.SOFTHSM2_CONF;
    rmSync(dir, { recursive: true, force: true });
  });

  const fingerprint = () => groupFingerprint(new X509Certificate(tokenCert).fingerprint256);

  both.it('lists the slot and the certificate on the token', () => {
    const r = tiendo(['token', '--pkcs11', SOFTHSM_MODULE]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Khe \d+: TienDo thu/);
    expect(r.out).toContain('nhãn "An": CN=Nguyễn Văn An, O=UBND tỉnh Lâm Đồng, C=VN');
    expect(r.out).toContain(fingerprint());
  });

  both.it('signs the report, the notice and the briefing with the token, the PIN from --pin-env', () => {
    const noPin = tiendo([
      'report',
      '--db',
      db,
      '--period',
      '2026-Q3',
      '--out',
      out('r.xlsx'),
      '--pkcs11',
      SOFTHSM_MODULE,
    ]);
    expect(noPin.code).toBe(2);
    expect(noPin.err).toContain('--pin-env');
    const wrong = tiendo(
      [
        'report',
        '--db',
        db,
        '--period',
        '2026-Q3',
        '--out',
        out('r.xlsx'),
        '--pkcs11',
        SOFTHSM_MODULE,
        '--pin-env',
        'PIN',
      ],
      { PIN: '999999' },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Mã PIN của thiết bị ký số không đúng');
    expect(existsSync(out('r.xlsx'))).toBe(false);
    const token = ['--pkcs11', SOFTHSM_MODULE, '--key-label', 'An', '--pin-env', 'PIN'];
    const r = tiendo(['report', '--db', db, '--period', '2026-Q3', '--out', out('r.xlsx'), ...token], {
      PIN: USER_PIN,
    });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Người ký: Nguyễn Văn An');
    const n = tiendo(['notice', '--db', db, '--meeting', '1/2026', '--out', out('n.xlsx'), ...token], {
      PIN: USER_PIN,
    });
    expect(n.code, n.err).toBe(0);
    expect(n.out).toContain('thông báo kết luận đã ký');
    const b = tiendo(['briefing', '--db', db, '--meeting', '1/2026', '--out', out('b.xlsx'), ...token], {
      PIN: USER_PIN,
    });
    expect(b.code, b.err).toBe(0);
    for (const f of ['r.xlsx', 'n.xlsx', 'b.xlsx'])
      expect(readFileSync(out(f)).includes(Buffer.from(USER_PIN))).toBe(false);
  });

  both.it('verify --db: unconfirmed (3) until the CA is imported, then trusted (0)', () => {
    const before = tiendo(['verify', out('r.xlsx'), '--db', centre]);
    expect(before.code).toBe(3);
    expect(before.out).toContain(fingerprint());
    expect(before.out).toContain('tiendo trust add');
    const imported = tiendo(['trust', 'ca', '--db', centre, out('ca.pem'), '--name', 'CA thử nghiệm']);
    expect(imported.code, imported.err).toBe(0);
    for (const f of ['r.xlsx', 'n.xlsx', 'b.xlsx']) {
      const after = tiendo(['verify', out(f), '--db', centre]);
      expect(after.code, after.out + after.err).toBe(0);
      expect(after.out).toContain('"CA thử nghiệm" chứng thực');
    }
  });

  both.it('adds a signer from a report only with the fingerprint read, refusing a wrong one', () => {
    const province = path.join(dir, 'other.db');
    expect(tiendo(['init', '--db', province, '--province', 'Khánh Hòa']).code).toBe(0);
    const shown = tiendo(['trust', 'add', '--db', province, out('r.xlsx'), '--name', 'UBND tỉnh Lâm Đồng']);
    expect(shown.code).toBe(2);
    expect(shown.out).toContain(fingerprint());
    const groups = fingerprint().split(' ');
    const misread = [...groups];
    misread[5] = misread[5] === 'AAAA' ? 'BBBB' : 'AAAA';
    const wrong = tiendo([
      'trust',
      'add',
      '--db',
      province,
      out('r.xlsx'),
      '--name',
      'UBND tỉnh Lâm Đồng',
      '--fingerprint',
      misread.join(' '),
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(`nhóm thứ 6 của tệp là "${groups[5]}"`);
    const ok = tiendo([
      'trust',
      'add',
      '--db',
      province,
      out('r.xlsx'),
      '--name',
      'UBND tỉnh Lâm Đồng',
      '--fingerprint',
      fingerprint().toLowerCase(),
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('ký báo cáo của Tỉnh Lâm Đồng');
    const list = tiendo(['trust', 'list', '--db', province]);
    expect(list.out).toContain(`dấu vân tay ${fingerprint()}`);
    expect(tiendo(['verify', out('r.xlsx'), '--db', province]).code).toBe(0);
    // Trusted by its fingerprint: an attacker's self-signed certificate with the same name is not.
    const attacker = makeIdentity({ subject: { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng' } });
    return (async () => {
      const original = readFileSync(out('r.xlsx'));
      // Re-sign the report's own unsigned parts with the attacker's key: a perfectly intact forgery.
      const { default: JSZip } = await import('jszip');
      const zip = await JSZip.loadAsync(original);
      for (const name of Object.keys(zip.files)) if (name.startsWith('_xmlsignatures/')) zip.remove(name);
      const rels = (await zip.file('_rels/.rels')!.async('string')).replace(
        /<Relationship [^>]*origin[^>]*\/>/,
        '',
      );
      zip.file('_rels/.rels', rels);
      const types = (await zip.file('[Content_Types].xml')!.async('string')).replace(
        /<Override PartName="\/_xmlsignatures\/[^>]*\/>/g,
        '',
      );
      zip.file('[Content_Types].xml', types);
      const unsigned = await zip.generateAsync({ type: 'nodebuffer' });
      writeFileSync(
        out('forged.xlsx'),
        await signPackage(unsigned, attacker.key, { signingTime: new Date() }),
      );
      const forged = tiendo(['verify', out('forged.xlsx'), '--db', province]);
      expect(forged.code, forged.out).toBe(3);
      expect(forged.out).toContain('CHƯA XÁC NHẬN ĐƯỢC NGƯỜI KÝ');
    })();
  });

  both.it('calls a certificate revoked by the imported CRL of its CA invalid (1)', () => {
    const serial = new X509Certificate(tokenCert).serialNumber;
    writeFileSync(out('ca.crl'), makeCrl(ca, [{ serial, revokedAt: '2026-01-15T00:00:00Z', reason: 1 }]));
    const r = tiendo(['trust', 'crl', '--db', centre, out('ca.crl')]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('1 chứng thư bị thu hồi');
    const v = tiendo(['verify', out('r.xlsx'), '--db', centre]);
    expect(v.code).toBe(1);
    expect(v.out).toContain('đã bị thu hồi từ ngày 15/01/2026 (lý do: khóa bí mật bị lộ)');
  });
});
