// `tiendo backup --to FOLDER` as a user runs it: the copy lands in the folder, checked, and a folder that
// cannot take it is refused in Vietnamese with nothing written.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tiendo as run } from '../helpers/processes';
import { requireTool } from '../helpers/requireTool';
import { tempDir } from '../helpers/store';

const cli = requireTool({
  name: 'the built CLI (dist/main/cli.cjs)',
  available: existsSync(path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs')),
  install: 'npm run build:main',
});

/** The shared CLI runner (test/helpers/processes.ts), called with the arguments as a list. */
const tiendo = (...args: string[]) => run(args);

cli.describe('tiendo backup --to FOLDER', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.db');

  it('writes a checked copy into the folder and says it was checked', () => {
    expect(tiendo('demo', '--db', db, '--year', '2025').code).toBe(0);
    const usb = tempDir();
    const r = tiendo('backup', '--db', db, '--to', usb);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const names = readdirSync(usb);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^tiendo-.*-thu-cong\.db$/);
    expect(r.out).toContain(`Đã sao lưu vào ${path.join(usb, names[0] ?? '')}`);
    expect(r.out).toMatch(/Đã kiểm tra bản sao: nguyên vẹn \(lược đồ \d+; số dòng: .*task \d+/);
    expect(tiendo('check', '--db', path.join(usb, names[0] ?? '')).code).toBe(0);
  });

  it('refuses a file given as the folder, and --to with --out, leaving nothing', () => {
    const other = tempDir();
    const file = path.join(other, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const r = tiendo('backup', '--db', db, '--to', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('là một tệp, không phải thư mục');
    const both = tiendo('backup', '--db', db, '--to', other, '--out', path.join(other, 'x.db'));
    expect(both.code).toBe(2);
    expect(both.err).toContain('không dùng cả hai');
    expect(readdirSync(other)).toEqual(['not-a-folder.txt']);
  });
});
