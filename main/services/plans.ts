import type { ParsedInput } from '../../shared/api/contract';
import type { Plan } from '../../shared/api/types';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { mustGet, stripUndefined } from './rows';
import { indexForSearch, removeFromSearch } from './search';
import { AppError } from '../errors';

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
const COLUMNS = `p.id, p.code, p.title, p.year_from, p.year_to, p.issued_on, p.issued_by, p.basis, p.state, p.archived_at,
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
  return (
    ctx
      .prepare(
        `SELECT ${COLUMNS} FROM plan p WHERE (? = 1 OR p.archived_at IS NULL) ORDER BY p.year_to DESC, p.issued_on DESC, p.code`,
      )
      .all(includeArchived ? 1 : 0) as Row[]
  ).map(toPlan);
}

export function getPlan(ctx: ServiceContext, id: string): Plan {
  return toPlan(
    mustGet(
      ctx.prepare(`SELECT ${COLUMNS} FROM plan p WHERE p.id = ?`).get(id) as Row | undefined,
      'kế hoạch',
    ),
  );
}

/** The plan reports and the dashboard default to: the latest plan being carried out. */
export function latestActivePlan(ctx: ServiceContext): Plan | null {
  const plans = listPlans(ctx, false);
  return plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0] ?? null;
}

export function index(ctx: ServiceContext, p: Plan): void {
  indexForSearch(ctx, 'plan', p.id, p.title, p.code, [p.issuedBy]);
}

export function createPlan(ctx: ServiceContext, input: ParsedInput<'plans.create'>): Plan {
  return inTransaction(ctx, () => {
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
    index(ctx, created);
    recordAudit(ctx, 'plan', id, 'create', null, created);
    return created;
  });
}

export function updatePlan(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'plans.update'>['patch'],
): Plan {
  return inTransaction(ctx, () => {
    const before = getPlan(ctx, id);
    const next = { ...before, ...stripUndefined(patch) };
    if (next.yearTo < next.yearFrom)
      throw new AppError('DU_LIEU_KHONG_HOP_LE', 'Năm kết thúc phải từ năm bắt đầu trở đi.');
    ctx
      .prepare(
        `UPDATE plan SET code = ?, title = ?, year_from = ?, year_to = ?, issued_on = ?, issued_by = ?, basis = ?, state = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        next.code,
        next.title,
        next.yearFrom,
        next.yearTo,
        next.issuedOn,
        next.issuedBy,
        next.basis,
        next.state,
        ctx.now().toISOString(),
        id,
      );
    const after = getPlan(ctx, id);
    index(ctx, after);
    recordAudit(ctx, 'plan', id, 'update', before, after);
    return after;
  });
}

export function archivePlan(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getPlan(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE plan SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    removeFromSearch(ctx, 'plan', id);
    recordAudit(ctx, 'plan', id, 'archive', before, getPlan(ctx, id));
  });
}
