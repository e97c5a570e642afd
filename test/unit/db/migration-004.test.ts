// Migration 004 (integrity): an old file that already breaks the new rules (duplicate codes and meeting
// numbers, inconsistent tasks) still upgrades. The upgrade records what it found, creates the unique
// indexes nothing breaks and leaves the others pending; the data check lists each problem with a fix,
// the fixes go through the normal update methods (audited), and then every constraint exists.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter } from '../../../main/api';
import { AppHost } from '../../../main/app';
import { listBackups } from '../../../main/db/backup';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import type { DataProblem, DataProblems } from '../../../shared/api/types';
import { memorySecretStore } from '../../../main/secrets/store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tiendo-m004-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2025-11-20T03:00:00.000Z');
const PLAN = '11111111-1111-4111-8111-111111111111';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const UNIQUE_INDEXES = [
  'agency_code_nocase',
  'indicator_code_unique',
  'meeting_number_year',
  'pillar_code_nocase',
  'task_code_unique',
];

/** A v3 file as an older TienDo could leave it: duplicates and tasks that break today's rules. */
function writeV3File(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 3);
  const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;
  db.prepare(
    `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
     VALUES (?, '45/KH-UBND', 'Kế hoạch chuyển đổi số năm 2025', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
  ).run(PLAN, at(1), at(1));
  const agency = db.prepare(
    `INSERT INTO agency (id, code, name, kind, created_at, updated_at) VALUES (?, ?, ?, 'so_ban_nganh', ?, ?)`,
  );
  agency.run(id(1), 'SYT', 'Sở Y tế', at(1), at(1));
  agency.run(id(2), 'syt', 'Sở Y tế (nhập trùng)', at(2), at(2)); // v1's index was case-sensitive
  const task = db.prepare(
    `INSERT INTO task (id, plan_id, code, title, state, progress, completed_on, start_date, due_date, archived_at, created_at, updated_at)
     VALUES (@id, '${PLAN}', @code, @title, @state, @progress, @completed, @start, @due, @archived, @at, @at)`,
  );
  const t = (n: number, code: string, over: Record<string, unknown> = {}) =>
    task.run({
      id: id(100 + n),
      code,
      title: `Nhiệm vụ ${n}`,
      state: 'dang_thuc_hien',
      progress: 40,
      completed: null,
      start: null,
      due: '2025-12-31',
      archived: null,
      at: at(n),
      ...over,
    });
  t(1, 'ATTT.01');
  t(2, 'ATTT.01'); // a later duplicate
  t(3, 'attt.01', { state: 'chua_thuc_hien', progress: 90 }); // duplicate and inconsistent
  t(4, 'ATTT.01', { archived: at(4) }); // archived: blocks nothing
  t(5, 'ATTT.01-2', { code: 'ATTT.01-2' }); // takes the first proposed name: the fix moves on to -3
  t(6, 'CQS.01', { progress: 100, completed: '2025-10-01' }); // 100% and a date, state left open
  t(7, 'CQS.02', { start: '2025-09-01', due: '2025-08-01' }); // dates the other way round
  const meeting = db.prepare(
    `INSERT INTO meeting (id, number, held_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  meeting.run(id(201), 4, '2025-06-10', at(1), at(1));
  meeting.run(id(202), 4, '2025-09-12', at(2), at(2)); // the same number in the same year
  meeting.run(id(203), 4, '2024-06-10', at(3), at(3)); // numbers restart each year: fine
  const indicator = db.prepare(
    `INSERT INTO indicator (id, plan_id, code, name, unit, direction, created_at, updated_at)
     VALUES (?, '${PLAN}', 'CT01', ?, '%', 'increase', ?, ?)`,
  );
  indicator.run(id(301), 'Tỷ lệ hồ sơ trực tuyến', at(1), at(1));
  indicator.run(id(302), 'Tỷ lệ hồ sơ trực tuyến (bản sao)', at(2), at(2));
  expect(db.pragma('user_version', { simple: true })).toBe(3);
  db.close();
}

const indexes = (db: Database.Database) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY name",
      )
      .all(JSON.stringify(UNIQUE_INDEXES)) as { name: string }[]
  ).map((r) => r.name);

describe('migration 004: integrity', () => {
  it('is version 4 and, on a clean file, creates every unique index and the task triggers', () => {
    const db = new Database(':memory:');
    migrate(db, 0, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(indexes(db)).toEqual(UNIQUE_INDEXES);
    expect(db.prepare('SELECT COUNT(*) AS n FROM pending_index').get()).toEqual({ n: 0 });
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    expect(triggers).toEqual([
      { name: 'task_rules_completion' },
      { name: 'task_rules_dates' },
      { name: 'task_rules_insert' },
      { name: 'task_rules_progress' },
    ]);
    // The older case-sensitive indexes are replaced by the case-insensitive ones.
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name IN ('agency_code', 'pillar_code')").all(),
    ).toEqual([]);
    db.close();
  });

  it('upgrades an old file that breaks the rules: records the problems, defers the indexes it cannot create', () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = new Database(file);
    migrate(db, 3, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(
      db
        .prepare('SELECT kind, entity, entity_id, detail FROM data_problem ORDER BY kind, entity, entity_id')
        .all(),
    ).toEqual([
      { kind: 'duplicate_code', entity: 'agency', entity_id: id(2), detail: id(1) },
      { kind: 'duplicate_code', entity: 'indicator', entity_id: id(302), detail: id(301) },
      { kind: 'duplicate_code', entity: 'task', entity_id: id(102), detail: id(101) },
      { kind: 'duplicate_code', entity: 'task', entity_id: id(103), detail: id(101) },
      { kind: 'duplicate_meeting_number', entity: 'meeting', entity_id: id(202), detail: id(201) },
      { kind: 'inconsistent_task', entity: 'task', entity_id: id(103), detail: 'not_started_with_progress' },
      {
        kind: 'inconsistent_task',
        entity: 'task',
        entity_id: id(106),
        detail: 'completion_when_not_done,open_at_100',
      },
      { kind: 'inconsistent_task', entity: 'task', entity_id: id(107), detail: 'start_after_due' },
    ]);
    expect(db.prepare('SELECT name FROM pending_index ORDER BY name').all()).toEqual([
      { name: 'agency_code_nocase' },
      { name: 'indicator_code_unique' },
      { name: 'meeting_number_year' },
      { name: 'task_code_unique' },
    ]);
    expect(indexes(db)).toEqual(['pillar_code_nocase']);
    // Until its replacement exists, the old exact agency index still holds.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'agency_code'").get()).toEqual({
      name: 'agency_code',
    });
    // Every old row is still there, unchanged.
    expect(db.prepare('SELECT COUNT(*) AS n FROM task').get()).toEqual({ n: 7 });
    expect(db.prepare('SELECT state, progress FROM task WHERE id = ?').get(id(103))).toEqual({
      state: 'chua_thuc_hien',
      progress: 90,
    });
    db.close();
  });

  it('opens (with a backup), lists each problem with a fix, and after the fixes every constraint exists', async () => {
    const file = path.join(dir, 'tiendo.db');
    const backupDir = path.join(dir, 'backups');
    writeV3File(file);
    let host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      backupDir,
      mode: 'browser',
      version: 'test',
      now: () => NOW,
    });
    expect(listBackups(backupDir).map((b) => b.reason)).toEqual(['truoc-nang-cap-v3']);
    let route = createRouter(createHandlers(host));
    const list = async () => {
      const r = await route('dataProblems.list', {});
      if (!r.ok) throw new Error(r.error.message);
      return r.value as DataProblems;
    };
    const first = await list();
    expect(first.pendingConstraints).toEqual([
      'Mã cơ quan không trùng nhau',
      'Mã nhiệm vụ không trùng trong một kế hoạch',
      'Mã chỉ tiêu không trùng trong một kế hoạch',
      'Số phiên họp không trùng trong một năm',
    ]);
    const byKey = new Map(first.problems.map((p) => [`${p.kind} ${p.entityId}`, p]));
    const problem = (kind: DataProblem['kind'], n: number) => byKey.get(`${kind} ${id(n)}`)!;

    expect(problem('duplicate_code', 2)).toMatchObject({
      label: 'Cơ quan syt «Sở Y tế (nhập trùng)»',
      message: 'Mã syt trùng với cơ quan SYT «Sở Y tế» (mã cơ quan không trùng nhau).',
      fixText: 'Đổi mã thành syt-2',
      fix: { kind: 'rename', entity: 'agency', id: id(2), code: 'syt-2' },
      foundAt: expect.any(String),
    });
    expect(problem('duplicate_code', 102)).toMatchObject({
      label: 'Nhiệm vụ ATTT.01 «Nhiệm vụ 2» (kế hoạch 45/KH-UBND)',
      message:
        'Mã ATTT.01 trùng với nhiệm vụ ATTT.01 «Nhiệm vụ 1» (kế hoạch 45/KH-UBND) (mã nhiệm vụ không trùng trong một kế hoạch).',
      fixText: 'Đổi mã thành ATTT.01-3', // -2 is taken by another task
      fix: { kind: 'rename', entity: 'task', code: 'ATTT.01-3' },
      planId: PLAN,
    });
    expect(problem('duplicate_code', 103).fix).toMatchObject({ code: 'attt.01-4' });
    expect(problem('duplicate_meeting_number', 202)).toMatchObject({
      label: 'Phiên họp số 4 ngày 12/09/2025',
      message:
        'Số 4 trùng với phiên họp số 4 ngày 10/06/2025 (số phiên họp bắt đầu lại mỗi năm, không trùng trong một năm).',
      fixText: 'Đổi số phiên họp thành 5',
      fix: { kind: 'renumber', id: id(202), number: 5 },
    });
    expect(problem('duplicate_code', 302).fix).toMatchObject({
      kind: 'rename',
      entity: 'indicator',
      code: 'CT01-2',
    });
    expect(problem('inconsistent_task', 103)).toMatchObject({
      message: 'Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 90% thì hãy chọn «Đang thực hiện».',
      fixText: 'Đặt trạng thái «Đang thực hiện»',
      fix: { kind: 'taskFields', id: id(103), patch: { state: 'dang_thuc_hien' } },
    });
    expect(problem('inconsistent_task', 106)).toMatchObject({
      fixText: 'Đặt trạng thái «Hoàn thành», đặt ngày hoàn thành 01/10/2025',
      fix: { kind: 'taskFields', patch: { state: 'hoan_thanh', completedOn: '2025-10-01' } },
    });
    // Dates the wrong way round: no value can be chosen for the person, the record is opened instead.
    expect(problem('inconsistent_task', 107)).toMatchObject({
      message: 'Thời hạn không được trước ngày bắt đầu.',
      fix: null,
      fixText: null,
    });
    expect(first.problems).toHaveLength(8);

    // The person confirms each proposed fix; the renderer applies it with the normal update method.
    const method = { agency: 'agencies', pillar: 'pillars', task: 'tasks', indicator: 'indicators' } as const;
    const auditBefore = (host.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n;
    for (const p of first.problems) {
      const f = p.fix;
      const input = !f
        ? ['tasks.update', { id: p.entityId, patch: { startDate: '2025-07-01' } }] // what the person decides
        : f.kind === 'rename'
          ? [`${method[f.entity]}.update`, { id: f.id, patch: { code: f.code } }]
          : f.kind === 'renumber'
            ? ['meetings.update', { id: f.id, patch: { number: f.number } }]
            : ['tasks.update', { id: f.id, patch: f.patch }];
      const r = await route(input[0] as string, input[1]);
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    }
    const auditAfter = (host.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n;
    expect(auditAfter - auditBefore).toBe(8);

    // Nothing left; the data check itself created the indexes once their duplicates were gone.
    expect(await list()).toEqual({ problems: [], pendingConstraints: [] });
    expect(indexes(host.ctx.db)).toEqual(UNIQUE_INDEXES);
    host.close();

    // And they hold from then on: a new duplicate is refused by the database itself.
    const db = await openDatabase({ file, backupDir, now: () => NOW });
    expect(indexes(db)).toEqual(UNIQUE_INDEXES);
    expect(() =>
      db
        .prepare(
          `INSERT INTO meeting (id, number, held_on, created_at, updated_at) VALUES ('m-new', 5, '2025-12-01', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed/);
    db.close();

    // Reopening an upgraded file neither backs it up for a migration nor finds anything new.
    host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      backupDir,
      mode: 'browser',
      version: 'test',
      now: () => NOW,
    });
    route = createRouter(createHandlers(host));
    expect((await list()).problems).toEqual([]);
    host.close();
  });

  it('creates a pending index at the next open once its duplicates are gone, however they were fixed', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = new Database(file);
    migrate(db, 3, 4);
    // The meeting duplicate disappears (say the later meeting was archived by an older copy of the app).
    db.prepare('UPDATE meeting SET archived_at = ? WHERE id = ?').run(NOW.toISOString(), id(202));
    db.close();
    const reopened = await openDatabase({ file, now: () => NOW });
    expect(indexes(reopened)).toContain('meeting_number_year');
    expect(reopened.prepare('SELECT name FROM pending_index ORDER BY name').all()).toEqual([
      { name: 'agency_code_nocase' },
      { name: 'indicator_code_unique' },
      { name: 'task_code_unique' },
    ]);
    reopened.close();
  });
});
