import type { Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { todayIso } from '../../shared/dates';
import { memorySecretStore, type SecretStore } from '../secrets/store';

/**
 * Everything a service needs, passed in rather than reached for: the database, a clock and the
 * operator's name. Tests and the CLI build one with a fixed clock; nothing here knows about Electron.
 */
export interface ServiceContext {
  db: Db;
  /** A prepared statement for this SQL, compiled once per database and reused (preparing is costly). */
  prepare: (sql: string) => Statement;
  now: () => Date;
  /** The province's calendar date (local time of the machine). */
  today: () => string;
  /** Who is recorded in the audit log. */
  actor: () => string;
  newId: () => string;
  /** Where secrets (the SMTP password) live: never in the database. */
  secrets: SecretStore;
}

export function createContext(
  db: Db,
  options: { now?: () => Date; actor?: () => string; secrets?: SecretStore } = {},
): ServiceContext {
  const now = options.now ?? (() => new Date());
  const prepare = statementCache(db);
  return {
    db,
    prepare,
    now,
    today: () => todayIso(now()),
    actor: options.actor ?? (() => readOperator(prepare)),
    newId: () => randomUUID(),
    // The running app always passes its own store (AppHost); a bare context (service tests, the
    // benchmark) keeps secrets in memory.
    secrets: options.secrets ?? memorySecretStore(),
  };
}

function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

function readOperator(prepare: (sql: string) => Statement): string {
  const row = prepare('SELECT value FROM setting WHERE key = ?').get('operatorName') as
    { value: string } | undefined;
  if (!row) return 'Thư ký Ban Chỉ đạo';
  try {
    const name = JSON.parse(row.value) as unknown;
    return typeof name === 'string' && name.trim() ? name : 'Thư ký Ban Chỉ đạo';
  } catch {
    return 'Thư ký Ban Chỉ đạo';
  }
}

const runners = new WeakMap<Db, ReturnType<typeof makeRunner>>();
function makeRunner(db: Db) {
  return db.transaction(<T>(fn: () => T): T => fn());
}

/**
 * Runs `fn` in one IMMEDIATE transaction: all of it is written, or none. Inside an open transaction it
 * simply runs `fn`, so a service called by another service joins the caller's transaction. The
 * transaction wrapper is made once per database: better-sqlite3 prepares BEGIN/COMMIT for each one.
 */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  if (ctx.db.inTransaction) return fn();
  let runner = runners.get(ctx.db);
  if (!runner) {
    runner = makeRunner(ctx.db);
    runners.set(ctx.db, runner);
  }
  return runner.immediate(fn) as T;
}
