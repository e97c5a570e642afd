// Migration 003 (meeting_notice): a v2 file with a meeting opens as the current schema with the
// meeting intact and the notice table usable, its signer authority limited to the Nghị định 30 forms.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { addedObjects, schemaLines } from './schemaDump';
import { tempDir } from '../../helpers/store';
import { rmSync } from 'node:fs';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m003-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-12-01T00:00:00.000Z';
const MEETING = '22222222-2222-4222-8222-222222222222';

describe('migration 003: meeting notice', () => {
  it('is number 3 and adds exactly the meeting_notice table, bumping user_version to exactly 3', () => {
    expect(MIGRATIONS.find((m) => m.name === 'meeting-notice')?.version).toBe(3);
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 2);
      const before = schemaLines(db);
      migrate(db, 2, 3);
      expect(schemaVersion(db)).toBe(3);
      expect(addedObjects(before, schemaLines(db))).toEqual(['table meeting_notice']);
    } finally {
      db.close();
    }
  });

  it('upgrades a v2 file: the meeting is kept and its notice can be stored', async () => {
    const file = path.join(dir, 'tiendo.db');
    const v2 = new Database(file);
    migrate(v2, 0, 2);
    v2.prepare(
      `INSERT INTO meeting (id, number, held_on, created_at, updated_at) VALUES (?, 2, '2025-06-10', ?, ?)`,
    ).run(MEETING, AT, AT);
    v2.close();

    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
      expect(db.prepare('SELECT number FROM meeting WHERE id = ?').get(MEETING)).toEqual({ number: 2 });
      db.prepare(
        `INSERT INTO meeting_notice (meeting_id, body, signer_authority, created_at, updated_at) VALUES (?, 'Nội dung', 'KT.', ?, ?)`,
      ).run(MEETING, AT, AT);
      expect(db.prepare('SELECT body, recipients, signer_authority FROM meeting_notice').get()).toEqual({
        body: 'Nội dung',
        recipients: '',
        signer_authority: 'KT.',
      });
      expect(() =>
        db
          .prepare(
            `INSERT INTO meeting_notice (meeting_id, signer_authority, created_at, updated_at) VALUES (?, 'Q.', ?, ?)`,
          )
          .run(MEETING, AT, AT),
      ).toThrow();
      expect(() =>
        db
          .prepare(
            `INSERT INTO meeting_notice (meeting_id, created_at, updated_at) VALUES ('khong-co', ?, ?)`,
          )
          .run(AT, AT),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});
