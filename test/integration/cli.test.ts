// The `tiendo` command as a user runs it: the bin script and the bundled CLI (built by `npm test` first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');
// `npm test` builds first; run alone, these say they skipped (and fail under CI).
const cli = requireTool({
  name: 'the built CLI (dist/main/cli.cjs)',
  available: existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs')),
  install: 'npm run build:main',
});

function tiendo(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

cli.describe('tiendo CLI', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.db');

  it('prints help and exits 0; exits 2 on wrong usage', () => {
    const help = tiendo('--help');
    expect(help.code).toBe(0);
    for (const cmd of ['demo', 'stats', 'search', 'backup', 'restore', 'check'])
      expect(help.out).toContain(cmd);
    expect(tiendo('stats').code).toBe(2);
    expect(tiendo('no-such-command').code).toBe(2);
    expect(tiendo('stats', '--db', db, '--at', '31/12/2025').code).toBe(2);
    expect(tiendo('stats', '--db', db, '--at', '2025-02-31').code).toBe(2); // no such day
  });

  it('creates the demo province and finds "Đường" when searching "duong"', () => {
    expect(tiendo('demo', '--db', db, '--year', '2025').code).toBe(0);
    const r = tiendo('search', '--db', db, 'duong');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nâng cấp Đường truyền số liệu chuyên dùng');
    expect(tiendo('search', '--db', db, 'chuyen doi so').out).toMatch(/chuyển đổi số/i);
    const again = tiendo('demo', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã có dữ liệu');
  });

  it('prints the dashboard aggregates as JSON with every task situation and assessment', () => {
    const r = tiendo('stats', '--db', db, '--at', '2025-12-10', '--json');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out) as {
      tasks: Record<string, number>;
      indicators: Record<string, number>;
      completionRate: number;
    };
    for (const s of [
      'hoan_thanh_dung_han',
      'hoan_thanh_qua_han',
      'qua_han',
      'sap_den_han',
      'trong_han',
      'khong_thoi_han',
      'tam_dung',
      'huy_bo',
    ]) {
      expect(stats.tasks[s], s).toBeGreaterThan(0);
    }
    expect(stats.tasks.total).toBeGreaterThanOrEqual(60);
    for (const a of ['da_dat', 'co_kha_nang_dat', 'can_no_luc', 'chua_co_so_lieu'])
      expect(stats.indicators[a], a).toBeGreaterThan(0);
    expect(stats.indicators.total).toBeGreaterThanOrEqual(15);
  });

  it('backs up, checks, and restores keeping a copy of the current file', () => {
    const out = path.join(dir, 'copy.db');
    expect(tiendo('backup', '--db', db, '--out', out).code).toBe(0);
    expect(tiendo('backup', '--db', db, '--out', out).code).toBe(2); // never overwrites without --force
    expect(tiendo('check', '--db', out).code).toBe(0);
    const r = tiendo('restore', '--db', db, '--from', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('truoc-khoi-phuc');
    expect(tiendo('check', '--db', db).code).toBe(0);
    expect(tiendo('check', '--db', path.join(dir, 'missing.db')).code).toBe(1);
  });
});
