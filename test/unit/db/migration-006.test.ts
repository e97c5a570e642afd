// Migration 006 (value versions, value warnings): a v3 file with values, some with audit rows and some
// without, opens at the current schema with every value's versions backfilled, so a view at a past date
// answers as it did then, and the warnings of stored values computed.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/db/migrations';
import { migrate, openDatabase, schemaVersion } from '../../../main/db/open';
import { createContext } from '../../../main/services/context';
import { listIndicators } from '../../../main/services/indicators';
import { tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir('tiendo-m006-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PCT = '11111111-1111-4111-8111-111111111111';
const DOCS = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';

/** A v3 file as TienDo 0.1 wrote it: values, their audit rows (where it wrote them), a target change. */
function writeV3File(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 3);
  const indicator = db.prepare(
    `INSERT INTO indicator (id, code, name, unit, direction, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'increase', '2025-01-05T00:00:00.000Z', '2025-01-05T00:00:00.000Z')`,
  );
  indicator.run(PCT, 'CT01', 'Tỷ lệ hồ sơ trực tuyến', '%');
  indicator.run(DOCS, 'CT02', 'Số hồ sơ số hóa', 'hồ sơ');
  const value = db.prepare(
    `INSERT INTO indicator_value (id, indicator_id, period, period_end, value, note, evidence, entered_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES (?, 'Thư ký', 'indicator', ?, 'set', ?, ?)`,
  );
  const json = (o: object | null) => (o ? JSON.stringify(o) : null);
  // Q1: typed on 10/3 as 40, corrected on 2/4 to 45 (the audit of the change carries the old note).
  audit.run('2025-03-10T03:00:00.000Z', PCT, null, json({ period: '2025-Q1', value: 40 }));
  audit.run(
    '2025-04-02T03:00:00.000Z',
    PCT,
    json({ period: '2025-Q1', value: 40, note: 'ước tính', evidence: '' }),
    json({ period: '2025-Q1', value: 45 }),
  );
  value.run(
    'v1',
    PCT,
    '2025-Q1',
    '2025-03-14',
    45,
    'chính thức',
    '2025-03-10T03:00:00.000Z',
    '2025-04-02T03:00:00.000Z',
  );
  // Q2: 1.234,5 % with no audit row at all (the report of the issue).
  value.run(
    'v2',
    PCT,
    '2025-Q2',
    '2025-06-14',
    1234.5,
    '',
    '2025-06-20T03:00:00.000Z',
    '2025-06-20T03:00:00.000Z',
  );
  // Q3: a value already there when the first audit row was written (10, then 200 on 1/7).
  audit.run(
    '2025-07-01T03:00:00.000Z',
    PCT,
    json({ period: '2025-Q3', value: 10, note: '', evidence: '' }),
    json({ period: '2025-Q3', value: 200 }),
  );
  value.run(
    'v3',
    PCT,
    '2025-Q3',
    '2025-09-14',
    200,
    '',
    '2025-06-25T03:00:00.000Z',
    '2025-07-01T03:00:00.000Z',
  );
  // Q4: typed on 20/9 and cleared the next day: no row left.
  audit.run('2025-09-20T03:00:00.000Z', PCT, null, json({ period: '2025-Q4', value: 5 }));
  audit.run(
    '2025-09-21T03:00:00.000Z',
    PCT,
    json({ period: '2025-Q4', value: 5, note: '', evidence: '' }),
    null,
  );
  // A target change is an audit 'set' row too, without a period: not a value.
  audit.run(
    '2025-01-06T03:00:00.000Z',
    PCT,
    null,
    json({ target: { year: 2025, baseline: 40, target: 80 } }),
  );
  // CT02: audited as 90, then changed to 100 by a write that left no audit row.
  audit.run('2025-03-01T03:00:00.000Z', DOCS, null, json({ period: '2025-Q1', value: 90 }));
  value.run(
    'v4',
    DOCS,
    '2025-Q1',
    '2025-03-14',
    100,
    '',
    '2025-03-01T03:00:00.000Z',
    '2025-03-05T03:00:00.000Z',
  );
  // An audit row of an indicator that is no longer in the file.
  audit.run('2025-03-01T03:00:00.000Z', GONE, null, json({ period: '2025-Q1', value: 1 }));
  db.close();
}

interface VersionRow {
  period: string;
  value: number | null;
  note: string;
  recorded_at: string;
  source: string;
}

describe('migration 006: value versions', () => {
  it('is migration number 6, with a step in code', () => {
    const m = MIGRATIONS.find((x) => x.name === 'value-versions');
    expect(m?.version).toBe(6);
    expect(typeof m?.up).toBe('function');
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('upgrades a v3 file: every value gets its versions, from audit rows where they exist', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const versions = (id: string) =>
        db
          .prepare(
            'SELECT period, value, note, recorded_at, source FROM indicator_value_version WHERE indicator_id = ? ORDER BY period, seq',
          )
          .all(id) as VersionRow[];
      expect(versions(PCT)).toEqual([
        {
          period: '2025-Q1',
          value: 40,
          note: 'ước tính',
          recorded_at: '2025-03-10T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q1',
          value: 45,
          note: 'chính thức',
          recorded_at: '2025-04-02T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q2',
          value: 1234.5,
          note: '',
          recorded_at: '2025-06-20T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q3',
          value: 10,
          note: '',
          recorded_at: '2025-06-25T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q3',
          value: 200,
          note: '',
          recorded_at: '2025-07-01T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q4',
          value: 5,
          note: '',
          recorded_at: '2025-09-20T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q4',
          value: null,
          note: '',
          recorded_at: '2025-09-21T03:00:00.000Z',
          source: 'backfill',
        },
      ]);
      expect(versions(DOCS)).toEqual([
        {
          period: '2025-Q1',
          value: 90,
          note: '',
          recorded_at: '2025-03-01T03:00:00.000Z',
          source: 'backfill',
        },
        {
          period: '2025-Q1',
          value: 100,
          note: '',
          recorded_at: '2025-03-05T03:00:00.000Z',
          source: 'backfill',
        },
      ]);
      expect(versions(GONE)).toEqual([]);
      // Every current value is its (indicator, period)'s last version: nothing the file holds is lost.
      expect(
        db
          .prepare(
            `SELECT COUNT(*) AS n FROM indicator_value v WHERE v.value IS NOT (
               SELECT w.value FROM indicator_value_version w WHERE w.indicator_id = v.indicator_id AND w.period = v.period
               ORDER BY w.recorded_at DESC, w.seq DESC LIMIT 1)`,
          )
          .get(),
      ).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('answers a past date as the file knew it then, and a revised value with its old number', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      const ctx = createContext(db, { now: () => new Date('2025-12-01T03:00:00.000Z') });
      const latest = (at: string, id: string) =>
        listIndicators(ctx, { planId: null, pillarId: null, leadAgencyId: null, q: '', at }).find(
          (i) => i.id === id,
        )?.latest;
      expect(latest('2025-03-31', PCT)).toMatchObject({ period: '2025-Q1', value: 40 });
      expect(latest('2025-04-05', PCT)).toMatchObject({ period: '2025-Q1', value: 45 });
      expect(latest('2025-06-22', PCT)).toMatchObject({ period: '2025-Q2', value: 1234.5 });
      expect(latest('2025-06-26', PCT)).toMatchObject({ period: '2025-Q3', value: 10 });
      expect(latest('2025-09-20', PCT)).toMatchObject({ period: '2025-Q4', value: 5 });
      expect(latest('2025-09-22', PCT)).toMatchObject({ period: '2025-Q3', value: 200 });
      expect(latest('2025-03-03', DOCS)).toMatchObject({ value: 90 });
      expect(latest('2025-03-05', DOCS)).toMatchObject({ value: 100 });
      expect(latest('2025-02-28', DOCS)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('computes the warnings of stored values (1.234,5 % is listed for review)', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      const warnings = Object.fromEntries(
        (
          db.prepare('SELECT period, warnings FROM indicator_value WHERE indicator_id = ?').all(PCT) as {
            period: string;
            warnings: string;
          }[]
        ).map((r) => [r.period, JSON.parse(r.warnings) as unknown]),
      );
      expect(warnings['2025-Q1']).toEqual([]);
      // Above 100 %, and more than ten times Quý I's 45.
      expect(warnings['2025-Q2']).toEqual([
        { code: 'percent_range', value: 1234.5 },
        { code: 'jump', value: 1234.5, previous: 45, previousPeriod: '2025-Q1' },
      ]);
      expect(warnings['2025-Q3']).toEqual([{ code: 'percent_range', value: 200 }]);
    } finally {
      db.close();
    }
  });

  it('keeps the versions append-only, and refuses the sort-key function inside the schema', async () => {
    const file = path.join(dir, 'tiendo.db');
    writeV3File(file);
    const db = await openDatabase({ file, backupDir: path.join(dir, 'backups') });
    try {
      expect(() => db.prepare('UPDATE indicator_value_version SET value = 1').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM indicator_value_version').run()).toThrow(/append-only/);
      // tiendo_sort_key exists only in TienDo's connections: SQLite refuses it in an index or a view.
      expect(() => db.exec('CREATE INDEX bad ON indicator (tiendo_sort_key(code))')).toThrow();
      db.exec('CREATE VIEW bad_view AS SELECT tiendo_sort_key(code) AS k FROM indicator');
      expect(() => db.prepare('SELECT k FROM bad_view').all()).toThrow(/unsafe use|prohibited/);
    } finally {
      db.close();
    }
  });
});
