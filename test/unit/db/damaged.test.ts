// A corrupt file is caught before it does harm (issue 9 item 9): a damaged file is refused at open with
// the path of the newest good backup, its damage is never backed up over good backups, and rotation
// never removes the last good backup.
import Database from 'better-sqlite3';
import { statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHost } from '../../../main/app';
import {
  backupDatabase,
  dailyBackupIfDue,
  listBackups,
  restoreDatabase,
  rotateBackups,
} from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/open';
import { damageAuditTable, fillAudit } from '../../helpers/damage';
import { tempDir } from '../../helpers/store';
import { memorySecretStore } from '../../../main/secrets/store';

const hosts: AppHost[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.close()));

const day = (d: string) => new Date(`${d}T01:00:00.000Z`);

/** A TienDo file with a filled audit table and two good daily backups (keep = 2), closed. */
async function withTwoGoodBackups() {
  const dir = tempDir();
  const dbFile = path.join(dir, 'tiendo.db');
  const backupDir = path.join(dir, 'backups');
  const db = await openDatabase({ file: dbFile });
  db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('backupKeep', '2', 'now')").run();
  db.close();
  fillAudit(dbFile);
  const again = await openDatabase({ file: dbFile });
  await backupDatabase(again, backupDir, 'hang-ngay', day('2025-03-01'));
  await backupDatabase(again, backupDir, 'hang-ngay', day('2025-03-02'));
  again.close();
  return { dir, dbFile, backupDir };
}

describe('a damaged data file', () => {
  it('is refused at open with the newest good backup, and the good backups all stay', async () => {
    const { dbFile, backupDir } = await withTwoGoodBackups();
    const good = listBackups(backupDir).map((b) => b.name);
    damageAuditTable(dbFile);
    const opening = AppHost.open({
      secrets: memorySecretStore(),
      dbFile,
      mode: 'browser',
      version: 'test',
      dailyBackup: true,
      now: () => day('2025-03-03'),
    });
    await expect(opening).rejects.toThrow(/bị hỏng/);
    await expect(
      AppHost.open({
        secrets: memorySecretStore(),
        dbFile,
        mode: 'browser',
        version: 'test',
        dailyBackup: true,
        now: () => day('2025-03-03'),
      }),
    ).rejects.toThrow(listBackups(backupDir)[0]!.file);
    expect(listBackups(backupDir).map((b) => b.name)).toEqual(good);
  });
});

describe('backups of damaged data', () => {
  it('are kept apart as damaged and never push good backups out of the rotation', async () => {
    const { dbFile, backupDir } = await withTwoGoodBackups();
    damageAuditTable(dbFile);
    // A copy of the damaged file, as a restore makes of the current data before replacing it.
    const raw = new Database(dbFile);
    const copy = await backupDatabase(raw, backupDir, 'truoc-khoi-phuc', day('2025-03-04'));
    const copy2 = await backupDatabase(raw, backupDir, 'thu-cong', day('2025-03-05'));
    raw.close();
    expect(copy.damaged).toBe(true);
    expect(copy2.damaged).toBe(true);
    const listed = listBackups(backupDir);
    expect(listed.map((b) => [b.createdAt.slice(0, 10), b.damaged])).toEqual([
      ['2025-03-05', true],
      ['2025-03-04', true],
      ['2025-03-02', false],
      ['2025-03-01', false],
    ]);
    rotateBackups(backupDir, 1);
    const kept = listBackups(backupDir);
    // The newest good backup survives a rotation to 1, whatever came after it.
    expect(kept.filter((b) => !b.damaged).map((b) => b.createdAt.slice(0, 10))).toEqual(['2025-03-02']);
  });

  it('the daily backup of a file damaged since it was opened is kept apart and rotates nothing away', async () => {
    const { dbFile, backupDir } = await withTwoGoodBackups();
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile,
      mode: 'browser',
      version: 'test',
      now: () => day('2025-03-03'),
    });
    hosts.push(host);
    host.close();
    damageAuditTable(dbFile);
    const raw = new Database(dbFile);
    await expect(dailyBackupIfDue(raw, backupDir, 2, day('2025-03-03'))).rejects.toThrow(/hỏng/);
    raw.close();
    const good = listBackups(backupDir).filter((b) => !b.damaged);
    expect(good.map((b) => b.createdAt.slice(0, 10))).toEqual(['2025-03-02', '2025-03-01']);
  });
});

describe('restoring over a damaged file', () => {
  it('keeps the damaged bytes apart as a damaged copy and brings back whole data', async () => {
    const { dbFile, backupDir } = await withTwoGoodBackups();
    truncateSync(dbFile, Math.floor(statSync(dbFile).size / 2) + 100); // not even a whole page count
    const good = listBackups(backupDir)[0]!;
    const kept = await restoreDatabase(dbFile, good.file, backupDir, day('2025-03-03'));
    expect(kept).toMatchObject({ reason: 'truoc-khoi-phuc', damaged: true });
    expect(kept!.name).toMatch(/truoc-khoi-phuc-hong\.db$/);
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile,
      mode: 'browser',
      version: 'test',
    });
    hosts.push(host);
    expect((host.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n).toBe(3000);
  });
});
