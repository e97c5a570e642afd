// Migration 011 (search after commit): exact version, the one-row search_state table it adds (clean, and
// refusing a second row or another value), and a v10 file with records upgraded with its search intact:
// its index was written inside each write, so it starts clean and every record is still found.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { createContext } from '../../../main/services/context';
import { search, searchIndexDirty } from '../../../main/services/search';
import '../../../main/services/searchRecovery';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m011-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2025-11-01T00:00:00.000Z';
const PLAN = '11111111-1111-4111-8111-111111111111';

describe('migration 011: search after commit', () => {
  it('is migration number 11, SQL only', () => {
    const m = MIGRATIONS.find((x) => x.name === 'search-after-commit');
    expect(m?.version).toBe(11);
    expect(m?.up).toBeUndefined();
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(11);
  });

  it('adds search_state with its one clean row, bumping user_version to exactly 11', () => {
    const db = new Database(path.join(dir, 'm.db'));
    try {
      migrate(db, 0, 10);
      migrate(db, 10, 11);
      expect(schemaVersion(db)).toBe(11);
      expect(db.prepare('SELECT id, dirty FROM search_state').all()).toEqual([{ id: 1, dirty: 0 }]);
      expect(() => db.prepare('INSERT INTO search_state (id, dirty) VALUES (2, 0)').run()).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE search_state SET dirty = 2').run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('upgrades a v10 file whose index was written with each write: clean, and its records still found', async () => {
    const file = path.join(dir, 'tiendo.db');
    const v10 = new Database(file);
    migrate(v10, 0, 10);
    v10
      .prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, state, created_at, updated_at)
         VALUES (?, '45/KH-UBND', 'Kế hoạch chuyển đổi số Lâm Đồng', 2025, 2025, 'dang_thuc_hien', ?, ?)`,
      )
      .run(PLAN, AT, AT);
    // The row v10's plan service wrote inside the write.
    const { rowid } = v10
      .prepare("INSERT INTO search_key (entity, entity_id) VALUES ('plan', ?) RETURNING rowid")
      .get(PLAN) as { rowid: number };
    v10
      .prepare(
        "INSERT INTO search_index (rowid, entity, entity_id, title, subtitle, folded) VALUES (?, 'plan', ?, ?, ?, ?)",
      )
      .run(
        rowid,
        PLAN,
        'Kế hoạch chuyển đổi số Lâm Đồng',
        '45/KH-UBND',
        'ke hoach chuyen doi so lam dong 45/kh-ubnd',
      );
    v10.close();
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const ctx = createContext(db, { now: () => new Date(AT) });
      expect(searchIndexDirty(ctx)).toBe(false);
      expect(search(ctx, 'lam dong', 5).map((h) => h.id)).toEqual([PLAN]);
    } finally {
      db.close();
    }
  });
});
