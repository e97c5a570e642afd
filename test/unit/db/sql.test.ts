// The sql tag of main/db/sql.ts: values are bound, never spliced; only fragments made by the tag are
// spliced; statements are prepared once per text and connection; the row helpers read what SQLite returns.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  all,
  cachedStatement,
  column,
  one,
  run,
  sql,
  SqlFragment,
  sqlEmpty,
  sqlJoin,
  value,
} from '../../../main/db/sql';
import { createContext } from '../../../main/services/context';

const open: Database.Database[] = [];
function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  db.exec(
    "CREATE TABLE item (id TEXT PRIMARY KEY, name TEXT NOT NULL, n INTEGER); INSERT INTO item VALUES ('a', 'Một', 1), ('b', 'Hai', 2)",
  );
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('the sql tag', () => {
  it('binds every value as a parameter and splices only fragments', () => {
    const columns = sql`id, name`;
    const q = sql`SELECT ${columns} FROM item WHERE id = ${'a'} AND n > ${0} ${sqlEmpty}`;
    expect(q.text).toBe('SELECT id, name FROM item WHERE id = ? AND n > ? ');
    expect(q.params).toEqual(['a', 0]);
    const nested = sql`SELECT id FROM item WHERE ${sql`n = ${2}`} OR name = ${'Một'}`;
    expect(nested.text).toBe('SELECT id FROM item WHERE n = ? OR name = ?');
    expect(nested.params).toEqual([2, 'Một']);
  });

  it('keeps a hostile string as data: it cannot change the query', () => {
    const db = memoryDb();
    const hostile = "a' OR '1'='1";
    expect(all(db, sql`SELECT id FROM item WHERE id = ${hostile}`)).toEqual([]);
    expect(column(db, sql`SELECT id FROM item ORDER BY id`)).toEqual(['a', 'b']);
  });

  it('joins fragments with their values in order', () => {
    const sets = sqlJoin([sql`name = ${'Ba'}`, sql`n = ${3}`]);
    expect(sets.text).toBe('name = ?, n = ?');
    const where = sqlJoin([sql`n > ${0}`, sql`id <> ${'z'}`], sql` AND `);
    expect(where.text).toBe('n > ? AND id <> ?');
    expect(where.params).toEqual([0, 'z']);
    expect(sqlJoin([]).text).toBe('');
  });

  it('accepts only fragments it made: a look-alike object is not spliced', () => {
    expect(SqlFragment.is(sql`x`)).toBe(true);
    expect(SqlFragment.is({ text: 'DROP TABLE item', params: [] })).toBe(false);
  });
});

describe('the row helpers', () => {
  it('read one row, all rows, a column and a value, and run a write', () => {
    const db = memoryDb();
    expect(one<{ name: string }>(db, sql`SELECT name FROM item WHERE id = ${'b'}`)).toEqual({ name: 'Hai' });
    expect(one(db, sql`SELECT name FROM item WHERE id = ${'x'}`)).toBeUndefined();
    expect(all<{ id: string }>(db, sql`SELECT id FROM item ORDER BY id DESC`)).toEqual([
      { id: 'b' },
      { id: 'a' },
    ]);
    expect(value<number>(db, sql`SELECT SUM(n) FROM item`)).toBe(3);
    expect(run(db, sql`UPDATE item SET n = n + ${10} WHERE id = ${'a'}`).changes).toBe(1);
    // The same text read as rows again after a pluck: the shared statement is not left plucking.
    expect(column<number>(db, sql`SELECT n FROM item ORDER BY id`)).toEqual([11, 2]);
    expect(all(db, sql`SELECT n FROM item ORDER BY id`)).toEqual([{ n: 11 }, { n: 2 }]);
  });

  it('checks rows against a zod schema when one is given, and refuses a row that does not fit', () => {
    const db = memoryDb();
    const schema = z.object({ id: z.string(), n: z.number().int() });
    expect(all(db, sql`SELECT id, n FROM item ORDER BY id`, schema)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    expect(() => one(db, sql`SELECT id, name AS n FROM item`, schema)).toThrow();
  });

  it('prepares a text once per connection, and a service context shares that cache', () => {
    const db = memoryDb();
    const q = sql`SELECT id FROM item WHERE n = ${1}`;
    expect(cachedStatement(db, q.text)).toBe(cachedStatement(db, q.text));
    const ctx = createContext(db);
    expect(ctx.prepare(q.text)).toBe(cachedStatement(db, q.text));
    expect(one(ctx, q)).toEqual({ id: 'a' });
    expect(cachedStatement(memoryDb(), q.text)).not.toBe(cachedStatement(db, q.text));
  });
});
