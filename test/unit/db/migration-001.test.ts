// Migration 001 (initial schema): an empty file becomes exactly version 1 with the first release's
// tables, each STRICT, with foreign keys enforced, and nothing of a later migration.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/db/migrations';
import { migrate, schemaVersion } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';
import { rmSync } from 'node:fs';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m001-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-12-01T00:00:00.000Z';

describe('migration 001: initial schema', () => {
  it('is number 1, named initial, and sets user_version to exactly 1', () => {
    expect(MIGRATIONS[0]).toMatchObject({ version: 1, name: 'initial' });
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 1);
      expect(schemaVersion(db)).toBe(1);
      const tables = (
        db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'")
          .all() as { name: string }[]
      ).map((r) => r.name);
      // The domain of the first release, and none of the tables later migrations add.
      for (const t of [
        'plan',
        'pillar',
        'agency',
        'task',
        'indicator',
        'meeting',
        'setting',
        'audit',
        'submission',
      ])
        expect(tables).toContain(t);
      for (const later of ['report_draft', 'meeting_notice', 'change_set', 'task_sort_key'])
        expect(tables).not.toContain(later);
    } finally {
      db.close();
    }
  });

  it('stores a plan and refuses a task of a plan that does not exist', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      db.pragma('foreign_keys = ON');
      migrate(db, 0, 1);
      db.prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
              VALUES ('p1', '45/KH-UBND', 'Kế hoạch', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
      ).run(AT, AT);
      expect(db.prepare('SELECT code FROM plan').all()).toEqual([{ code: '45/KH-UBND' }]);
      expect(() =>
        db
          .prepare(
            `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
                  VALUES ('t1', 'khong-co', '1', 'Nhiệm vụ', 'dang_thuc_hien', 0, ?, ?)`,
          )
          .run(AT, AT),
      ).toThrow(/FOREIGN KEY/);
      // STRICT tables refuse a text where a number belongs.
      expect(() =>
        db
          .prepare(
            `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
                  VALUES ('p2', 'x', 'y', 'năm nay', 2025, 'dang_thuc_hien', ?, ?)`,
          )
          .run(AT, AT),
      ).toThrow(/cannot store TEXT value in INTEGER column/);
    } finally {
      db.close();
    }
  });
});
