// A full disk (issue 9 item 12), simulated without mounting anything: a preloaded shim makes writes under
// one folder fail with ENOSPC after some bytes, as Node reports a full disk. `tiendo report` then leaves
// nothing under the final name and records no submission; --out never overwrites without --force.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, built, tiendo } from '../helpers/processes';
import { tempDir } from '../helpers/store';

const SHIM = path.resolve(__dirname, '..', 'helpers', 'enospc-preload.cjs');

function tiendoOnFullDisk(args: string[], fullDir: string, afterBytes: number) {
  const r = spawnSync(process.execPath, ['-r', SHIM, BIN, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIENDO_DB: '',
      TIENDO_TEST_ENOSPC_DIR: fullDir,
      TIENDO_TEST_ENOSPC_AFTER: String(afterBytes),
    },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const submissions = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT COUNT(*) AS n FROM submission').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe.skipIf(!built)('a full disk', () => {
  const dir = tempDir('tiendo-full-disk-');
  const db = path.join(dir, 'tiendo.db');
  const outDir = path.join(dir, 'out');
  mkdirSync(outDir);

  it('tiendo report: nothing under the final name, no submission recorded, a message saying what to do', () => {
    expect(tiendo(['demo', '--db', db, '--year', '2025']).code).toBe(0);
    const out = path.join(outDir, 'bao-cao.xlsx');
    const r = tiendoOnFullDisk(
      ['report', '--db', db, '--period', '2025-Q4', '--out', out],
      outDir,
      12 * 1024,
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Ổ đĩa đầy/);
    expect(r.err).toMatch(/giải phóng/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(outDir)).toEqual([]); // no half-written temporary file either
    expect(submissions(db)).toBe(0);
    // With room on the disk the same command writes the file and records it once.
    const ok = tiendo(['report', '--db', db, '--period', '2025-Q4', '--out', out]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(submissions(db)).toBe(1);
  });

  it('tiendo email and backup: nothing under the final name', () => {
    const report = path.join(outDir, 'bao-cao.xlsx');
    const full = path.join(dir, 'full');
    mkdirSync(full);
    const eml = path.join(full, 'thu.eml');
    const e = tiendoOnFullDisk(['email', '--report', report, '--to', 'a@b.vn', '--out', eml], full, 1024);
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/Ổ đĩa đầy/);
    expect(readdirSync(full)).toEqual([]);
  });

  it('--out refuses an existing file unless --force, for every command that writes one', () => {
    const existing = path.join(outDir, 'existing.xlsx');
    writeFileSync(existing, 'keep me');
    const eml = path.join(outDir, 'existing.eml');
    writeFileSync(eml, 'keep me');
    const backup = path.join(outDir, 'existing.db');
    writeFileSync(backup, 'keep me');
    const report = path.join(outDir, 'bao-cao.xlsx');
    const commands = [
      ['report', '--db', db, '--period', '2025-Q4', '--out', existing],
      ['briefing', '--db', db, '--meeting', '1', '--out', existing],
      ['notice', '--db', db, '--meeting', '1', '--out', existing],
      ['email', '--report', report, '--to', 'a@b.vn', '--out', eml],
      ['backup', '--db', db, '--out', backup],
    ];
    for (const args of commands) {
      const r = tiendo(args);
      expect(r.code, args[0]).not.toBe(0);
      expect(r.err, args[0]).toMatch(/đã tồn tại.*--force/s);
    }
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(readFileSync(eml, 'utf8')).toBe('keep me');
    expect(readFileSync(backup, 'utf8')).toBe('keep me');
    for (const args of commands) {
      const r = tiendo([...args, '--force']);
      expect(r.err, args[0]).toBe('');
      expect(r.code, args[0]).toBe(0);
    }
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(eml, 'utf8')).toContain('X-Unsent: 1');
  });
});
