// Migration 007 (collection rounds, imports): number 7 exactly; it adds the database's identity (one
// random id), the round tables and the import records, and a v6 file with data upgrades to it with its
// records untouched.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m007-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-11-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';
const TASK = '33333333-3333-4333-8333-333333333333';

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 007: collection rounds and imports', () => {
  it('is number 7, after the value versions', () => {
    expect(MIGRATIONS.find((m) => m.name === 'collection-rounds')?.version).toBe(7);
    expect(MIGRATIONS.find((m) => m.version === 6)?.name).toBe('value-versions');
  });

  it('adds exactly its tables, bumping user_version from 6 to 7', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 6);
      const before = new Set(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          (r) => r.name,
        ),
      );
      migrate(db, 6, 7);
      expect(schemaVersion(db)).toBe(7);
      const added = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      )
        .map((r) => r.name)
        .filter((n) => !before.has(n))
        .sort();
      expect(added).toEqual([
        'collection_round',
        'database_identity',
        'imported_task',
        'plan_import',
        'round_agency',
        'round_form_import',
      ]);
      expect(columns(db, 'collection_round')).toEqual([
        'id',
        'plan_id',
        'period',
        'due_date',
        'created_at',
        'updated_at',
        'archived_at',
      ]);
      expect(columns(db, 'round_agency')).toEqual([
        'round_id',
        'agency_id',
        'issued_at',
        'sent_at',
        'sent_channel',
        'outbox_id',
        'reminded_at',
      ]);
      expect(columns(db, 'round_form_import')).toEqual([
        'id',
        'round_id',
        'agency_id',
        'file_name',
        'sha256',
        'form_issued_at',
        'form_date',
        'imported_at',
        'change_set_id',
        'updated_rows',
        'unchanged_rows',
      ]);
      expect(columns(db, 'imported_task')).toEqual([
        'task_id',
        'import_id',
        'sheet',
        'row_number',
        'due_text',
        'agencies_text',
        'note',
      ]);
      const indexes = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      expect(indexes).toEqual(
        expect.arrayContaining([
          'collection_round_plan',
          'round_agency_agency',
          'round_form_import_round',
          'round_form_import_sha',
          'round_form_import_change_set',
          'plan_import_plan',
          'imported_task_import',
        ]),
      );
    } finally {
      db.close();
    }
  });

  it('gives each database one random identity of 32 hex characters', () => {
    const ids = ['a.db', 'b.db'].map((name) => {
      const db = new Database(path.join(dir, name));
      try {
        migrate(db, 0, 7);
        const rows = db.prepare('SELECT id FROM database_identity').all() as { id: string }[];
        expect(rows).toHaveLength(1);
        expect(rows[0]!.id).toMatch(/^[0-9a-f]{32}$/);
        return rows[0]!.id;
      } finally {
        db.close();
      }
    });
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('upgrades a v6 file with a plan and a task, keeping them as they were', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    migrate(old, 0, 6);
    old
      .prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
         VALUES (?, '45/KH-UBND', 'Kế hoạch 2026', 2026, 2026, 'dang_thuc_hien', ?, ?)`,
      )
      .run(PLAN, AT, AT);
    old
      .prepare(
        `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
         VALUES (?, ?, '1.2', 'Nhiệm vụ', 'dang_thuc_hien', 40, ?, ?)`,
      )
      .run(TASK, PLAN, AT, AT);
    old.close();
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT code, progress, updated_at FROM task').get()).toEqual({
        code: '1.2',
        progress: 40,
        updated_at: AT,
      });
      expect(db.prepare('SELECT COUNT(*) AS n FROM database_identity').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM collection_round').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
