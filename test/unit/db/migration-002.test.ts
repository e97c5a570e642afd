// Migration 002 (report drafts, submission files): a v1 file with data opens as v2, with a backup of
// the v1 file made first and every v1 row still there.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../main/db/backup';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { addedObjects, schemaLines } from './schemaDump';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tiendo-m002-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-12-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';

/** A v1 database file with a plan, a task and a submission, as the first release wrote it. */
function writeV1File(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 1);
  db.prepare(
    `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
              VALUES (?, '45/KH-UBND', 'Kế hoạch chuyển đổi số năm 2025', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
  ).run(PLAN, AT, AT);
  db.prepare(
    `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
              VALUES ('t1', ?, '1.01', 'Nhiệm vụ một', 'dang_thuc_hien', 40, ?, ?)`,
  ).run(PLAN, AT, AT);
  db.prepare(
    `INSERT INTO submission (id, kind, plan_id, period, file_name, sha256, created_at, state)
              VALUES ('s1', 'bao_cao_dinh_ky', ?, '2025-Q3', 'bc.xlsx', 'abc', ?, 'tao_moi')`,
  ).run(PLAN, AT);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  db.close();
}

describe('migration 002: report drafts', () => {
  it('is number 2 and adds exactly report_draft and submission_file, bumping user_version to exactly 2', () => {
    expect(MIGRATIONS.find((m) => m.name === 'report-drafts')?.version).toBe(2);
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 1);
      const before = schemaLines(db);
      migrate(db, 1, 2);
      expect(schemaVersion(db)).toBe(2);
      expect(addedObjects(before, schemaLines(db))).toEqual(['table report_draft', 'table submission_file']);
    } finally {
      db.close();
    }
  });

  it('upgrades a v1 file with data: backup first, data intact, new tables usable', async () => {
    const file = path.join(dir, 'tiendo.db');
    const backupDir = path.join(dir, 'backups');
    writeV1File(file);

    const db = await openDatabase({ file, backupDir, now: () => new Date(AT) });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT code, title FROM plan WHERE id = ?').get(PLAN)).toEqual({
        code: '45/KH-UBND',
        title: 'Kế hoạch chuyển đổi số năm 2025',
      });
      expect(db.prepare('SELECT progress FROM task WHERE id = ?').get('t1')).toEqual({ progress: 40 });
      expect(db.prepare('SELECT sha256 FROM submission WHERE id = ?').get('s1')).toEqual({ sha256: 'abc' });

      db.prepare(
        `INSERT INTO report_draft (plan_id, period, kind, achievements, doc_number, signer_authority, created_at, updated_at)
                  VALUES (?, '2025-Q4', 'bao_cao_dinh_ky', 'Đã triển khai…', '05/BC-BCĐ', 'KT.', ?, ?)`,
      ).run(PLAN, AT, AT);
      expect(db.prepare('SELECT doc_number, signer_authority, shortcomings FROM report_draft').get()).toEqual(
        {
          doc_number: '05/BC-BCĐ',
          signer_authority: 'KT.',
          shortcomings: '',
        },
      );
      // The signer authority is one of the forms of Nghị định 30/2020.
      expect(() =>
        db
          .prepare(
            `INSERT INTO report_draft (plan_id, period, kind, signer_authority, created_at, updated_at)
                    VALUES (?, '2025', 'bao_cao_dinh_ky', 'Q.', ?, ?)`,
          )
          .run(PLAN, AT, AT),
      ).toThrow(/CHECK/);
      db.prepare('INSERT INTO submission_file (submission_id, content_type, content) VALUES (?, ?, ?)').run(
        's1',
        'application/octet-stream',
        Buffer.from('xlsx'),
      );
      expect(() =>
        db
          .prepare('INSERT INTO submission_file (submission_id, content_type, content) VALUES (?, ?, ?)')
          .run('nope', 'x', Buffer.from('x')),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }

    // The v1 file was kept, as it was, before the upgrade touched it.
    const backups = listBackups(backupDir);
    expect(backups.map((b) => b.reason)).toEqual(['truoc-nang-cap-v1']);
    const old = new Database(backups[0]!.file, { readonly: true });
    try {
      expect(old.pragma('user_version', { simple: true })).toBe(1);
      expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'report_draft'").get()).toBeUndefined();
      expect(old.prepare('SELECT COUNT(*) AS n FROM task').get()).toEqual({ n: 1 });
    } finally {
      old.close();
    }
  });

  it('a new file gets the whole schema without a backup', async () => {
    const file = path.join(dir, 'new.db');
    const backupDir = path.join(dir, 'backups');
    const db = await openDatabase({ file, backupDir });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE name IN ('report_draft', 'submission_file') ORDER BY name",
          )
          .all(),
      ).toEqual([{ name: 'report_draft' }, { name: 'submission_file' }]);
    } finally {
      db.close();
    }
    expect(listBackups(backupDir)).toEqual([]);
  });
});
