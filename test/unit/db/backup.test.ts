import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupDatabase,
  dailyBackupIfDue,
  listBackups,
  restoreDatabase,
  rotateBackups,
} from '../../../main/db/backup';
import { checkDatabase } from '../../../main/db/check';
import { openDatabase } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));

async function dbWith(dir: string, value: string) {
  const db = await openDatabase({ file: path.join(dir, 'tiendo.db') });
  open.push(db);
  db.prepare(
    "INSERT INTO setting (key, value, updated_at) VALUES ('marker', ?, 'now') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(value);
  return db;
}
const marker = (db: Database.Database) =>
  (db.prepare("SELECT value FROM setting WHERE key = 'marker'").get() as { value: string }).value;

describe('backups', () => {
  it('makes a consistent copy of a live WAL database with the backup API', async () => {
    const dir = tempDir();
    const db = await dbWith(dir, '"a"');
    const info = await backupDatabase(
      db,
      path.join(dir, 'backups'),
      'thu-cong',
      new Date('2025-03-04T05:06:07.089Z'),
    );
    expect(info.name).toBe('tiendo-2025-03-04T05-06-07-089Z-thu-cong.db');
    const copy = new Database(info.file, { readonly: true });
    open.push(copy);
    expect(marker(copy)).toBe('"a"');
    expect(checkDatabase(copy).ok).toBe(true);
  });

  it('lists newest first and rotates to keep the last N', async () => {
    const dir = tempDir();
    const db = await dbWith(dir, '"a"');
    const bdir = path.join(dir, 'backups');
    for (let day = 1; day <= 5; day++)
      await backupDatabase(db, bdir, 'hang-ngay', new Date(`2025-03-0${day}T01:00:00Z`));
    expect(listBackups(bdir).map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2025-03-05',
      '2025-03-04',
      '2025-03-03',
      '2025-03-02',
      '2025-03-01',
    ]);
    rotateBackups(bdir, 2);
    expect(listBackups(bdir).map((b) => b.createdAt.slice(0, 10))).toEqual(['2025-03-05', '2025-03-04']);
  });

  it('makes the daily backup once a day', async () => {
    const dir = tempDir();
    const db = await dbWith(dir, '"a"');
    const bdir = path.join(dir, 'backups');
    expect(await dailyBackupIfDue(db, bdir, 7, new Date('2025-03-01T01:00:00Z'))).not.toBeNull();
    expect(await dailyBackupIfDue(db, bdir, 7, new Date('2025-03-01T09:00:00Z'))).toBeNull();
    expect(await dailyBackupIfDue(db, bdir, 7, new Date('2025-03-02T01:00:00Z'))).not.toBeNull();
    expect(listBackups(bdir)).toHaveLength(2);
  });

  it('restores a backup and keeps the current data as a backup first', async () => {
    const dir = tempDir();
    const bdir = path.join(dir, 'backups');
    const db = await dbWith(dir, '"before"');
    const saved = await backupDatabase(db, bdir, 'thu-cong', new Date('2025-03-01T01:00:00Z'));
    db.prepare("UPDATE setting SET value = '\"after\"' WHERE key = 'marker'").run();
    db.close();
    const kept = await restoreDatabase(
      path.join(dir, 'tiendo.db'),
      saved.file,
      bdir,
      new Date('2025-03-02T01:00:00Z'),
    );
    const restored = await openDatabase({ file: path.join(dir, 'tiendo.db') });
    open.push(restored);
    expect(marker(restored)).toBe('"before"');
    const keptDb = new Database(kept!.file, { readonly: true });
    open.push(keptDb);
    expect(marker(keptDb)).toBe('"after"');
    expect(kept!.reason).toBe('truoc-khoi-phuc');
  });

  it('refuses to restore from a file that is not a TienDo backup, changing nothing', async () => {
    const dir = tempDir();
    const db = await dbWith(dir, '"keep"');
    db.close();
    const bogus = path.join(dir, 'bogus.db');
    writeFileSync(bogus, 'not a database'.repeat(100));
    await expect(
      restoreDatabase(path.join(dir, 'tiendo.db'), bogus, path.join(dir, 'backups'), new Date()),
    ).rejects.toThrow(/không phải cơ sở dữ liệu/);
    const other = path.join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    await expect(
      restoreDatabase(path.join(dir, 'tiendo.db'), other, path.join(dir, 'backups'), new Date()),
    ).rejects.toThrow(/không phải bản sao lưu TienDo/);
    const again = await openDatabase({ file: path.join(dir, 'tiendo.db') });
    open.push(again);
    expect(marker(again)).toBe('"keep"');
  });
});
