// Killed restores leave no traps (issue 9 item 11): `tiendo restore` killed while it keeps the copy of the
// current data, or while it writes the restored file, leaves no broken "trước khôi phục" backup under a
// final name (listed, counted in rotation, suppressing the day's backup), no stray copy beside the data,
// and the next start opens whole data, old or restored.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, watch } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppHost } from '../../main/app';
import { listBackups } from '../../main/db/backup';
import { checkDatabase } from '../../main/db/check';
import { BIN, built, tiendo } from '../helpers/processes';
import { tempDir } from '../helpers/store';
import { memorySecretStore } from '../../main/secrets/store';

const PAD_MB = 40;

function marker(file: string): string | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT value FROM setting WHERE key = 'marker'").get() as { value: string } | undefined
    )?.value;
  } finally {
    db.close();
  }
}

/** A demo file padded to about PAD_MB so copies take long enough to be interrupted, and a backup of it. */
function prepare(): { dir: string; db: string; backup: string } {
  const dir = tempDir('tiendo-restore-kill-');
  const db = path.join(dir, 'tiendo.db');
  expect(tiendo(['demo', '--db', db, '--year', '2025']).code).toBe(0);
  const raw = new Database(db);
  raw
    .prepare(
      "INSERT INTO setting (key, value, updated_at) VALUES ('pad', ?, 'now'), ('marker', '\"backup\"', 'now')",
    )
    .run(JSON.stringify(randomBytes((PAD_MB * 1024 * 1024) / 2).toString('hex')));
  raw.close();
  const backup = path.join(dir, 'saved.db');
  expect(tiendo(['backup', '--db', db, '--out', backup]).code).toBe(0);
  const again = new Database(db);
  again.prepare("UPDATE setting SET value = '\"current\"' WHERE key = 'marker'").run();
  again.close();
  return { dir, db, backup };
}

/** Runs the restore and SIGKILLs it as soon as a file whose name matches `when` appears in `folder`. */
function restoreKilledWhen(
  db: string,
  backup: string,
  folder: string,
  when: RegExp,
): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, [BIN, 'restore', '--db', db, '--from', backup], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TIENDO_DB: '' },
    });
    const watcher = watch(folder, (_event, name) => {
      if (name && when.test(String(name))) child.kill('SIGKILL');
    });
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve({ killed: signal === 'SIGKILL', out });
    });
  });
}

async function expectNoTraps(dir: string, db: string): Promise<void> {
  const backupDir = path.join(dir, 'backups');
  // Whatever a backup listing shows is a whole, checkable file.
  for (const b of listBackups(backupDir)) {
    const copy = new Database(b.file, { readonly: true });
    try {
      expect(checkDatabase(copy).ok, b.name).toBe(true);
    } finally {
      copy.close();
    }
  }
  const host = await AppHost.open({
    secrets: memorySecretStore(),
    dbFile: db,
    mode: 'browser',
    version: 'test',
    dailyBackup: true,
  });
  try {
    expect(['"current"', '"backup"']).toContain(marker(db));
    // The start cleaned what the killed restore left half-written, here and among the backups.
    const leftovers = [...readdirSync(dir), ...readdirSync(backupDir)].filter((n) =>
      /tiendo-tmp|restoring/.test(n),
    );
    expect(leftovers).toEqual([]);
    // Today has a good backup: a complete copy kept by the restore, or the daily one, which no broken copy
    // suppressed.
    const today = new Date().toISOString().slice(0, 10);
    expect(listBackups(backupDir).some((b) => !b.damaged && b.createdAt.startsWith(today))).toBe(true);
  } finally {
    host.close();
  }
}

describe.skipIf(!built)('a restore killed halfway', () => {
  it('while it keeps the copy of the current data', async () => {
    const { dir, db, backup } = prepare();
    // The backups folder exists before the restore, so the watch sees the copy being created.
    const backupDir = path.join(dir, 'backups');
    mkdirSync(backupDir, { recursive: true });
    const r = await restoreKilledWhen(db, backup, backupDir, /truoc-khoi-phuc/);
    expect(r.killed).toBe(true);
    expect(r.out).not.toContain('Đã khôi phục');
    await expectNoTraps(dir, db);
  }, 120_000);

  it('while it writes the restored file beside the data', async () => {
    const { dir, db, backup } = prepare();
    const r = await restoreKilledWhen(db, backup, dir, /^tiendo\.db\..*(tiendo-tmp|restoring)/);
    expect(r.killed).toBe(true);
    expect(r.out).not.toContain('Đã khôi phục');
    await expectNoTraps(dir, db);
  }, 120_000);
});
