// Un-archiving, which nothing but an undo needs: a record archived (or closed by a merge) comes back into
// lists, search and reports. Each goes through the same rules a new record would meet: its code must
// still be free, its plan or meeting must not be archived. One audit row ('restore') with the record
// before and after, in the shape of the record's other rows.
import { appError } from '../../errors';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { assertActive, explainConstraint } from '../rows';
import { ENTITY_NOUNS } from './words';
import { one, run, sql, sqlIdentifier } from '../../db/sql';

export type Archivable = 'task' | 'agency' | 'pillar' | 'plan' | 'indicator' | 'meeting' | 'conclusion';

export interface LifecycleSpec {
  entity: Archivable;
  /** The record as its audit rows show it. */
  view(ctx: ServiceContext, id: string): Record<string, unknown>;
  /** Puts the record back into search after it comes back. */
  reindex?(ctx: ServiceContext, id: string): void;
  /** The rule a restored record must meet besides a free code (its plan or meeting is not archived). */
  check?(ctx: ServiceContext, view: Record<string, unknown>): void;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Brings an archived record back; for an agency closed by a merge, also its successor link. */
export function unarchive(
  ctx: ServiceContext,
  spec: LifecycleSpec,
  id: string,
  extra: { successorId?: string | null } = {},
): void {
  const before = spec.view(ctx, id);
  if (before.archivedAt === null) return;
  spec.check?.(ctx, before);
  const at = ctx.now().toISOString();
  try {
    // The table name comes from the closed union Archivable, never from input.
    run(
      ctx,
      sql`UPDATE ${sqlIdentifier(spec.entity)} SET archived_at = NULL, updated_at = ${at} WHERE id = ${id}`,
    );
  } catch (error) {
    explainConstraint(error, ENTITY_NOUNS[spec.entity] ?? spec.entity, text(before.code));
  }
  if (spec.entity === 'agency' && extra.successorId !== undefined) setSuccessor(ctx, id, extra.successorId);
  spec.reindex?.(ctx, id);
  recordAudit(ctx, spec.entity, id, 'restore', before, spec.view(ctx, id));
}

/** The successor an agency names (set by a merge): restored or set again by an undo. */
export function setSuccessor(ctx: ServiceContext, agencyId: string, successorId: string | null): void {
  if (successorId) assertActive(ctx, 'agency', successorId, 'Cơ quan kế thừa');
  ctx.prepare('UPDATE agency SET successor_id = ? WHERE id = ?').run(successorId, agencyId);
}

/** The plan a restored task or indicator belongs to must itself be in use. */
export function planInUse(ctx: ServiceContext, view: Record<string, unknown>): void {
  const planId = text(view.planId);
  if (!planId) return;
  const row = one<{ code: string; archived_at: string | null }>(
    ctx,
    sql`SELECT code, archived_at FROM plan WHERE id = ${planId}`,
  );
  if (row?.archived_at) throw appError('HOAN_TAC_KE_HOACH_LUU_TRU', { plan: row.code });
}
