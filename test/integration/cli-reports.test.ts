// The report commands as a user runs them on the demo province: report (signed from a .p12 whose password
// comes from an environment variable), verify (exit 0 only when valid), inspect --json, email.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { createSigningIdentity } from '../../main/excel/signature';
import { requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';

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

  it('verifies: exit 0 for the signed file, 1 once a figure is changed', async () => {
    const ok = tiendo(['verify', signed]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('HỢP LỆ');
    expect(ok.out).toContain('Người ký: CN=Trần Văn Bình');
    expect(ok.out).toMatch(/Dấu vân tay chứng thư \(SHA-256\): ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(ok.out).toContain('Thời điểm ký:');

    const zip = await JSZip.loadAsync(readFileSync(signed));
    const sheet = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    zip.file('xl/worksheets/sheet3.xml', sheet.replace('<v>100</v>', '<v>99</v>'));
    const changed = path.join(dir, 'changed.xlsx');
    writeFileSync(changed, await zip.generateAsync({ type: 'nodebuffer' }));
    const bad = tiendo(['verify', changed]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('/xl/worksheets/sheet3.xml');
    expect(bad.err).toContain('KHÔNG HỢP LỆ');
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
    expect(mail.text).toContain('CN=Trần Văn Bình');
    expect(mail.attachments[0]!.filename).toBe('bao-cao.xlsx');
    expect(mail.attachments[0]!.content.equals(readFileSync(signed))).toBe(true);
  });
});
