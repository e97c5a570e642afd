// The report commands as a user runs them on the demo province: report (signed from a .p12 whose password
// comes from an environment variable; a certificate out of its validity refused unless the flag says so),
// verify (exit 0 only when intact and signed by this machine's own identity, 3 when intact but the signer is
// not confirmed, 1 otherwise), inspect --json, email; and the forged files of the package tests refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import JSZip from 'jszip';
import { afterAll, expect, it } from 'vitest';
import { AppHost } from '../../main/app';
import { MODEL_RELATIONSHIP } from '../../main/excel/report/package';
import { createSigningIdentity, loadPkcs12, signPackage } from '../../main/excel/signature';
import { memorySecretStore } from '../../main/secrets/store';
import { createAppIdentity } from '../../main/services/reports/identity';
import { requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';
import { craftZip, entriesOf } from '../helpers/zipcraft';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');
// `npm test` builds first; run alone, these say they skipped (and fail under CI).
const cli = requireTool({
  name: 'the built CLI (dist/main/cli.cjs)',
  available: existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs')),
  install: 'npm run build:main',
});

function tiendo(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

cli.describe('tiendo report / verify / inspect / email', () => {
  const dir = tempDir('tiendo-cli-reports-');
  const db = path.join(dir, 'demo.db');
  const p12 = path.join(dir, 'signer.p12');
  const signed = path.join(dir, 'bao-cao.xlsx');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports a signed report and records it', () => {
    expect(tiendo(['demo', '--db', db, '--year', '2025']).code).toBe(0);
    writeFileSync(
      p12,
      createSigningIdentity({
        commonName: 'Trần Văn Bình',
        organization: 'Ban Chỉ đạo',
        locality: 'Lâm Đồng',
        password: 'bí mật',
        now: new Date(),
      }).p12,
    );
    // The password is never a flag: --p12 without --password-env is wrong usage.
    expect(tiendo(['report', '--db', db, '--period', '2025-Q4', '--out', signed, '--p12', p12]).code).toBe(2);
    expect(tiendo(['report', '--db', db, '--period', '2025-Q5', '--out', signed]).code).toBe(2);
    const wrong = tiendo(
      ['report', '--db', db, '--period', '2025-Q4', '--out', signed, '--p12', p12, '--password-env', 'PW'],
      { PW: 'sai' },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Mật khẩu');
    const r = tiendo(
      [
        'report',
        '--db',
        db,
        '--period',
        '2025-Q4',
        '--out',
        signed,
        '--p12',
        p12,
        '--password-env',
        'PW',
        '--number',
        '05/BC-BCĐ',
      ],
      { PW: 'bí mật' },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã xuất báo cáo: ${signed}`);
    expect(r.out).toMatch(/SHA-256: [0-9a-f]{64}/);
    expect(r.out).toContain('Người ký: Trần Văn Bình');
  });

  it('verifies: exit 3 for an intact file whose signer is not confirmed, 1 once a figure is changed', async () => {
    const ok = tiendo(['verify', signed, '--db', db]);
    expect(ok.code).toBe(3);
    expect(ok.out).toContain('TỆP NGUYÊN VẸN, CHƯA XÁC NHẬN ĐƯỢC NGƯỜI KÝ');
    // Anyone can make a certificate bearing this name: never a bare "HỢP LỆ" for it.
    expect(ok.out).not.toMatch(/(?<!KHÔNG )HỢP LỆ/);
    expect(ok.out).toContain('Người ký (theo chứng thư số): CN=Trần Văn Bình');
    expect(ok.out).toMatch(/Dấu vân tay chứng thư số \(SHA-256\): ([0-9A-F]{4} ){15}[0-9A-F]{4}\n/);
    expect(ok.out).toContain('Thời điểm ký:');

    // A figure of 100 changed to 99, in whichever sheet holds one (the layout decides the sheets' order).
    const zip = await JSZip.loadAsync(readFileSync(signed));
    let part = '';
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const sheet = await zip.file(name)!.async('string');
      if (!sheet.includes('<v>100</v>')) continue;
      zip.file(name, sheet.replace('<v>100</v>', '<v>99</v>'));
      part = name;
      break;
    }
    expect(part).not.toBe('');
    const changed = path.join(dir, 'changed.xlsx');
    writeFileSync(changed, await zip.generateAsync({ type: 'nodebuffer' }));
    const bad = tiendo(['verify', changed]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('đã bị thay đổi sau khi ký');
    expect(bad.err).toContain('KHÔNG HỢP LỆ (tệp đã bị thay đổi sau khi ký)');
    const inspectBad = tiendo(['inspect', changed]);
    expect(inspectBad.code).toBe(1);
    expect(inspectBad.out).toBe('');
  });

  it("verifies: exit 0 only for a file signed with this machine's own signing identity", async () => {
    const host = await AppHost.open({
      dbFile: db,
      mode: 'browser',
      version: 'test',
      secrets: memorySecretStore(),
    });
    try {
      createAppIdentity(host.ctx, dir, {
        commonName: 'Thư ký Ban',
        email: '',
        password: 'mat-khau-ung-dung',
        replace: false,
      });
    } finally {
      host.close();
    }
    const unsigned = path.join(dir, 'chua-ky.xlsx');
    expect(tiendo(['report', '--db', db, '--period', '2025-Q4', '--out', unsigned]).code).toBe(0);
    const key = loadPkcs12(readFileSync(path.join(dir, 'signing-identity.p12')), 'mat-khau-ung-dung');
    const own = path.join(dir, 'ky-bang-ung-dung.xlsx');
    writeFileSync(own, await signPackage(readFileSync(unsigned), key, { signingTime: new Date() }));
    const r = tiendo(['verify', own, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kết quả: HỢP LỆ. Tệp nguyên vẹn');
    expect(r.out).toContain('chữ ký số của ứng dụng trên máy này');
    // The same file on a machine that does not know the identity: intact, signer not confirmed.
    // (the app's own signing identity lives beside the data file, so another folder is another machine)
    const elsewhere = path.join(dir, 'may-khac', 'x.db');
    mkdirSync(path.dirname(elsewhere));
    expect(tiendo(['init', '--db', elsewhere, '--province', 'Lâm Đồng']).code).toBe(0);
    expect(tiendo(['verify', own, '--db', elsewhere]).code).toBe(3);
  });

  it('refuses the forged files: figures outside the signature are neither trusted nor printed', async () => {
    const entries = await entriesOf(readFileSync(signed));
    const model = entries.find((e) => e.name === 'tiendo/report-model.json')!;
    const invented = Buffer.from(
      model.data.toString('utf8').replace(/"taskSentence": "[^"]*"/, '"taskSentence": "999 nhiệm vụ bịa ra"'),
    );
    // Two entries of one name: one for the verifier, one for the reader.
    const twice = path.join(dir, 'hai-muc.xlsx');
    writeFileSync(twice, craftZip([{ name: model.name, data: invented }, ...entries]));
    // A relationship in a comment of /_rels/.rels, leading to figures in the unsigned origin part.
    const hidden = path.join(dir, 'quan-he-an.xlsx');
    writeFileSync(
      hidden,
      craftZip(
        entries.map((e) =>
          e.name === '_rels/.rels'
            ? {
                ...e,
                data: Buffer.from(
                  e.data
                    .toString('utf8')
                    .replace(
                      /(<Relationships[^>]*>)/,
                      `$1<!-- <Relationship Id="x" Type="${MODEL_RELATIONSHIP}" Target="_xmlsignatures/origin.sigs"/> -->`,
                    ),
                ),
              }
            : e.name === '_xmlsignatures/origin.sigs'
              ? { ...e, data: invented }
              : e,
        ),
      ),
    );
    for (const file of [twice, hidden]) {
      const v = tiendo(['verify', file]);
      expect(v.code, v.out).toBe(1);
      expect(v.out).not.toContain('bịa ra');
      expect(v.err).toContain('KHÔNG HỢP LỆ');
      const i = tiendo(['inspect', file, '--json']);
      expect(i.code).toBe(1);
      expect(i.out).not.toContain('bịa ra');
    }
  });

  it('refuses to sign with a certificate out of its validity unless told to, and warns when it expires soon', () => {
    const p12Of = (name: string, now: Date, validYears: number) => {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        createSigningIdentity({
          commonName: 'Lê Văn Cường',
          organization: 'Ban Chỉ đạo',
          locality: 'Lâm Đồng',
          password: 'pw',
          now,
          validYears,
        }).p12,
      );
      return file;
    };
    const day = 86_400_000;
    const expired = p12Of('het-han.p12', new Date(Date.now() - 800 * day), 2);
    const future = p12Of('chua-hieu-luc.p12', new Date(Date.now() + 40 * day), 2);
    const soon = p12Of('sap-het-han.p12', new Date(Date.now() - 355 * day), 1);
    const out = path.join(dir, 'ky-thu.xlsx');
    const sign = (p: string, ...extra: string[]) =>
      tiendo(
        [
          'report',
          '--db',
          db,
          '--period',
          '2025-Q4',
          '--out',
          out,
          '--p12',
          p,
          '--password-env',
          'PW',
          ...extra,
        ],
        { PW: 'pw' },
      );

    const refused = sign(expired);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/đã hết hạn từ ngày \d{2}\/\d{2}\/\d{4}/);
    expect(refused.err).toContain('--allow-expired-certificate');
    expect(sign(future).err).toMatch(/chưa có hiệu lực đến ngày \d{2}\/\d{2}\/\d{4}/);

    const forced = sign(expired, '--allow-expired-certificate');
    expect(forced.code).toBe(0);
    expect(forced.err).toContain('Cảnh báo');
    const v = tiendo(['verify', out]);
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/KHÔNG HỢP LỆ \(chứng thư số đã hết hạn từ ngày \d{2}\/\d{2}\/\d{4}\)/);
    expect(v.err).not.toContain('chữ ký số không đúng');

    const warned = sign(soon, '--force'); // over the file the forced signing wrote
    expect(warned.code).toBe(0);
    expect(warned.err).toMatch(
      /Cảnh báo: chứng thư số của "Lê Văn Cường" sẽ hết hạn ngày \d{2}\/\d{2}\/\d{4} \(còn \d+ ngày\)/,
    );
  });

  it('prints the embedded report model', () => {
    const r = tiendo(['inspect', signed, '--json']);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.out) as {
      period: { key: string };
      docNumber: string;
      summary: { taskSentence: string };
    };
    expect(model.period.key).toBe('2025-Q4');
    expect(model.docNumber).toBe('05/BC-BCĐ');
    expect(model.summary.taskSentence).toMatch(/^\d+ nhiệm vụ, \d+ đã hoàn thành, đạt \d+(,\d+)?%$/);
  });

  it('writes the .eml draft with the file attached unchanged', async () => {
    const out = path.join(dir, 'thu.eml');
    const r = tiendo(['email', '--report', signed, '--to', 'bcd@mst.gov.vn', '--out', out, '--db', db]);
    expect(r.code).toBe(0);
    const mail = await simpleParser(readFileSync(out));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe(
      '[Lâm Đồng] Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025 – Số 05/BC-BCĐ',
    );
    // The signer as a letter names them, never the certificate's raw subject.
    expect(mail.text).toContain('Người ký số: Trần Văn Bình');
    expect(mail.text).not.toContain('CN=');
    expect(mail.text).toMatch(/Dấu vân tay chứng thư số \(SHA-256\): ([0-9A-F]{4} ){15}[0-9A-F]{4}/);
    expect(mail.attachments[0]!.filename).toBe('bao-cao.xlsx');
    expect(mail.attachments[0]!.content.equals(readFileSync(signed))).toBe(true);
  });
});
