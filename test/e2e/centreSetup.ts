// The files a centre receives in its e2e path, made as the integration test makes them
// (test/integration/centre.test.ts): three demo provinces renamed through the services, each report
// signed through the CLI with its own self-signed certificate (--p12), and one of them tampered after
// signing (a figure of its sheet changed). The fingerprints are what each province would read out.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { AppHost } from '../../main/app';
import { provinceNames } from '../../main/services/province';
import { createSigningIdentity, groupFingerprint } from '../../main/excel/signature';
import { memorySecretStore } from '../../main/secrets/store';
import { updateSettings } from '../../main/services/settings';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs');
export const PERIOD = '2025-Q4';
const PW = 'mật khẩu thử';

export interface ProvinceReport {
  province: string;
  signer: string;
  file: string;
  fingerprint: string;
}

export interface CentreFiles {
  dir: string;
  reports: ProvinceReport[];
  tampered: string;
}

function cli(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '', ...env },
  });
  if (r.status !== 0) throw new Error(`tiendo ${args.join(' ')}: ${r.stdout}${r.stderr}`);
}

const PROVINCES = [
  { key: 'lam-dong', name: 'Tỉnh Lâm Đồng', signer: 'Nguyễn Văn An', number: '01/BC-BCĐ' },
  { key: 'khanh-hoa', name: 'Tỉnh Khánh Hòa', signer: 'Trần Thị Bình', number: '12/BC-BCĐ' },
  { key: 'gia-lai', name: 'Tỉnh Gia Lai', signer: 'Lê Văn Cường', number: '07/BC-BCĐ' },
];

export async function makeCentreFiles(): Promise<CentreFiles> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-centre-'));
  const reports: ProvinceReport[] = [];
  for (const p of PROVINCES) {
    const db = path.join(dir, `${p.key}.db`);
    cli(['demo', '--db', db, '--year', '2025']);
    const host = await AppHost.open({
      dbFile: db,
      mode: 'browser',
      version: 'e2e',
      secrets: memorySecretStore(),
    });
    try {
      updateSettings(host.ctx, provinceNames(p.name));
    } finally {
      host.close();
    }
    const id = createSigningIdentity({
      commonName: p.signer,
      organization: 'Ban Chỉ đạo',
      locality: p.name,
      password: PW,
      now: new Date(),
    });
    const p12 = path.join(dir, `${p.key}.p12`);
    writeFileSync(p12, id.p12);
    const file = path.join(dir, `bao-cao-${p.key}.xlsx`);
    cli(
      [
        'report',
        '--db',
        db,
        '--period',
        PERIOD,
        '--out',
        file,
        '--p12',
        p12,
        '--password-env',
        'PW',
        '--number',
        p.number,
      ],
      { PW },
    );
    reports.push({
      province: p.name,
      signer: p.signer,
      file,
      fingerprint: groupFingerprint(new X509Certificate(id.certificatePem).fingerprint256),
    });
  }
  // Tampered: Gia Lai's report with one figure of a sheet raised after signing.
  const zip = await JSZip.loadAsync(readFileSync(reports[2]!.file));
  const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = await zip.file(sheet)!.async('string');
  zip.file(
    sheet,
    xml.replace(/<v>(\d+)<\/v>/, (_m, n: string) => `<v>${Number(n) + 10}</v>`),
  );
  const tampered = path.join(dir, 'bao-cao-gia-lai-da-sua.xlsx');
  writeFileSync(tampered, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { dir, reports, tampered };
}
