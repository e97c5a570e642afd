import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../main/db/backup';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { AppError } from '../../../main/errors';
import { TIENDO_APPLICATION_ID } from '../../../main/db/fileCheck';
import { tempDir } from '../../helpers/store';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('openDatabase', () => {
  it('creates a new file at the current schema with WAL, foreign keys, a busy timeout and a 64 MiB page cache', async () => {
    const file = path.join(tempDir(), 'new.db');
    const db = await openDatabase({ file });
    cleanups.push(() => db.close());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65_536);
  });

  it('refuses a file from a newer version and leaves it byte-for-byte untouched', async () => {
    const file = path.join(tempDir(), 'future.db');
    const future = new Database(file);
    future.exec('CREATE TABLE something_new (x)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.pragma(`application_id = ${TIENDO_APPLICATION_ID}`); // a newer TienDo marks its files too
    future.close();
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    await expect(openDatabase({ file })).rejects.toThrow(AppError);
    await expect(openDatabase({ file })).rejects.toThrow(/phiên bản TienDo mới hơn/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('refuses a file that is not a database with a message that says what to do', async () => {
    const file = path.join(tempDir(), 'garbage.db');
    writeFileSync(
      file,
      'this is not sqlite at all, just some text that is long enough to have a header'.repeat(20),
    );
    await expect(openDatabase({ file })).rejects.toThrow(/khôi phục từ một bản sao lưu/);
  });

  it('backs up an existing file before migrating it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    // A file with data at schema 1; the later migrations are pending.
    const db0 = new Database(file);
    migrate(db0, 0, 1);
    db0.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('x', '1', 'now')").run();
    db0.close();
    if (SCHEMA_VERSION > 1) {
      const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
      db.close();
      expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['truoc-nang-cap-v1']);
    } else {
      expect(listBackups(path.join(dir, 'backups'))).toEqual([]);
    }
  });
});

describe('migration 1 (initial schema)', () => {
  it('creates every table of the v1 domain model in one step and bumps user_version', () => {
    const db = new Database(':memory:');
    migrate(db, 0, 1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    for (const t of [
      'agency',
      'pillar',
      'plan',
      'task',
      'task_supporting_agency',
      'indicator',
      'indicator_target',
      'indicator_value',
      'meeting',
      'conclusion',
      'submission',
      'outbox',
      'audit',
      'setting',
      'search_index',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('rolls back entirely when a migration fails half-way', () => {
    const db = new Database(':memory:');
    const broken = { version: 1, name: 'broken', sql: 'CREATE TABLE a (x); CREATE TABLE a (x);' };
    const original = MIGRATIONS[0]!;
    (MIGRATIONS as { version: number; name: string; sql: string }[])[0] = broken;
    try {
      expect(() => migrate(db, 0, 1)).toThrow();
    } finally {
      (MIGRATIONS as { version: number; name: string; sql: string }[])[0] = original;
    }
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });
});
