// The spreadsheet commands as a person runs them (the built CLI): import-plan's dry run and apply with
// their exit codes and --json, round create|forms|status, import of returned forms (0 applied or nothing to
// apply, 1 a file or row refused, the --json shape of the issue), export. The forms key goes to a secrets
// file in the test's folder (TIENDO_SECRETS), never to the user's.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { hasFiles, REPO_ROOT, requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';
import { annexA, annexBroken } from '../fixtures/plans/annexes';
import { fillForm } from '../unit/rounds/fill';

const BIN = path.join(REPO_ROOT, 'bin', 'tiendo.cjs');
const cli = requireTool({
  name: 'the built CLI (dist/main/cli.cjs)',
  available: hasFiles(
    path.join(REPO_ROOT, 'dist', 'main', 'cli.cjs'),
    path.join(REPO_ROOT, 'dist', 'main', 'sheet-reader.cjs'),
  ),
  install: 'npm run build:main',
});

const dir = tempDir('tiendo-cli-sheets-');
const db = path.join(dir, 'tinh.db');

function tiendo(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TIENDO_DB: '', TIENDO_SECRETS: path.join(dir, 'secrets.json') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

cli.describe('spreadsheet commands', () => {
  let roundId = '';
  beforeAll(() => {
    expect(tiendo('demo', '--db', db, '--year', '2026').code).toBe(0);
  }, 120_000);

  cli.it(
    'import-plan: a dry run writes nothing and says what it would do; a broken annex exits 1 naming sheet, row and column',
    async () => {
      const annexDb = path.join(dir, 'kehoach.db');
      expect(tiendo('init', '--db', annexDb, '--province', 'Lâm Đồng').code).toBe(0);
      // A new province's file has no agencies yet: every agency the annex names is listed, and refused.
      const good = path.join(dir, 'phu-luc.xlsx');
      writeFileSync(good, await annexA());
      const dry = tiendo('import-plan', '--db', annexDb, '--plan', 'new', good, '--dry-run', '--json');
      expect(dry.code).toBe(1); // its agencies are not in the empty Danh mục yet: refused, listed
      const report = JSON.parse(dry.out) as {
        summary: { total: { refused: number } };
        agencyNames: { text: string; resolution: string }[];
      };
      expect(report.summary.total.refused).toBe(5);
      expect(report.agencyNames.map((a) => a.text)).toEqual(
        expect.arrayContaining(['Văn phòng UBND tỉnh', 'Sở KH&CN', 'Sở Nội vụ']),
      );
      expect(report.agencyNames.find((a) => a.text === 'Sở Nội vụ')?.resolution).toBe('refused');

      const broken = path.join(dir, 'hong.xlsx');
      writeFileSync(broken, await annexBroken());
      const run = tiendo('import-plan', '--db', db, '--plan', 'new', broken);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/Trang «Danh mục», dòng 4, cột D: Không đọc được thời hạn «Sớm nhất có thể»/);
      expect(run.err).toMatch(/Chưa nhập gì: có dòng bị từ chối/);
    },
    120_000,
  );

  cli.it(
    'import-plan applies a good annex into a new plan',
    async () => {
      const file = path.join(dir, 'phu-luc-demo.xlsx');
      writeFileSync(file, await annexA());
      // The demo's Danh mục holds every agency the annex names ("Sở KH&CN", "Văn phòng UBND tỉnh", …).
      const run = tiendo('import-plan', '--db', db, '--plan', 'new', file, '--code', '99/KH-UBND', '--json');
      expect(run.code, run.err).toBe(0);
      const out = JSON.parse(run.out) as {
        applied: boolean;
        plan: { code: string };
        summary: { total: { new: number } };
      };
      expect(out).toMatchObject({
        applied: true,
        plan: { code: '99/KH-UBND' },
        summary: { total: { new: 5 } },
        result: { changeSet: { kind: 'imports.planApply' } },
      });
    },
    120_000,
  );

  cli.it(
    'round create prints the id; round forms writes one workbook per agency; round status says who answered',
    () => {
      const made = tiendo('round', 'create', '--db', db, '--period', '2026-Q4', '--due', '2026-12-20');
      expect(made.code).toBe(0);
      roundId = made.out.trim();
      expect(roundId).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.err).toMatch(/Đã tạo đợt Quý IV\/2026, hạn 20\/12\/2026, \d+ cơ quan\./);
      const forms = tiendo(
        'round',
        'forms',
        '--db',
        db,
        '--round',
        roundId,
        '--out',
        path.join(dir, 'phieu'),
      );
      expect(forms.code).toBe(0);
      const files = readdirSync(path.join(dir, 'phieu'));
      expect(files.length).toBeGreaterThan(10);
      expect(files).toContain('Phieu-cap-nhat_Quy-IV-2026_Cong-an-tinh.xlsx');
      const again = tiendo(
        'round',
        'forms',
        '--db',
        db,
        '--round',
        roundId,
        '--out',
        path.join(dir, 'phieu'),
      );
      expect(again.code).toBe(2);
      const status = tiendo('round', 'status', '--db', db, '--round', roundId, '--json');
      const detail = JSON.parse(status.out) as { line: string; agencies: { status: string }[] };
      expect(detail.line).toMatch(/^0\/\d+ cơ quan đã gửi số liệu Quý IV\/2026$/);
      expect(detail.agencies.every((a) => a.status === 'chua_gui' || a.status === 'qua_han')).toBe(true);
      const eml = tiendo(
        'round',
        'forms',
        '--db',
        db,
        '--round',
        roundId,
        '--out',
        path.join(dir, 'thu'),
        '--eml',
      );
      expect(eml.code).toBe(0);
      expect(readdirSync(path.join(dir, 'thu')).every((n) => n.endsWith('.eml'))).toBe(true);
    },
    120_000,
  );

  cli.it(
    'import: exit 0 with the --json shape when applied, 1 when a row is refused, and a second time changes nothing',
    async () => {
      const form = readFileSync(path.join(dir, 'phieu', 'Phieu-cap-nhat_Quy-IV-2026_Cong-an-tinh.xlsx'));
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(form).buffer);
      const code = wb.getWorksheet('Nhiệm vụ')!.getCell(5, 2).text;
      const good = path.join(dir, 'ca-tra-loi.xlsx');
      writeFileSync(good, await fillForm(form, { tasks: { [code]: { I: 'Đã báo cáo qua dòng lệnh' } } }));
      const bad = path.join(dir, 'ca-sai.xlsx');
      writeFileSync(bad, await fillForm(form, { tasks: { [code]: { F: 'nhiều' } } }));

      const dry = tiendo('import', '--db', db, good, '--dry-run', '--json');
      expect(dry.code).toBe(0);
      const run = tiendo('import', '--db', db, good, '--json');
      expect(run.code).toBe(0);
      const result = JSON.parse(run.out) as { files: Record<string, unknown>[] };
      expect(result.files[0]).toMatchObject({
        file: 'ca-tra-loi.xlsx',
        status: 'ready',
        applied: true,
        agency: 'Công an tỉnh',
        updated: 1,
        refused: [],
        conflicts: [],
      });
      expect(Object.keys(result.files[0]!)).toEqual(
        expect.arrayContaining(['agency', 'updated', 'unchanged', 'refused', 'conflicts']),
      );
      const again = tiendo('import', '--db', db, good);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/đã nhập trước đây, không thay đổi gì/);
      const refused = tiendo('import', '--db', db, bad, '--json');
      expect(refused.code).toBe(1);
      const r = JSON.parse(refused.out) as {
        files: { refused: { sheet: string; row: number; column: string; message: string }[] }[];
      };
      expect(r.files[0]!.refused[0]).toMatchObject({ sheet: 'Nhiệm vụ', row: 5, column: 'F' });
      const status = JSON.parse(tiendo('round', 'status', '--db', db, '--round', roundId, '--json').out) as {
        line: string;
      };
      expect(status.line).toMatch(/^1\/\d+ cơ quan đã gửi số liệu Quý IV\/2026$/);
    },
    120_000,
  );

  cli.it(
    'export writes each list, and refuses an existing file without --force',
    () => {
      for (const list of ['tasks', 'indicators', 'values', 'agencies']) {
        const out = path.join(dir, `${list}.xlsx`);
        const run = tiendo('export', list, '--db', db, '--year', '2026', '--out', out);
        expect(run.code, run.err).toBe(0);
        expect(existsSync(out)).toBe(true);
      }
      expect(tiendo('export', 'tasks', '--db', db, '--out', path.join(dir, 'tasks.xlsx')).code).toBe(2);
      expect(tiendo('export', 'meetings', '--db', db, '--out', path.join(dir, 'm.xlsx')).code).toBe(2);
    },
    120_000,
  );
});
