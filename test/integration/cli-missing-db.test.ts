// The CLI never creates a database by accident (issue 8 item 10): every command but `demo` and `init`
// refuses a --db that does not exist, naming the path, and makes neither the file nor its folder.
// `init` makes an empty province file: pillars seeded, province and committee names set.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, tiendo } from '../helpers/processes';
import { tempDir } from '../helpers/store';

describe.skipIf(!built)('a --db that does not exist', () => {
  const dir = tempDir('tiendo-cli-missing-');

  it('`tiendo stats --db <tmp>/none.db` exits 1 and makes no file', () => {
    const none = path.join(os.tmpdir(), 'none.db');
    if (existsSync(none)) throw new Error(`${none} exists before the test: remove it first`);
    const r = tiendo(['stats', '--db', none]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(none);
    expect(r.err).toMatch(/Không tìm thấy tệp dữ liệu/);
    expect(existsSync(none)).toBe(false);
  });

  it('is refused by every command except demo and init, with no file and no folder made', () => {
    const folder = path.join(dir, 'no-such-folder');
    const db = path.join(folder, 'tiendo.db');
    const out = path.join(dir, 'out');
    const commands = [
      ['stats', '--db', db],
      ['search', '--db', db, 'duong'],
      ['check', '--db', db],
      ['backup', '--db', db, '--out', `${out}.db`],
      ['restore', '--db', db, '--from', `${out}.db`],
      ['report', '--db', db, '--period', '2025-Q4', '--out', `${out}.xlsx`],
      ['briefing', '--db', db, '--meeting', '1', '--out', `${out}.xlsx`],
      ['notice', '--db', db, '--meeting', '1', '--out', `${out}.xlsx`],
    ];
    for (const args of commands) {
      const r = tiendo(args);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toContain(db);
      expect(existsSync(folder), args[0]).toBe(false);
    }
  });

  it('`tiendo init` makes an empty province file: pillars, province and committee names', () => {
    const db = path.join(dir, 'lam-dong', 'tiendo.db');
    const r = tiendo(['init', '--db', db, '--province', 'Lâm Đồng']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(db);
    const d = new Database(db, { readonly: true });
    try {
      const setting = (key: string) =>
        JSON.parse(
          (d.prepare('SELECT value FROM setting WHERE key = ?').get(key) as { value: string }).value,
        ) as string;
      expect(setting('provinceName')).toBe('Tỉnh Lâm Đồng');
      expect(setting('committeeName')).toMatch(/chuyển đổi số tỉnh Lâm Đồng$/);
      expect(setting('reportPlace')).toBe('Lâm Đồng');
      expect((d.prepare('SELECT COUNT(*) AS n FROM pillar').get() as { n: number }).n).toBeGreaterThanOrEqual(
        9,
      );
      expect((d.prepare('SELECT COUNT(*) AS n FROM plan').get() as { n: number }).n).toBe(0);
    } finally {
      d.close();
    }
    const again = tiendo(['init', '--db', db, '--province', 'Lâm Đồng']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/đã có/);
    expect(tiendo(['init', '--db', path.join(dir, 'x.db')]).code).toBe(2); // --province is required
    expect(tiendo(['stats', '--db', db]).code).toBe(0);
  });
});
