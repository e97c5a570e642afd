// A file that is not ours is never changed (issue 8 item 9... issue 9 item 8): another program's SQLite
// file, one whose tables clash with ours, one marked by another application, and a zero-byte file are
// refused and left byte-identical, with no -wal, -shm or lock file beside them. Files of earlier TienDo
// versions (user_version 1..3, not yet marked) are recognised by their schema and marked when upgraded.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHost } from '../../../main/app';
import { TIENDO_APPLICATION_ID } from '../../../main/db/fileCheck';
import { migrate, openDatabase } from '../../../main/db/open';
import { SCHEMA_VERSION } from '../../../main/db/migrations';
import { snapshot } from '../../helpers/damage';
import { tempDir } from '../../helpers/store';
import { memorySecretStore } from '../../../main/secrets/store';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

async function expectRefusedUntouched(file: string, message: RegExp): Promise<void> {
  const before = snapshot(file);
  await expect(openDatabase({ file })).rejects.toThrow(message);
  await expect(
    AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      mode: 'browser',
      version: 'test',
      dailyBackup: true,
    }),
  ).rejects.toThrow(message);
  const after = snapshot(file);
  expect(after.bytes.equals(before.bytes)).toBe(true);
  expect({ wal: after.wal, shm: after.shm, lock: after.lock }).toEqual({
    wal: before.wal,
    shm: before.shm,
    lock: before.lock,
  });
}

describe('a file that is not ours', () => {
  it("refuses another program's SQLite file and adds nothing to it", async () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'A')",
    );
    other.close();
    await expectRefusedUntouched(file, /không phải tệp dữ liệu TienDo/);
  });

  it('refuses a WAL-mode file whose tables clash with ours without touching its journal mode', async () => {
    const file = path.join(tempDir(), 'clash.db');
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE setting (name TEXT, n INTEGER)');
    other.pragma('user_version = 2');
    other.close();
    await expectRefusedUntouched(file, /không phải tệp dữ liệu TienDo/);
    const check = new Database(file, { readonly: true });
    opened.push(check);
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal'); // as it was written, not by us
  });

  it('refuses a file marked by another application (a GeoPackage)', async () => {
    const file = path.join(tempDir(), 'map.gpkg');
    const other = new Database(file);
    other.pragma('application_id = 1196444487'); // 'GPKG'
    other.exec('CREATE TABLE gpkg_contents (table_name TEXT)');
    other.close();
    await expectRefusedUntouched(file, /không phải tệp dữ liệu TienDo/);
  });

  it('refuses a zero-byte file: it stays empty and nothing appears beside it', async () => {
    const file = path.join(tempDir(), 'empty.db');
    writeFileSync(file, '');
    await expectRefusedUntouched(file, /rỗng/);
    expect(snapshot(file).bytes.length).toBe(0);
  });

  it('refuses an empty SQLite file created by another tool (not new, not marked)', async () => {
    const file = path.join(tempDir(), 'vacuumed.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x); DROP TABLE t;');
    other.close();
    await expectRefusedUntouched(file, /không phải tệp dữ liệu TienDo/);
  });
});

describe('our files', () => {
  it('marks a new file with the application id', async () => {
    const file = path.join(tempDir(), 'new.db');
    const db = await openDatabase({ file });
    opened.push(db);
    expect(db.pragma('application_id', { simple: true })).toBe(TIENDO_APPLICATION_ID);
  });

  it.each([1, 2, 3])(
    'recognises an unmarked file of schema %i by its tables, keeps its data and marks it',
    async (version) => {
      const dir = tempDir();
      const file = path.join(dir, 'old.db');
      const old = new Database(file);
      old.pragma('journal_mode = WAL');
      migrate(old, 0, version);
      old.pragma('application_id = 0'); // written before TienDo marked its files
      old.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('marker', '\"giữ\"', 'now')").run();
      old.close();
      const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
      opened.push(db);
      expect(db.pragma('application_id', { simple: true })).toBe(TIENDO_APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT value FROM setting WHERE key = 'marker'").get()).toEqual({ value: '"giữ"' });
    },
  );

  it('refuses an unmarked schema-2 file that lacks a column of migration 1', async () => {
    const file = path.join(tempDir(), 'almost.db');
    const old = new Database(file);
    migrate(old, 0, 2);
    old.pragma('application_id = 0');
    old.exec('ALTER TABLE audit DROP COLUMN actor');
    old.close();
    await expectRefusedUntouched(file, /không phải tệp dữ liệu TienDo/);
  });
});
