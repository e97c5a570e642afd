// A full disk at start (issue 9 item 12): the daily backup fails with SQLite's "disk is full", and the app
// still opens, with a warning that app.info carries to the renderer's banner; nothing half-written stays
// among the backups and the earlier backups are untouched.
import { SqliteError } from 'better-sqlite3';
import { writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter } from '../../../main/api';
import { AppHost } from '../../../main/app';
import { backupDatabase, listBackups } from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';
import { memorySecretStore } from '../../../main/secrets/store';

const hosts: AppHost[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.close()));

describe('a full disk at start', () => {
  it('opens the app with a warning instead of failing, keeping the earlier backups', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'tiendo.db');
    const backupDir = path.join(dir, 'backups');
    const db = await openDatabase({ file: dbFile });
    await backupDatabase(db, backupDir, 'hang-ngay', new Date('2025-03-01T01:00:00Z'));
    db.close();
    const before = listBackups(backupDir).map((b) => b.name);
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile,
      mode: 'browser',
      version: 'test',
      dailyBackup: true,
      now: () => new Date('2025-03-02T01:00:00Z'),
      // The disk fills up while the copy is written: some bytes land, then SQLite reports it full.
      copyDatabase: async (_source, file) => {
        writeFileSync(file, Buffer.alloc(4096));
        throw new SqliteError('database or disk is full', 'SQLITE_FULL');
      },
    });
    hosts.push(host);
    expect(host.warnings).toHaveLength(1);
    expect(host.warnings[0]).toMatch(/Ổ đĩa đầy/);
    expect(host.warnings[0]).toMatch(/giải phóng/);
    const info = await createRouter(createHandlers(host))('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { warnings: host.warnings, readOnly: null } });
    expect(listBackups(backupDir).map((b) => b.name)).toEqual(before);
    expect(readdirSync(backupDir)).toEqual(before);
  });
});
