// The change set being written: one per action of a person. The outermost transaction of a call opens a
// scope (inTransaction and withChangeSet in ../context); every audit row written inside it joins the same
// change_set row, which is inserted with the first audit row (an action that changes nothing leaves no
// change set) and labelled when the action is done, from the rows it wrote and its result.
// Services are synchronous (better-sqlite3), so at most one scope is open per database at any time.
import type { ChangeSetRef } from '../../../shared/api/types';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { cannotUndoKind, describeRows } from './words';

/** An audit row as the scope keeps it until the label is written. */
export interface RecordedRow {
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A row as stored (read back from its JSON, the shape an undo reads later), parsed only when a label
 * asks for it: most labels name the call's input, and a bulk update writes thousands of rows.
 */
export function storedRow(
  entity: string,
  entityId: string,
  action: string,
  beforeJson: string | null,
  afterJson: string | null,
): RecordedRow {
  const parse = (json: string | null) =>
    json === null ? null : (JSON.parse(json) as Record<string, unknown>);
  let before: Record<string, unknown> | null | undefined;
  let after: Record<string, unknown> | null | undefined;
  return {
    entity,
    entityId,
    action,
    get before() {
      return before === undefined ? (before = parse(beforeJson)) : before;
    },
    get after() {
      return after === undefined ? (after = parse(afterJson)) : after;
    },
  };
}

export interface ChangeMeta {
  /** The API method ('tasks.bulkUpdate'), 'undo', or 'system' for writes outside a person's call. */
  kind: string;
  /** What the person did, in Vietnamese, from the rows the action wrote and what it returned. */
  label(rows: readonly RecordedRow[], result: unknown): string;
  /** The change set an undo reverts. */
  revertsId?: number;
  /** Create the change set even when no audit row is written (an undo is linked both ways regardless). */
  eager?: boolean;
}

export interface Scope {
  meta: ChangeMeta;
  id: number | null;
  rows: RecordedRow[];
  /** Settings read in this transaction (scopedSetting), forgotten when a setting is written. */
  settings: Map<string, unknown>;
}

/** Writes that no person's call announced (mail sent by the outbox, a CLI command): labelled from their rows. */
export const SYSTEM_META: ChangeMeta = { kind: 'system', label: (rows) => describeRows(rows) };

const scopes = new WeakMap<Db, Scope>();

export function currentScope(db: Db): Scope | undefined {
  return scopes.get(db);
}

export function beginScope(db: Db, meta: ChangeMeta): Scope {
  const scope: Scope = { meta, id: null, rows: [], settings: new Map() };
  scopes.set(db, scope);
  return scope;
}

export function endScope(db: Db, scope: Scope): void {
  if (scopes.get(db) === scope) scopes.delete(db);
}

/**
 * A setting as read by `read`, read once per transaction of ours: "today" and the audit's actor are asked
 * for on every row a bulk writes, and each asked the setting table again. Outside a scope (or outside its
 * transaction) it reads every time. Whatever writes the setting table calls forgetScopedSettings, so a
 * change inside the transaction is seen by the next read.
 */
export function scopedSetting<T>(db: Db, key: string, read: () => T): T {
  const scope = scopes.get(db);
  if (!scope || !db.inTransaction) return read();
  if (scope.settings.has(key)) return scope.settings.get(key) as T;
  const value = read();
  scope.settings.set(key, value);
  return value;
}

/** After a write to the setting table: the next scopedSetting reads it again. */
export function forgetScopedSettings(db: Db): void {
  scopes.get(db)?.settings.clear();
}

function insertChangeSet(ctx: ServiceContext, meta: ChangeMeta, label: string): number {
  const info = ctx
    .prepare('INSERT INTO change_set (at, actor, kind, label, reverts_id) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.now().toISOString(), ctx.actor(), meta.kind, label, meta.revertsId ?? null);
  return Number(info.lastInsertRowid);
}

/** The scope's change set, inserted on first use (its label is written when the scope closes). */
export function ensureChangeSet(ctx: ServiceContext, scope: Scope): number {
  scope.id ??= insertChangeSet(ctx, scope.meta, '');
  return scope.id;
}

/**
 * The change set an audit row joins. Outside any scope (a write with no transaction of ours around it)
 * the row gets a change set of its own, so no row written after schema 5 is without one.
 */
export function changeSetFor(ctx: ServiceContext, row: RecordedRow): number {
  const scope = scopes.get(ctx.db);
  if (!scope) return insertChangeSet(ctx, SYSTEM_META, describeRows([row]));
  scope.rows.push(row);
  return ensureChangeSet(ctx, scope);
}

/** Labels the scope's change set now that the action is done; null when it wrote nothing. */
export function closeScope(ctx: ServiceContext, scope: Scope, result: unknown): ChangeSetRef | null {
  if (scope.id === null) return null;
  const label = scope.meta.label(scope.rows, result);
  ctx.prepare('UPDATE change_set SET label = ? WHERE id = ?').run(label, scope.id);
  return { id: scope.id, label, kind: scope.meta.kind, undoable: cannotUndoKind(scope.meta.kind) === null };
}
