// Migration 005 (change sets): an older file with audit rows opens with the change_set table and
// audit.change_set_id, its old rows kept and without a change set (shown, never undoable), and the
// first write after the upgrade grouped into a change set of its own.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../../main/services/changes/list';
import { createContext } from '../../../main/services/context';
import { updateTask } from '../../../main/services/tasks';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { MIGRATIONS } from '../../../main/db/migrations';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m005-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-11-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';
const TASK = '33333333-3333-4333-8333-333333333333';

/** A file as the release before change sets wrote it: a plan, a task and the audit rows of both. */
function writeOldFile(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 4);
  db.prepare(
    `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
     VALUES (?, '45/KH-UBND', 'Kế hoạch 2026', 2026, 2026, 'dang_thuc_hien', ?, ?)`,
  ).run(PLAN, AT, AT);
  db.prepare(
    `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
     VALUES (?, ?, '1.2', 'Nhiệm vụ', 'dang_thuc_hien', 40, ?, ?)`,
  ).run(TASK, PLAN, AT, AT);
  const audit = db.prepare(
    `INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES (?, 'Thư ký', ?, ?, ?, ?, ?)`,
  );
  audit.run(AT, 'plan', PLAN, 'create', null, '{"code":"45/KH-UBND"}');
  audit.run(AT, 'task', TASK, 'update', '{"progress":20}', '{"progress":40}');
  db.close();
}

describe('migration 005: change sets', () => {
  it('is number 5, after the meeting notice', () => {
    const m = MIGRATIONS.find((x) => x.name === 'change-sets');
    expect(m?.version).toBe(5);
  });

  it('adds change_set and audit.change_set_id, bumping user_version to exactly 5', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 4);
      migrate(db, 4, 5);
      expect(schemaVersion(db)).toBe(5);
      const columns = (table: string) =>
        (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns('change_set')).toEqual([
        'id',
        'at',
        'actor',
        'kind',
        'label',
        'reverts_id',
        'reverted_by',
      ]);
      expect(columns('audit')).toContain('change_set_id');
      const indexes = (db.prepare(`PRAGMA index_list(audit)`).all() as { name: string }[]).map((i) => i.name);
      expect(indexes).toContain('audit_change_set');
      // The change set an audit row names must exist.
      db.pragma('foreign_keys = ON');
      expect(() =>
        db
          .prepare(
            `INSERT INTO audit (at, actor, entity, entity_id, action, change_set_id) VALUES (?, 'x', 'task', 't', 'update', 42)`,
          )
          .run(AT),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('upgrades an older file with audit rows: the rows stay, without a change set, and new writes get one', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeOldFile(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups'), now: () => new Date(AT) });
    try {
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
      const old = db.prepare('SELECT entity, change_set_id FROM audit ORDER BY seq').all();
      expect(old).toEqual([
        { entity: 'plan', change_set_id: null },
        { entity: 'task', change_set_id: null },
      ]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM change_set').get()).toEqual({ n: 0 });

      const ctx = createContext(db, {
        now: () => new Date('2026-12-01T02:00:00.000Z'),
        actor: () => 'Trần Thị A',
      });
      updateTask(ctx, TASK, { progress: 60 });
      const [latest, legacy] = listChanges(ctx, { entity: 'task', entityId: TASK, limit: 10 });
      expect(latest).toMatchObject({
        kind: 'system',
        actor: 'Trần Thị A',
        entryCount: 1,
        cannotUndo: expect.any(String),
      });
      expect(latest!.id).toBeGreaterThan(0);
      expect(legacy).toMatchObject({ id: null, actor: 'Thư ký', label: 'Sửa nhiệm vụ' });
      expect(legacy!.cannotUndo).toMatch(/trước khi TienDo có chức năng hoàn tác/);
    } finally {
      db.close();
    }
  });
});
