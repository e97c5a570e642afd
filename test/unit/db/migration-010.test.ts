// Migration 010 (the code-order index): exact version, the index and trigger it adds, a v9 file whose
// task another tool inserted (no key row) upgraded with that task's keys, and a task another tool inserts
// afterwards given a row with NULL keys, so the list falls back to the general order and stays right.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { createContext } from '../../../main/services/context';
import { listTasks } from '../../../main/services/tasks';
import { sortKey } from '../../../shared/text/collate';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m010-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-11-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';
const OTHER_TOOL = '00000000-0000-4000-8000-000000000009';

function insertPlan(db: Database.Database): void {
  db.prepare(
    `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
     VALUES (?, '45/KH-UBND', 'Kế hoạch 2025', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
  ).run(PLAN, AT, AT);
}

/** A task inserted by another SQLite tool: the task row alone. */
function insertBareTask(db: Database.Database, id: string, code: string, title: string): void {
  db.prepare(
    `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'dang_thuc_hien', 10, ?, ?)`,
  ).run(id, PLAN, code, title, AT, AT);
}

const codes = (db: Database.Database) =>
  listTasks(createContext(db, { now: () => new Date(AT) }), {
    planId: PLAN,
    pillarId: null,
    leadAgencyId: null,
    situations: [],
    dueFrom: null,
    dueTo: null,
    q: '',
    at: '2025-11-01',
    sort: 'code',
    dir: 'asc',
    offset: 0,
    limit: 200,
  }).rows.map((r) => r.code);

describe('migration 010: the code-order index', () => {
  it('is migration number 10, with a step in code that fills missing keys', () => {
    const m = MIGRATIONS.find((x) => x.name === 'code-order');
    expect(m?.version).toBe(10);
    expect(typeof m?.up).toBe('function');
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(10);
  });

  it('adds the index on (code_key, task_id) and the insert trigger, bumping user_version to exactly 10', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 9);
      migrate(db, 9, 10);
      expect(schemaVersion(db)).toBe(10);
      const index = (db.prepare('PRAGMA index_info(task_sort_key_code)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(index).toEqual(['code_key', 'task_id']);
      const trigger = db
        .prepare("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = 'task_sort_key_row'")
        .pluck()
        .get();
      expect(trigger).toBe('task');
      const schemaSql = (
        db.prepare('SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL').pluck().all() as string[]
      ).join('\n');
      expect(schemaSql).not.toMatch(/tiendo_sort_key/);
    } finally {
      db.close();
    }
  });

  it('upgrades a v9 file: a task another tool inserted gets its keys, and the list orders as before', async () => {
    const file = path.join(dir, 'tiendo.db');
    const v9 = new Database(file);
    migrate(v9, 0, 9);
    insertPlan(v9);
    insertBareTask(v9, '00000000-0000-4000-8000-000000000001', '1.10', 'Số hóa hồ sơ');
    insertBareTask(v9, '00000000-0000-4000-8000-000000000002', '1.9', 'Đào tạo cán bộ');
    expect(v9.prepare('SELECT COUNT(*) FROM task_sort_key').pluck().get()).toBe(0);
    v9.close();
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(
        db.prepare('SELECT task_id, code_key, title_key FROM task_sort_key ORDER BY task_id').all(),
      ).toEqual([
        {
          task_id: '00000000-0000-4000-8000-000000000001',
          code_key: sortKey('1.10'),
          title_key: sortKey('Số hóa hồ sơ'),
        },
        {
          task_id: '00000000-0000-4000-8000-000000000002',
          code_key: sortKey('1.9'),
          title_key: sortKey('Đào tạo cán bộ'),
        },
      ]);
      expect(codes(db)).toEqual(['1.9', '1.10']);
    } finally {
      db.close();
    }
  });

  it('gives a task another tool inserts a row with no keys, and the list still places it by its code', async () => {
    const file = path.join(dir, 'tiendo.db');
    const db = await openDatabase({ file });
    try {
      insertPlan(db);
      insertBareTask(db, '00000000-0000-4000-8000-000000000001', '1.10', 'Số hóa hồ sơ');
      insertBareTask(db, '00000000-0000-4000-8000-000000000002', '1.2', 'Đào tạo cán bộ');
      db.prepare('UPDATE task_sort_key SET code_key = ?, title_key = ? WHERE task_id = ?').run(
        sortKey('1.10'),
        sortKey('Số hóa hồ sơ'),
        '00000000-0000-4000-8000-000000000001',
      );
      insertBareTask(db, OTHER_TOOL, '1.9', 'Cổng dịch vụ công');
      expect(
        db.prepare('SELECT code_key, title_key FROM task_sort_key WHERE task_id = ?').get(OTHER_TOOL),
      ).toEqual({
        code_key: null,
        title_key: null,
      });
      // Keyless tasks are ordered by tiendo_sort_key of their code, among the keyed ones.
      expect(codes(db)).toEqual(['1.2', '1.9', '1.10']);
    } finally {
      db.close();
    }
  });
});
