import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { todayIso } from '../../shared/dates';

/**
 * Everything a service needs, passed in rather than reached for: the database, a clock and the
 * operator's name. Tests and the CLI build one with a fixed clock; nothing here knows about Electron.
 */
export interface ServiceContext {
  db: Db;
  now: () => Date;
  /** The province's calendar date (local time of the machine). */
  today: () => string;
  /** Who is recorded in the audit log. */
  actor: () => string;
  newId: () => string;
}

export function createContext(db: Db, options: { now?: () => Date; actor?: () => string } = {}): ServiceContext {
  const now = options.now ?? (() => new Date());
  return {
    db,
    now,
    today: () => todayIso(now()),
    actor: options.actor ?? (() => readOperator(db)),
    newId: () => randomUUID(),
  };
}

function readOperator(db: Db): string {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get('operatorName') as { value: string } | undefined;
  if (!row) return 'Thư ký Ban Chỉ đạo';
  try {
    const name = JSON.parse(row.value) as unknown;
    return typeof name === 'string' && name.trim() ? name : 'Thư ký Ban Chỉ đạo';
  } catch {
    return 'Thư ký Ban Chỉ đạo';
  }
}

/** Runs `fn` in one IMMEDIATE transaction: all of it is written, or none. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.db.transaction(fn).immediate();
}
