import type { ParsedInput } from '../../shared/api/contract';
import type { Plan } from '../../shared/api/types';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { changedKeys, mustGet, stripUndefined, updateColumns } from './rows';
import { markForSearch, registerSearchIndexer } from './search';
import { appError, fieldProblem } from '../errors';
import { sortKeyOf } from '../db/functions';
import { all, one, sql } from '../db/sql';
import { getSettings, updateSettings } from './settings';

interface Row {
  id: string;
  code: string;
  title: string;
  year_from: number;
  year_to: number;
  issued_on: string | null;
  issued_by: string | null;
  basis: string;
  state: Plan['state'];
  archived_at: string | null;
  task_count: number;
  indicator_count: number;
}
const COLUMNS = sql`p.id, p.code, p.title, p.year_from, p.year_to, p.issued_on, p.issued_by, p.basis, p.state, p.archived_at,
  (SELECT COUNT(*) FROM task t WHERE t.plan_id = p.id AND t.archived_at IS NULL) AS task_count,
  (SELECT COUNT(*) FROM indicator i WHERE i.plan_id = p.id AND i.archived_at IS NULL) AS indicator_count`;

const toPlan = (r: Row): Plan => ({
  id: r.id,
  code: r.code,
  title: r.title,
  yearFrom: r.year_from,
  yearTo: r.year_to,
  issuedOn: r.issued_on,
  issuedBy: r.issued_by,
  basis: r.basis,
  state: r.state,
  archivedAt: r.archived_at,
  taskCount: r.task_count,
  indicatorCount: r.indicator_count,
});

export function listPlans(ctx: ServiceContext, includeArchived: boolean): Plan[] {
  return all<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM plan p WHERE (${includeArchived ? 1 : 0} = 1 OR p.archived_at IS NULL) ORDER BY p.year_to DESC, p.issued_on DESC, ${sortKeyOf('p.code')}`,
  ).map(toPlan);
}

export function getPlan(ctx: ServiceContext, id: string): Plan {
  return toPlan(mustGet(one<Row>(ctx, sql`SELECT ${COLUMNS} FROM plan p WHERE p.id = ${id}`), 'kế hoạch'));
}

/** The latest plan being carried out (newest years first), else the newest plan. */
export function latestActivePlan(ctx: ServiceContext): Plan | null {
  const plans = listPlans(ctx, false);
  return plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0] ?? null;
}

/**
 * The plan pages, reports and the CLI open on: the one the person chose (setting defaultPlanId) while it
 * is live, else the latest plan being carried out. createPlan pins the choice before adding a plan, so
 * a newer plan never takes over by itself.
 */
export function defaultPlan(ctx: ServiceContext): Plan | null {
  const chosen = getSettings(ctx).defaultPlanId;
  if (chosen) {
    const row = one<{ archived_at: string | null }>(
      ctx,
      sql`SELECT archived_at FROM plan WHERE id = ${chosen}`,
    );
    if (row && !row.archived_at) return getPlan(ctx, chosen);
  }
  return latestActivePlan(ctx);
}

/** When no live plan is chosen, records the one pages open on now, so the next plan does not replace it. */
export function pinDefaultPlan(ctx: ServiceContext): void {
  const chosen = getSettings(ctx).defaultPlanId;
  const current = defaultPlan(ctx);
  if (current && current.id !== chosen) updateSettings(ctx, { defaultPlanId: current.id });
}

// What a plan is found by (written after commit: search.ts flushSearch).
registerSearchIndexer('plan', (ctx, id) => {
  const p = getPlan(ctx, id);
  return { title: p.title, subtitle: p.code, parts: [p.issuedBy] };
});

/** Adds a plan; the plan pages open on stays what it was (see pinDefaultPlan). */
export function createPlan(ctx: ServiceContext, input: ParsedInput<'plans.create'>): Plan {
  return inTransaction(ctx, () => {
    pinDefaultPlan(ctx);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO plan (id, code, title, year_from, year_to, issued_on, issued_by, basis, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.code,
        input.title,
        input.yearFrom,
        input.yearTo,
        input.issuedOn,
        input.issuedBy,
        input.basis,
        input.state,
        at,
        at,
      );
    const created = getPlan(ctx, id);
    markForSearch(ctx, 'plan', created.id);
    recordAudit(ctx, 'plan', id, 'create', null, created);
    return created;
  });
}

const COLUMN_OF = {
  code: 'code',
  title: 'title',
  yearFrom: 'year_from',
  yearTo: 'year_to',
  issuedOn: 'issued_on',
  issuedBy: 'issued_by',
  basis: 'basis',
  state: 'state',
} as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updatePlan(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'plans.update'>['patch'],
): Plan {
  return inTransaction(ctx, () => {
    const before = getPlan(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const next = { ...before, ...stripUndefined(patch) };
    if (next.yearTo < next.yearFrom)
      throw appError('NAM_KET_THUC_TRUOC', {}, [
        fieldProblem(changed.includes('yearTo') ? 'yearTo' : 'yearFrom', 'NAM_KET_THUC_TRUOC', {}),
      ]);
    updateColumns(ctx, 'plan', COLUMN_OF, id, changed, next);
    const after = getPlan(ctx, id);
    markForSearch(ctx, 'plan', id);
    recordAudit(ctx, 'plan', id, 'update', before, after);
    return after;
  });
}

export function archivePlan(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getPlan(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE plan SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'plan', id);
    recordAudit(ctx, 'plan', id, 'archive', before, getPlan(ctx, id));
  });
}
