// The centre's side end to end from the command line, as the lead asked it shown: three provinces' signed
// reports (three demo provinces with different data, one sending a second version, two by e-mail), plus a
// tampered file, a forged one (figures inflated, signed by someone else, then dressed in a trusted
// province's certificate) and one from a signer nobody confirmed. `centre receive`, `status` and
// `consolidate` give the right rows and reasons, and every consolidated figure equals what `tiendo stats`
// prints for that province at the report's reference date. Then the receipt goes back and the province
// sees its acknowledgement; and each side's file refuses the other side's commands.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CentreStatus, Dashboard, ReceivedFile, Submission } from '../../shared/api/types';
import { AppHost } from '../../main/app';
import { CONSOLIDATION_PART, SUMMARY_SHEET, COMPARISON_SHEET } from '../../main/excel/centre/workbook';
import type { ConsolidationModel } from '../../main/services/centre/consolidate';
import { createSigningIdentity, groupFingerprint, signPackage } from '../../main/excel/signature';
import { memorySecretStore } from '../../main/secrets/store';
import { setValues, listIndicators } from '../../main/services/indicators';
import { updateSettings } from '../../main/services/settings';
import { listTasks, quickUpdateTask } from '../../main/services/tasks';
import { defaultPlan } from '../../main/services/plans';
import { provinceNames } from '../../main/services/province';
import { makeIdentity, makeP12, type TestIdentity } from '../helpers/pki';
import { requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');
const cli = requireTool({
  name: 'the built CLI (dist/main/cli.cjs)',
  available: existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs')),
  install: 'npm run build:main',
});

const PERIOD = '2025-Q4';
const CUT_OFF = '2025-12-14';
const PW = 'mật khẩu thử';

function tiendo(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const ok = (args: string[], env: Record<string, string> = {}) => {
  const r = tiendo(args, env);
  expect(r.code, `${args.join(' ')}\n${r.out}${r.err}`).toBe(0);
  return r.out;
};

/** A demo province, renamed and changed through the services so the three provinces' figures differ. */
async function province(file: string, name: string, change: (ctx: AppHost['ctx'], planId: string) => void) {
  ok(['demo', '--db', file, '--year', '2025']);
  const host = await AppHost.open({
    dbFile: file,
    mode: 'browser',
    version: 'test',
    secrets: memorySecretStore(),
  });
  try {
    updateSettings(host.ctx, provinceNames(name));
    change(host.ctx, defaultPlan(host.ctx)!.id);
  } finally {
    host.close();
  }
}

const openTasks = (ctx: AppHost['ctx'], planId: string, situation: 'qua_han' | 'trong_han') =>
  listTasks(ctx, {
    planId,
    pillarId: null,
    leadAgencyId: null,
    situations: [situation],
    dueFrom: null,
    dueTo: null,
    q: '',
    at: CUT_OFF,
    sort: 'code',
    dir: 'asc',
    offset: 0,
    limit: 100,
  }).rows;

cli.describe('the centre receives, checks and consolidates the provinces’ reports', () => {
  const dir = tempDir('tiendo-centre-');
  const f = (name: string) => path.join(dir, name);
  const centre = f('trung-uong.db');
  const dbs = { a: f('lam-dong.db'), b: f('khanh-hoa.db'), c: f('gia-lai.db'), d: f('ca-mau.db') };
  let ca: TestIdentity;
  const fingerprints: Record<string, string> = {};
  let receivedOut = '';

  const signer = (key: string, p12: Buffer, certificatePem: string) => {
    writeFileSync(f(`${key}.p12`), p12);
    fingerprints[key] = groupFingerprint(new X509Certificate(certificatePem).fingerprint256);
  };
  const report = (key: keyof typeof dbs, out: string, number: string) =>
    ok(
      [
        'report',
        '--db',
        dbs[key],
        '--period',
        PERIOD,
        '--out',
        f(out),
        '--p12',
        f(`${key}.p12`),
        '--password-env',
        'PW',
        '--number',
        number,
      ],
      { PW },
    );

  beforeAll(async () => {
    // Lâm Đồng as the demo has it; Khánh Hòa finishes eight overdue tasks; Gia Lai cancels three and has
    // lower indicator values; Cà Mau is the demo again, signed by someone nobody has confirmed.
    await province(dbs.a, 'Lâm Đồng', () => {});
    await province(dbs.b, 'Khánh Hòa', (ctx, planId) => {
      for (const t of openTasks(ctx, planId, 'qua_han').slice(0, 8))
        quickUpdateTask(ctx, { id: t.id, state: 'hoan_thanh', progress: 100, completedOn: '2025-12-05' });
    });
    await province(dbs.c, 'Gia Lai', (ctx, planId) => {
      for (const t of openTasks(ctx, planId, 'trong_han').slice(0, 3))
        quickUpdateTask(ctx, { id: t.id, state: 'huy_bo' });
      const before = { ...ctx, now: () => new Date('2025-12-10T02:00:00.000Z') };
      const indicators = listIndicators(ctx, {
        planId,
        pillarId: null,
        leadAgencyId: null,
        q: '',
        at: CUT_OFF,
      }).slice(0, 6);
      setValues(before, {
        values: indicators.map((i) => ({
          indicatorId: i.id,
          period: PERIOD,
          value: (i.target?.baseline ?? 0) + 0.5,
          confirmed: true,
        })),
      });
    });
    await province(dbs.d, 'Cà Mau', () => {});

    const now = new Date();
    const self = (cn: string, locality: string) =>
      createSigningIdentity({ commonName: cn, organization: 'Ban Chỉ đạo', locality, password: PW, now });
    const a = self('Nguyễn Văn An', 'Tỉnh Lâm Đồng');
    signer('a', a.p12, a.certificatePem);
    ca = makeIdentity({
      subject: { cn: 'CA thử nghiệm', o: 'Tổ chức chứng thực (thử)' },
      ca: true,
      notBefore: '2025-01-01T00:00:00Z',
    });
    const b = makeIdentity({
      subject: { cn: 'Trần Thị Bình', o: 'UBND tỉnh Khánh Hòa' },
      issuer: ca,
      notBefore: '2025-01-01T00:00:00Z',
    });
    signer('b', makeP12(b, PW), b.certificatePem);
    const c = self('Lê Văn Cường', 'Tỉnh Gia Lai');
    signer('c', c.p12, c.certificatePem);
    writeFileSync(f('gia-lai.cer'), c.certificatePem);
    const d = self('Phạm Thị Dung', 'Tỉnh Cà Mau');
    signer('d', d.p12, d.certificatePem);
    writeFileSync(f('ca.pem'), ca.certificatePem);

    report('a', 'a1.xlsx', '01/BC-BCĐ');
    report('b', 'b.xlsx', '12/BC-BCĐ');
    report('c', 'c.xlsx', '07/BC-BCĐ');
    report('d', 'd.xlsx', '03/BC-BCĐ');
    // Lâm Đồng's corrected second version, after one more task was finished.
    const host = await AppHost.open({
      dbFile: dbs.a,
      mode: 'browser',
      version: 'test',
      secrets: memorySecretStore(),
    });
    try {
      const t = openTasks(host.ctx, defaultPlan(host.ctx)!.id, 'qua_han')[0]!;
      quickUpdateTask(host.ctx, { id: t.id, state: 'hoan_thanh', progress: 100, completedOn: '2025-12-01' });
    } finally {
      host.close();
    }
    report('a', 'a2.xlsx', '01a/BC-BCĐ');
    ok([
      'email',
      '--report',
      f('a1.xlsx'),
      '--to',
      'tiepnhan@mst.gov.vn',
      '--out',
      f('a1.eml'),
      '--db',
      dbs.a,
    ]);
    ok(['email', '--report', f('b.xlsx'), '--to', 'tiepnhan@mst.gov.vn', '--out', f('b.eml'), '--db', dbs.b]);

    // Tampered: one figure of Lâm Đồng's sheet changed after signing.
    const zip = await JSZip.loadAsync(readFileSync(f('a2.xlsx')));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(
      sheet,
      xml.replace(/<v>(\d+)<\/v>/, (_m, n: string) => `<v>${Number(n) + 10}</v>`),
    );
    writeFileSync(
      f('tampered.xlsx'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );

    // Forged: Gia Lai's figures inflated and signed by an attacker, who then puts Gia Lai's trusted
    // certificate in place of their own.
    const forgedZip = await JSZip.loadAsync(readFileSync(f('c.xlsx')));
    for (const name of Object.keys(forgedZip.files))
      if (name.startsWith('_xmlsignatures/')) forgedZip.remove(name);
    const rels = await forgedZip.file('_rels/.rels')!.async('string');
    forgedZip.file('_rels/.rels', rels.replace(/<Relationship [^>]*digital-signature\/origin[^>]*\/>/, ''));
    const types = await forgedZip.file('[Content_Types].xml')!.async('string');
    forgedZip.file(
      '[Content_Types].xml',
      types.replace(/<Override PartName="\/_xmlsignatures\/[^"]*"[^>]*\/>/g, ''),
    );
    const model = await forgedZip.file('tiendo/report-model.json')!.async('string');
    forgedZip.file(
      'tiendo/report-model.json',
      model.replace(/"done": (\d+)/, (_m, n: string) => `"done": ${Number(n) + 20}`),
    );
    const attacker = makeIdentity({ subject: { cn: 'Lê Văn Cường' } });
    const forgedSigned = await signPackage(
      await forgedZip.generateAsync({ type: 'nodebuffer' }),
      attacker.key,
      {
        signingTime: new Date(),
      },
    );
    const sigZip = await JSZip.loadAsync(forgedSigned);
    const sig = await sigZip.file('_xmlsignatures/sig1.xml')!.async('string');
    const der = (pem: string) => new X509Certificate(pem).raw.toString('base64');
    sigZip.file('_xmlsignatures/sig1.xml', sig.replace(der(attacker.certificatePem), der(c.certificatePem)));
    writeFileSync(f('forged.xlsx'), await sigZip.generateAsync({ type: 'nodebuffer' }));

    ok(['centre', 'init', '--db', centre, '--name', 'Bộ Khoa học và Công nghệ']);
    ok(['trust', 'ca', '--db', centre, f('ca.pem'), '--name', 'CA thử nghiệm']);
    ok([
      'trust',
      'add',
      '--db',
      centre,
      f('gia-lai.cer'),
      '--name',
      'UBND tỉnh Gia Lai',
      '--province',
      'Tỉnh Gia Lai',
      '--fingerprint',
      fingerprints.c!,
    ]);
    ok(['centre', 'deadline', '--db', centre, '--period', PERIOD, '--date', '2099-12-31']);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  cli.it(
    'receive: keeps the genuine files (two by e-mail, a second version), refuses the tampered and the forged',
    () => {
      const r = tiendo([
        'centre',
        'receive',
        '--db',
        centre,
        f('a1.eml'),
        f('b.eml'),
        f('c.xlsx'),
        f('a2.xlsx'),
        f('d.xlsx'),
        f('tampered.xlsx'),
        f('forged.xlsx'),
      ]);
      receivedOut = r.out;
      expect(r.code, r.out + r.err).toBe(1);
      const lines = r.out.split('\n');
      const lineOf = (name: string) => lines.find((l) => l.includes(name)) ?? '';
      expect(lineOf('a1.eml › ')).toMatch(
        /^ĐÃ NHẬN .*Tỉnh Lâm Đồng, Báo cáo Quý IV\/2025; ký bởi Nguyễn Văn An; CHƯA XÁC NHẬN/,
      );
      expect(lineOf('b.eml › ')).toMatch(
        /^ĐÃ NHẬN .*Tỉnh Khánh Hòa, Báo cáo Quý IV\/2025; ký bởi Trần Thị Bình; người ký đã được tin cậy/,
      );
      expect(lineOf('c.xlsx')).toMatch(/^ĐÃ NHẬN .*Tỉnh Gia Lai.*người ký đã được tin cậy/);
      expect(lineOf('a2.xlsx')).toMatch(/^ĐÃ NHẬN .*Tỉnh Lâm Đồng, Báo cáo Quý IV\/2025 \(bản thứ 2\)/);
      expect(lineOf('d.xlsx')).toMatch(/^ĐÃ NHẬN .*Tỉnh Cà Mau.*CHƯA XÁC NHẬN/);
      expect(lineOf('tampered.xlsx')).toMatch(
        /^TỪ CHỐI .*tệp đã bị thay đổi sau khi ký\. Nội dung trang «[^»]+» đã bị thay đổi sau khi ký/,
      );
      expect(lineOf('forged.xlsx')).toMatch(/^TỪ CHỐI .*chữ ký số không đúng/);
      expect(r.out).toContain('Tổng: 5 tệp đã nhận, 0 đã có từ trước, 2 bị từ chối.');
      // The unknown signer's line says how to confirm, with the fingerprint in groups of four.
      expect(r.out).toContain(fingerprints.d);
      // Receiving the same file again keeps nothing new.
      const again = tiendo(['centre', 'receive', '--db', centre, f('c.xlsx')]);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/^ĐÃ CÓ .*đã được tiếp nhận trước đây/m);
    },
  );

  cli.it(
    'status: trusted after the fingerprint is compared, the unknown signer unconfirmed, the rest missing',
    () => {
      expect(receivedOut).not.toBe('');
      const files = JSON.parse(ok(['centre', 'files', '--db', centre, '--period', PERIOD, '--json'])) as {
        files: ReceivedFile[];
      };
      const a2 = files.files.find((x) => x.fileName === 'a2.xlsx')!;
      const misread = tiendo([
        'centre',
        'trust',
        '--db',
        centre,
        '--file',
        a2.id,
        '--name',
        'UBND tỉnh Lâm Đồng',
        '--fingerprint',
        fingerprints.b!,
      ]);
      expect(misread.code).toBe(1);
      expect(misread.err).toContain('Dấu vân tay không khớp');
      ok([
        'centre',
        'trust',
        '--db',
        centre,
        '--file',
        a2.id,
        '--name',
        'UBND tỉnh Lâm Đồng',
        '--fingerprint',
        fingerprints.a!,
      ]);

      const s = JSON.parse(
        ok(['centre', 'status', '--db', centre, '--period', PERIOD, '--json']),
      ) as CentreStatus;
      expect(s.deadline).toBe('2099-12-31');
      expect(s.counts).toEqual({
        expected: 34,
        received: 3,
        missing: 30,
        late: 0,
        unconfirmed: 1,
        invalid: 0,
      });
      const row = (name: string) => s.rows.find((r) => r.province === name)!;
      expect(row('Tỉnh Lâm Đồng')).toMatchObject({
        state: 'received',
        onTime: true,
        versions: 2,
        newerNotTrusted: 0,
      });
      expect(row('Tỉnh Lâm Đồng').file).toMatchObject({
        fileName: 'a2.xlsx',
        version: 2,
        verdict: 'trusted',
        trustedAs: 'UBND tỉnh Lâm Đồng',
        docNumber: '01a/BC-BCĐ',
      });
      expect(row('Tỉnh Khánh Hòa').file).toMatchObject({ via: 'eml', mailFrom: null, verdict: 'trusted' });
      expect(row('Tỉnh Khánh Hòa').file?.trustedAs).toContain('CA thử nghiệm');
      expect(row('Tỉnh Gia Lai').file).toMatchObject({
        verdict: 'trusted',
        trustedAs: 'UBND tỉnh Gia Lai',
        signingTime: expect.any(String),
      });
      expect(row('Tỉnh Gia Lai').file?.signer.commonName).toBe('Lê Văn Cường');
      expect(row('Tỉnh Cà Mau')).toMatchObject({ state: 'unconfirmed' });
      expect(row('Tỉnh Cà Mau').file?.reason).toContain(fingerprints.d);
      expect(row('Thành phố Hà Nội')).toMatchObject({ state: 'missing', file: null, onTime: null });
      const text = ok(['centre', 'status', '--db', centre, '--period', PERIOD]);
      expect(text).toContain('Đã nhận 3/34; chưa gửi 30; muộn 0; chưa xác nhận người ký 1; không hợp lệ 0.');
    },
  );

  cli.it(
    'consolidate: one row per trusted province, every figure equal to that province’s tiendo stats',
    async () => {
      const out = f('tong-hop.xlsx');
      const printed = ok(['centre', 'consolidate', '--db', centre, '--period', PERIOD, '--out', out]);
      expect(printed).toContain('3 tỉnh, thành phố');
      expect(printed).toContain('Chưa tổng hợp Tỉnh Cà Mau: Chưa xác nhận được người ký');
      const bytes = readFileSync(out);
      const zip = await JSZip.loadAsync(bytes);
      const m = JSON.parse(await zip.file(CONSOLIDATION_PART.part)!.async('string')) as ConsolidationModel;
      const s = JSON.parse(
        ok(['centre', 'status', '--db', centre, '--period', PERIOD, '--json']),
      ) as CentreStatus;
      // In the centre's order of provinces (north to south).
      expect(m.rows.map((r) => r.province)).toEqual(['Tỉnh Gia Lai', 'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng']);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(SUMMARY_SHEET)!;
      const rowOf = (province: string) => {
        for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === province) return ws.getRow(r);
        throw new Error(`no row for ${province}`);
      };
      for (const [key, name] of [
        ['a', 'Tỉnh Lâm Đồng'],
        ['b', 'Tỉnh Khánh Hòa'],
        ['c', 'Tỉnh Gia Lai'],
      ] as const) {
        const stats = JSON.parse(ok(['stats', '--db', dbs[key], '--at', CUT_OFF, '--json'])) as Dashboard;
        const row = m.rows.find((r) => r.province === name)!;
        expect(row.referenceDate).toBe(CUT_OFF);
        expect(
          {
            tasks: row.tasks,
            done: row.done,
            rate: row.rate,
            overdue: row.overdue,
            indicators: row.indicators,
          },
          name,
        ).toEqual({
          tasks: stats.tasks.total,
          done: stats.done,
          rate: stats.completionRate,
          overdue: stats.tasks.qua_han,
          indicators: stats.indicators,
        });
        // The same figures in the cells (numbers, with the rate's own format), and the file's SHA-256.
        const cells = rowOf(name);
        expect([3, 4, 6, 7, 8, 9, 10, 11].map((c) => cells.getCell(c).value)).toEqual([
          stats.tasks.total,
          stats.done,
          stats.tasks.qua_han,
          stats.indicators.total,
          stats.indicators.da_dat,
          stats.indicators.co_kha_nang_dat,
          stats.indicators.can_no_luc,
          stats.indicators.chua_co_so_lieu,
        ]);
        expect(cells.getCell(5).value).toBe(stats.completionRate);
        expect(String(cells.getCell(13).value)).toContain(
          s.rows.find((r) => r.province === name)!.file!.sha256,
        );
      }
      // The three provinces differ: the data changed in each shows in its row.
      expect(new Set(m.rows.map((r) => `${r.done}/${r.tasks - r.cancelled}`)).size).toBe(3);
      expect(m.totals.tasks).toBe(m.rows.reduce((n, r) => n + r.tasks, 0));
      expect(m.totals.done).toBe(m.rows.reduce((n, r) => n + r.done, 0));
      expect(m.notIncluded.find((n) => n.province === 'Tỉnh Cà Mau')?.state).toBe('unconfirmed');
      expect(m.notIncluded.filter((n) => n.state === 'missing')).toHaveLength(30);
      // The demo provinces share their indicator codes: each compared across the three, ranked by ratio.
      expect(m.comparison.length).toBeGreaterThan(10);
      for (const ind of m.comparison) {
        expect(ind.rows).toHaveLength(3);
        const ratios = ind.rows.map((r) => r.ratio ?? -Infinity);
        expect([...ratios].sort((x, y) => y - x)).toEqual(ratios);
      }
      expect(wb.getWorksheet(COMPARISON_SHEET)).toBeDefined();
    },
  );

  cli.it(
    'receipts: the centre signs one, the province imports the reply and sees the acknowledgement',
    () => {
      const s = JSON.parse(
        ok(['centre', 'status', '--db', centre, '--period', PERIOD, '--json']),
      ) as CentreStatus;
      const b = s.rows.find((r) => r.province === 'Tỉnh Khánh Hòa')!.file!;
      const centreId = createSigningIdentity({
        commonName: 'Văn thư Bộ',
        organization: 'Bộ Khoa học và Công nghệ',
        locality: 'Hà Nội',
        password: PW,
        now: new Date(),
      });
      writeFileSync(f('centre.p12'), centreId.p12);
      writeFileSync(f('centre.cer'), centreId.certificatePem);
      const unsigned = tiendo([
        'centre',
        'receipt',
        '--db',
        centre,
        '--file',
        b.sha256,
        '--out',
        f('bn.xlsx'),
      ]);
      expect(unsigned.code).toBe(2);
      ok(
        [
          'centre',
          'receipt',
          '--db',
          centre,
          '--file',
          b.sha256,
          '--out',
          f('bn.xlsx'),
          '--eml',
          f('bn.eml'),
          '--p12',
          f('centre.p12'),
          '--password-env',
          'PW',
        ],
        { PW },
      );
      const eml = readFileSync(f('bn.eml'), 'utf8');
      expect(eml).toMatch(/^In-Reply-To: <.+>/m);
      expect(eml).toContain('X-Unsent: 1');

      const before = JSON.parse(ok(['submissions', '--db', dbs.b, '--json'])) as Submission[];
      expect(before.every((x) => x.acknowledgement === null)).toBe(true);
      const imported = ok(['receipt', 'import', '--db', dbs.b, f('bn.eml')]);
      expect(imported).toMatch(/^ĐÃ NHẬP .*Bộ Khoa học và Công nghệ đã nhận lúc .*CHƯA XÁC NHẬN người ký/m);
      const unconfirmed = (JSON.parse(ok(['submissions', '--db', dbs.b, '--json'])) as Submission[]).find(
        (x) => x.sha256 === b.sha256,
      )!;
      expect(unconfirmed.acknowledgement).toMatchObject({
        state: 'unconfirmed',
        centre: 'Bộ Khoa học và Công nghệ',
      });
      // Once the province trusts the centre's certificate, the same receipt confirms the submission.
      const fp = groupFingerprint(new X509Certificate(centreId.certificatePem).fingerprint256);
      ok([
        'trust',
        'add',
        '--db',
        dbs.b,
        f('centre.cer'),
        '--name',
        'Bộ Khoa học và Công nghệ',
        '--fingerprint',
        fp,
      ]);
      const confirmed = (JSON.parse(ok(['submissions', '--db', dbs.b, '--json'])) as Submission[]).find(
        (x) => x.sha256 === b.sha256,
      )!;
      expect(confirmed.acknowledgement).toMatchObject({ state: 'confirmed', receivedAt: b.receivedAt });
      expect(ok(['submissions', '--db', dbs.b])).toContain('Bộ Khoa học và Công nghệ đã nhận lúc');
      // A receipt for another province's file matches none of this one's submissions.
      const elsewhere = tiendo(['receipt', 'import', '--db', dbs.c, f('bn.xlsx')]);
      expect(elsewhere.code).toBe(1);
      expect(elsewhere.out).toContain('không khớp hồ sơ báo cáo nào');
    },
  );

  cli.it('refuses a province command on the centre’s file and a centre command on a province’s', () => {
    const onCentre = tiendo(['stats', '--db', centre]);
    expect(onCentre.code).toBe(1);
    expect(onCentre.err).toContain('là tệp tiếp nhận báo cáo của Trung ương (Bộ Khoa học và Công nghệ)');
    const onProvince = tiendo(['centre', 'status', '--db', dbs.a, '--period', PERIOD]);
    expect(onProvince.code).toBe(1);
    expect(onProvince.err).toContain(
      'là tệp dữ liệu của một tỉnh, không phải tệp tiếp nhận báo cáo của Trung ương',
    );
    expect(tiendo(['centre', 'init', '--db', dbs.a, '--name', 'X']).code).toBe(1);
  });
});
