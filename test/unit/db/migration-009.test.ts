// Migration 009 (stored sort keys, the dashboard's covering index): a v6 file with tasks opens at the
// current schema with every task's code and title keys filled, the task list still ordered naturally
// ('1.9' before '1.10'), a key cleared by the triggers when another tool changes its text or deletes the
// task, and the covering index the dashboard counts from.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { createContext } from '../../../main/services/context';
import { listTasks, updateTask } from '../../../main/services/tasks';
import { sortKey } from '../../../shared/text/collate';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m009-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-11-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';
const TASKS = [
  { id: '00000000-0000-4000-8000-000000000001', code: '1.10', title: 'Số hóa hồ sơ' },
  { id: '00000000-0000-4000-8000-000000000002', code: '1.9', title: 'Đào tạo cán bộ' },
  { id: '00000000-0000-4000-8000-000000000003', code: '1.2a', title: 'Cổng dịch vụ công' },
];

/** A file as TienDo wrote it at schema v6: a plan and three tasks, no stored keys. */
function writeV6File(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 6);
  db.prepare(
    `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
     VALUES (?, '45/KH-UBND', 'Kế hoạch 2025', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
  ).run(PLAN, AT, AT);
  const task = db.prepare(
    `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'dang_thuc_hien', 10, ?, ?)`,
  );
  for (const t of TASKS) task.run(t.id, PLAN, t.code, t.title, AT, AT);
  db.close();
}

const keys = (db: Database.Database) =>
  db.prepare('SELECT task_id, code_key, title_key FROM task_sort_key ORDER BY task_id').all();

describe('migration 009: stored sort keys', () => {
  it('is migration number 9, with a step in code that fills the keys', () => {
    const m = MIGRATIONS.find((x) => x.name === 'sort-keys');
    expect(m?.version).toBe(9);
    expect(typeof m?.up).toBe('function');
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(9);
  });

  it('adds task_sort_key, its triggers and the covering index, bumping user_version to exactly 9', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 6);
      migrate(db, 6, 9);
      expect(schemaVersion(db)).toBe(9);
      const columns = (db.prepare('PRAGMA table_info(task_sort_key)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns).toEqual(['task_id', 'code_key', 'title_key']);
      const triggers = (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'task'").all() as {
          name: string;
        }[]
      ).map((t) => t.name);
      expect(triggers).toEqual(
        expect.arrayContaining(['task_code_key_stale', 'task_title_key_stale', 'task_sort_key_gone']),
      );
      const index = (db.prepare('PRAGMA index_xinfo(task_plan_groups)').all() as { name: string | null }[])
        .map((c) => c.name)
        .filter((n): n is string => n !== null);
      expect(index.slice(0, 6)).toEqual([
        'plan_id',
        'pillar_id',
        'lead_agency_id',
        'state',
        'due_date',
        'completed_on',
      ]);
      // The schema names no function of TienDo's: any SQLite tool can read and write the file.
      const schemaSql = (
        db.prepare('SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL').pluck().all() as string[]
      ).join('\n');
      expect(schemaSql).not.toMatch(/tiendo_sort_key/);
    } finally {
      db.close();
    }
  });

  it('upgrades a v6 file: every task gets the keys of its code and title, and lists order as before', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV6File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(keys(db)).toEqual(
        TASKS.map((t) => ({ task_id: t.id, code_key: sortKey(t.code), title_key: sortKey(t.title) })),
      );
      const ctx = createContext(db, { now: () => new Date(AT) });
      const codes = (sort: 'code' | 'title') =>
        listTasks(ctx, {
          planId: PLAN,
          pillarId: null,
          leadAgencyId: null,
          situations: [],
          dueFrom: null,
          dueTo: null,
          q: '',
          at: '2025-11-01',
          sort,
          dir: 'asc',
          offset: 0,
          limit: 200,
        }).rows.map((r) => r.code);
      expect(codes('code')).toEqual(['1.2a', '1.9', '1.10']);
      // Cổng < Đào < Số: đ is a letter of its own after d.
      expect(codes('title')).toEqual(['1.2a', '1.9', '1.10']);
    } finally {
      db.close();
    }
  });

  it('clears a key when another tool changes the text, and the service writes the new one', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV6File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      const [first, second, third] = TASKS;
      db.prepare("UPDATE task SET code = '2.1' WHERE id = ?").run(first!.id);
      db.prepare('UPDATE task SET progress = 50 WHERE id = ?').run(second!.id);
      db.prepare('DELETE FROM task WHERE id = ?').run(third!.id);
      expect(keys(db)).toEqual([
        { task_id: first!.id, code_key: null, title_key: sortKey(first!.title) },
        { task_id: second!.id, code_key: sortKey(second!.code), title_key: sortKey(second!.title) },
      ]);
      const ctx = createContext(db, { now: () => new Date(AT) });
      updateTask(ctx, first!.id, { code: '2.10', title: 'Ứng dụng' });
      expect(keys(db)[0]).toEqual({
        task_id: first!.id,
        code_key: sortKey('2.10'),
        title_key: sortKey('Ứng dụng'),
      });
    } finally {
      db.close();
    }
  });
});
