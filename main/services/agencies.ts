import type { ParsedInput } from '../../shared/api/contract';
import type { Agency } from '../../shared/api/types';
import { appError } from '../errors';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import {
  changedKeys,
  duplicateError,
  explainConstraint,
  mustGet,
  stripUndefined,
  updateColumns,
} from './rows';
import { markForSearch, registerSearchIndexer } from './search';
import { AGENCY_KINDS } from '../../shared/domain';
import { sortKeyOf } from '../db/functions';
import { all, one, sql, sqlJoin } from '../db/sql';

const COLUMNS = sql`a.id, a.code, a.name, a.short_name, a.kind, a.email, a.valid_from, a.valid_to, a.successor_id, a.archived_at,
  (SELECT COUNT(*) FROM task t WHERE t.lead_agency_id = a.id AND t.archived_at IS NULL AND t.state NOT IN ('hoan_thanh', 'huy_bo')) AS open_tasks`;

interface Row {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: Agency['kind'];
  email: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
  archived_at: string | null;
  open_tasks: number;
}

const toAgency = (r: Row): Agency => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  email: r.email,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  successorId: r.successor_id,
  archivedAt: r.archived_at,
  openTaskCount: r.open_tasks,
});

// Departments first, then communes, enterprises, others (the order of every report), by name within each.
const KIND_ORDER = sql`CASE a.kind ${sqlJoin(
  AGENCY_KINDS.map((k, i) => sql`WHEN ${k} THEN ${i}`),
  sql` `,
)} END`;

export function listAgencies(ctx: ServiceContext, includeArchived: boolean): Agency[] {
  const rows = all<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM agency a WHERE (${includeArchived ? 1 : 0} = 1 OR a.archived_at IS NULL) ORDER BY ${KIND_ORDER}, ${sortKeyOf('a.name')}`,
  );
  return rows.map(toAgency);
}

export function getAgency(ctx: ServiceContext, id: string): Agency {
  return toAgency(mustGet(one<Row>(ctx, sql`SELECT ${COLUMNS} FROM agency a WHERE a.id = ${id}`), 'cơ quan'));
}

// What an agency is found by (written after commit: search.ts flushSearch).
registerSearchIndexer('agency', (ctx, id) => {
  const a = getAgency(ctx, id);
  return { title: a.name, subtitle: a.code, parts: [a.shortName, a.email] };
});

/** Agency codes are unique among live agencies, ignoring case (index agency_code_nocase, migration 004). */
function assertCodeFree(ctx: ServiceContext, code: string, exceptId: string | null): void {
  const other = one<{ id: string; name: string }>(
    ctx,
    sql`SELECT id, name FROM agency WHERE code = ${code} COLLATE NOCASE AND archived_at IS NULL AND id <> ${exceptId ?? ''} LIMIT 1`,
  );
  if (other) throw duplicateError('code', 'TRUNG_MA_CO_QUAN', { code, name: other.name });
}

export function createAgency(ctx: ServiceContext, input: ParsedInput<'agencies.create'>): Agency {
  return inTransaction(ctx, () => {
    assertCodeFree(ctx, input.code, null);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    try {
      ctx
        .prepare(
          `INSERT INTO agency (id, code, name, short_name, kind, email, valid_from, valid_to, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.code,
          input.name,
          input.shortName,
          input.kind,
          input.email,
          input.validFrom,
          input.validTo,
          at,
          at,
        );
    } catch (error) {
      explainConstraint(error, 'cơ quan', input.code);
    }
    const created = getAgency(ctx, id);
    markForSearch(ctx, 'agency', created.id);
    recordAudit(ctx, 'agency', id, 'create', null, created);
    return created;
  });
}

const COLUMN_OF = {
  code: 'code',
  name: 'name',
  shortName: 'short_name',
  kind: 'kind',
  email: 'email',
  validFrom: 'valid_from',
  validTo: 'valid_to',
} as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updateAgency(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'agencies.update'>['patch'],
): Agency {
  return inTransaction(ctx, () => {
    const before = getAgency(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const next = { ...before, ...stripUndefined(patch) };
    if (changed.includes('code')) assertCodeFree(ctx, next.code, id);
    try {
      updateColumns(ctx, 'agency', COLUMN_OF, id, changed, next);
    } catch (error) {
      explainConstraint(error, 'cơ quan', next.code);
    }
    const after = getAgency(ctx, id);
    markForSearch(ctx, 'agency', id);
    recordAudit(ctx, 'agency', id, 'update', before, after);
    return after;
  });
}

export function archiveAgency(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getAgency(ctx, id);
    if (before.openTaskCount > 0) {
      throw appError('CO_QUAN_CON_NHIEM_VU', { name: before.name, count: before.openTaskCount });
    }
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE agency SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'agency', id);
    recordAudit(ctx, 'agency', id, 'archive', before, getAgency(ctx, id));
  });
}

/**
 * Merges an agency into its successor (as in the 2025 restructuring): open tasks, indicators and open
 * conclusions move to the successor; completed work keeps its historical agency; the old agency is
 * closed (valid_to, successor) and archived. One transaction; one audit row for the agency and one per
 * moved record (a task's row names its lead and supporting agencies before and after), so the merge can
 * be undone as a whole.
 */
export function mergeAgency(ctx: ServiceContext, input: ParsedInput<'agencies.merge'>) {
  if (input.fromId === input.intoId) throw appError('SAP_NHAP_VAO_CHINH_NO', {});
  return inTransaction(ctx, () => {
    const from = getAgency(ctx, input.fromId);
    const into = getAgency(ctx, input.intoId);
    if (into.archivedAt) throw appError('SAP_NHAP_KE_THUA_DA_LUU_TRU', { name: into.name });
    if (from.archivedAt) throw appError('SAP_NHAP_DA_LUU_TRU', { name: from.name });
    const at = ctx.now().toISOString();
    const openTasks = all<{ id: string; code: string }>(
      ctx,
      sql`SELECT id, code FROM task WHERE lead_agency_id = ${from.id} AND archived_at IS NULL AND state NOT IN ('hoan_thanh', 'huy_bo')`,
    );
    const moveTask = ctx.prepare('UPDATE task SET lead_agency_id = ?, updated_at = ? WHERE id = ?');
    for (const t of openTasks) moveTask.run(into.id, at, t.id);
    // Supporting roles on open tasks move too (without duplicating an existing pair, and never onto the
    // task's own lead: a lead is not also its own supporting agency).
    const supported = all<{ task_id: string }>(
      ctx,
      sql`SELECT s.task_id FROM task_supporting_agency s JOIN task t ON t.id = s.task_id
         WHERE s.agency_id = ${from.id} AND t.state NOT IN ('hoan_thanh', 'huy_bo')`,
    );
    const supportingOf = (taskId: string) =>
      all<{ agency_id: string }>(
        ctx,
        sql`SELECT agency_id FROM task_supporting_agency WHERE task_id = ${taskId} ORDER BY agency_id`,
      ).map((r) => r.agency_id);
    const supportingBefore = new Map(supported.map((s) => [s.task_id, supportingOf(s.task_id)]));
    ctx
      .prepare(
        `INSERT OR IGNORE INTO task_supporting_agency (task_id, agency_id)
         SELECT s.task_id, @into FROM task_supporting_agency s JOIN task t ON t.id = s.task_id
         WHERE s.agency_id = @from AND t.state NOT IN ('hoan_thanh', 'huy_bo') AND t.lead_agency_id IS NOT @into`,
      )
      .run({ into: into.id, from: from.id });
    ctx
      .prepare(
        `DELETE FROM task_supporting_agency WHERE agency_id = ? AND task_id IN
         (SELECT id FROM task WHERE state NOT IN ('hoan_thanh', 'huy_bo'))`,
      )
      .run(from.id);
    const movedTaskIds = [...new Set([...openTasks.map((t) => t.id), ...supportingBefore.keys()])];
    const leads = new Set(openTasks.map((t) => t.id));
    for (const taskId of movedTaskIds) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (leads.has(taskId)) {
        before.leadAgencyId = from.id;
        after.leadAgencyId = into.id;
      }
      const supportingWas = supportingBefore.get(taskId);
      if (supportingWas) {
        before.supportingAgencyIds = supportingWas;
        after.supportingAgencyIds = supportingOf(taskId);
        ctx.prepare('UPDATE task SET updated_at = ? WHERE id = ?').run(at, taskId);
      }
      recordAudit(ctx, 'task', taskId, 'merge', before, after);
    }
    const indicators = all<{ id: string }>(
      ctx,
      sql`SELECT id FROM indicator WHERE lead_agency_id = ${from.id} AND archived_at IS NULL`,
    );
    const moveIndicator = ctx.prepare('UPDATE indicator SET lead_agency_id = ?, updated_at = ? WHERE id = ?');
    for (const i of indicators) {
      moveIndicator.run(into.id, at, i.id);
      recordAudit(ctx, 'indicator', i.id, 'merge', { leadAgencyId: from.id }, { leadAgencyId: into.id });
    }
    const conclusions = all<{ id: string }>(
      ctx,
      sql`SELECT c.id FROM conclusion c LEFT JOIN task t ON t.conclusion_id = c.id
         WHERE c.agency_id = ${from.id} AND c.archived_at IS NULL AND (t.id IS NULL OR t.state NOT IN ('hoan_thanh', 'huy_bo'))`,
    );
    const moveConclusion = ctx.prepare('UPDATE conclusion SET agency_id = ?, updated_at = ? WHERE id = ?');
    for (const c of conclusions) {
      moveConclusion.run(into.id, at, c.id);
      recordAudit(ctx, 'conclusion', c.id, 'merge', { agencyId: from.id }, { agencyId: into.id });
    }
    ctx
      .prepare(
        'UPDATE agency SET successor_id = ?, valid_to = ?, archived_at = ?, updated_at = ? WHERE id = ?',
      )
      .run(into.id, input.on, at, at, from.id);
    markForSearch(ctx, 'agency', from.id);
    const result = {
      movedTasks: openTasks.length,
      movedIndicators: indicators.length,
      movedConclusions: conclusions.length,
    };
    recordAudit(ctx, 'agency', from.id, 'merge', from, {
      ...getAgency(ctx, from.id),
      mergedInto: into.id,
      ...result,
    });
    return result;
  });
}
