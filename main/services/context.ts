import type { Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { calendarDateIn, DEFAULT_TIME_ZONE, isTimeZone } from '../../shared/format/zone';
import { cachedStatement, one, sql } from '../db/sql';
import { memorySecretStore, type SecretStore } from '../secrets/store';
import type { ChangeSetRef } from '../../shared/api/types';
import {
  beginScope,
  closeScope,
  currentScope,
  endScope,
  ensureChangeSet,
  scopedSetting,
  SYSTEM_META,
  type ChangeMeta,
} from './changes/scope';

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
    // The office's calendar day (setting timeZone), not the machine's: see shared/format/zone.ts.
    today: () =>
      calendarDateIn(
        now(),
        scopedSetting(db, 'timeZone', () => readTimeZone(prepare)),
      ),
    actor: options.actor ?? (() => scopedSetting(db, 'operatorName', () => readOperator(prepare))),
    newId: () => randomUUID(),
    // The running app always passes its own store (AppHost); a bare context (service tests, the
    // benchmark) keeps secrets in memory.
    secrets: options.secrets ?? memorySecretStore(),
  };
}

/** One statement cache per connection, shared with main/db/sql.ts (so `sql` queries and ctx.prepare meet). */
function statementCache(db: Db): (sql: string) => Statement {
  return (sql) => cachedStatement(db, sql);
}

function readTimeZone(prepare: (sql: string) => Statement): string {
  const row = one<{ value: string }>({ prepare }, sql`SELECT value FROM setting WHERE key = ${'timeZone'}`);
  if (!row) return DEFAULT_TIME_ZONE;
  try {
    const zone = JSON.parse(row.value) as unknown;
    return typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function readOperator(prepare: (sql: string) => Statement): string {
  const row = one<{ value: string }>(
    { prepare },
    sql`SELECT value FROM setting WHERE key = ${'operatorName'}`,
  );
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

function immediate<T>(db: Db, fn: () => T): T {
  let runner = runners.get(db);
  if (!runner) {
    runner = makeRunner(db);
    runners.set(db, runner);
  }
  return runner.immediate(fn) as T;
}

/** Opens a change-set scope around `fn`, in one transaction, and labels the change set before it commits. */
function runAsChangeSet<T>(
  ctx: ServiceContext,
  meta: ChangeMeta,
  fn: () => T,
): { value: T; changeSet: ChangeSetRef | null } {
  const scope = beginScope(ctx.db, meta);
  try {
    const run = () => {
      if (meta.eager) ensureChangeSet(ctx, scope);
      const value = fn();
      return { value, changeSet: closeScope(ctx, scope, value) };
    };
    return ctx.db.inTransaction ? run() : immediate(ctx.db, run);
  } finally {
    endScope(ctx.db, scope);
  }
}

/**
 * Runs `fn` in one IMMEDIATE transaction: all of it is written, or none. Inside an open transaction it
 * simply runs `fn`, so a service called by another service joins the caller's transaction. The
 * transaction wrapper is made once per database: better-sqlite3 prepares BEGIN/COMMIT for each one.
 * The outermost transaction is also one change set (unless a caller already opened one with
 * withChangeSet), so the audit rows of one call are always grouped.
 */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  if (ctx.db.inTransaction) return fn();
  if (currentScope(ctx.db)) return immediate(ctx.db, fn);
  return runAsChangeSet(ctx, SYSTEM_META, fn).value;
}

/**
 * Runs `fn` as one action of a person: one transaction and one change set of `meta.kind`, labelled when
 * done. Inside another action it joins that one (and returns no change set of its own). `fn` must be
 * synchronous, as every service is.
 */
export function withChangeSet<T>(
  ctx: ServiceContext,
  meta: ChangeMeta,
  fn: () => T,
): { value: T; changeSet: ChangeSetRef | null } {
  if (currentScope(ctx.db)) return { value: inTransaction(ctx, fn), changeSet: null };
  return runAsChangeSet(ctx, meta, fn);
}
