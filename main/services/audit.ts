import type { AuditEntry } from '../../shared/api/types';
import { changeSetFor, storedRow } from './changes/scope';
import type { ServiceContext } from './context';
import { all, sql, sqlEmpty, sqlJoin, type SqlFragment } from '../db/sql';

export type AuditAction = 'create' | 'update' | 'archive' | 'merge' | 'restore' | 'import' | 'set';

/**
 * Writes one audit row. Call inside the transaction of the change it describes: the row joins the change
 * set of the action being written (see changes/scope), so the history shows it as part of what the person did.
 */
export function recordAudit(
  ctx: ServiceContext,
  entity: string,
  entityId: string,
  action: AuditAction,
  before: object | null,
  after: object | null,
): void {
  const beforeJson = before ? JSON.stringify(before) : null;
  const afterJson = after ? JSON.stringify(after) : null;
  const changeSetId = changeSetFor(ctx, storedRow(entity, entityId, action, beforeJson, afterJson));
  ctx
    .prepare(
      'INSERT INTO audit (at, actor, entity, entity_id, action, before, after, change_set_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(ctx.now().toISOString(), ctx.actor(), entity, entityId, action, beforeJson, afterJson, changeSetId);
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  change_set_id: number | null;
}

/** Fields whose stored value differs between two snapshots (updatedAt is bookkeeping, never a change). */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && k !== 'updatedAt');
}

export function toEntry(row: AuditRow): AuditEntry {
  const before = row.before ? (JSON.parse(row.before) as Record<string, unknown>) : null;
  const after = row.after ? (JSON.parse(row.after) as Record<string, unknown>) : null;
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before,
    after,
    changed: changedFields(before, after),
    changeSetId: row.change_set_id,
  };
}

export const AUDIT_COLUMNS = sql`seq, at, actor, entity, entity_id, action, before, after, change_set_id`;

export function listAudit(
  ctx: ServiceContext,
  filter: { entity?: string; entityId?: string; limit: number },
): AuditEntry[] {
  // Conditions are fixed fragments chosen by which filters are present (so the planner can use
  // audit_entity); values are always bound.
  const where: SqlFragment[] = [];
  if (filter.entity !== undefined) where.push(sql`entity = ${filter.entity}`);
  if (filter.entityId !== undefined) where.push(sql`entity_id = ${filter.entityId}`);
  const rows = all<AuditRow>(
    ctx,
    sql`SELECT ${AUDIT_COLUMNS} FROM audit
       ${where.length ? sql`WHERE ${sqlJoin(where, sql` AND `)}` : sqlEmpty} ORDER BY seq DESC LIMIT ${filter.limit}`,
  );
  return rows.map(toEntry);
}
