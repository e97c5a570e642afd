// Migration 009 (sort keys): exactly version 9, the task_sort_key table with its three triggers and the
// dashboard's covering index; an older file's tasks get their keys filled by the up step.
import Database from 'better-sqlite3';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/db/migrations';
import { migrate, schemaVersion } from '../../../main/db/open';
import { sortKey } from '../../../shared/text/collate';
import { tempDir } from '../../helpers/store';
import { addedObjects, schemaLines } from './schemaDump';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m009-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-12-01T00:00:00.000Z';

describe('migration 009: sort keys', () => {
  it('is number 9 and upgrades a v8 file with tasks: exactly v9, keys filled, stale keys cleared', () => {
    expect(MIGRATIONS.find((m) => m.name === 'sort-keys')?.version).toBe(9);
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 8);
      db.prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
              VALUES ('p1', '45/KH-UBND', 'Kế hoạch', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
      ).run(AT, AT);
      db.prepare(
        `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
              VALUES ('t1', 'p1', '1.10', 'Đường truyền', 'dang_thuc_hien', 0, ?, ?)`,
      ).run(AT, AT);
      const before = schemaLines(db);
      migrate(db, 8, 9);
      expect(schemaVersion(db)).toBe(9);
      expect(addedObjects(before, schemaLines(db))).toEqual([
        'index task_plan_groups',
        'table task_sort_key',
        'trigger task_code_key_stale',
        'trigger task_sort_key_gone',
        'trigger task_title_key_stale',
      ]);
      expect(db.prepare('SELECT task_id, code_key, title_key FROM task_sort_key').all()).toEqual([
        { task_id: 't1', code_key: sortKey('1.10'), title_key: sortKey('Đường truyền') },
      ]);
      // A title changed by another tool clears its key (the code key stays), until the service writes it.
      db.prepare("UPDATE task SET title = 'Máy chủ' WHERE id = 't1'").run();
      expect(db.prepare('SELECT code_key, title_key FROM task_sort_key').get()).toEqual({
        code_key: sortKey('1.10'),
        title_key: null,
      });
      db.prepare("DELETE FROM task WHERE id = 't1'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM task_sort_key').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
