import { appError, fieldProblem, type AppError } from '../errors';
import type { MessageKey, ParamsOf } from '../../shared/errors/catalogue';
import type { ServiceContext } from './context';
import { asSqlValue, one, run, sql, sqlIdentifier, sqlJoin } from '../db/sql';

/** Loads one row by id or fails with a message naming the kind of record. */
export function mustGet<T>(row: T | undefined, what: string): T {
  if (!row) throw appError('KHONG_TIM_THAY_BAN_GHI', { what });
  return row;
}

/** Checks that a referenced record exists and is not archived, with a message for the field. */
export function assertActive(
  ctx: ServiceContext,
  table: 'agency' | 'pillar' | 'plan' | 'meeting',
  id: string | null | undefined,
  label: string,
): void {
  if (!id) return;
  // The table name comes from the closed union above, never from input.
  const row = one<{ archived_at: string | null }>(
    ctx,
    sql`SELECT archived_at FROM ${sqlIdentifier(table)} WHERE id = ${id}`,
  );
  refuseInactive(row, label);
}

function refuseInactive(row: { archived_at: string | null } | undefined, label: string): void {
  if (!row) throw appError('THAM_CHIEU_KHONG_CO', { label });
  if (row.archived_at) throw appError('THAM_CHIEU_DA_LUU_TRU', { label });
}

/** How a referenced pillar or agency is named in a task row (TaskRow.pillarName, leadAgencyName). */
const SHOWN_NAME = { pillar: sql`name`, agency: sql`COALESCE(short_name, name)` } as const;

/**
 * assertActive for a pillar or an agency, returning the name a task row shows for it (null for no
 * reference): one read where a writer needs both the check and the name.
 */
export function activeName(
  ctx: ServiceContext,
  table: keyof typeof SHOWN_NAME,
  id: string | null | undefined,
  label: string,
): string | null {
  if (!id) return null;
  const row = one<{ archived_at: string | null; name: string }>(
    ctx,
    sql`SELECT archived_at, ${SHOWN_NAME[table]} AS name FROM ${sqlIdentifier(table)} WHERE id = ${id}`,
  );
  refuseInactive(row, label);
  return row!.name;
}

/** Turns a unique-constraint failure into a message saying which code is taken. */
export function explainConstraint(error: unknown, what: string, code: string): never {
  if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
    throw appError('TRUNG_MA_CHUNG', { code, what });
  }
  throw error;
}

/** The fields a patch really sets: an omitted field (undefined) keeps the stored value when merged. */
export function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Values equal as stored: primitives by value, lists as the sets they are stored as (rows of a child
 * table: neither order nor a repeated item is a change).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = new Set((a as unknown[]).map(String));
    const y = new Set((b as unknown[]).map(String));
    return x.size === y.size && [...x].every((v) => y.has(v));
  }
  return a === b;
}

/**
 * The fields a patch really changes: named (not undefined) and different from what is stored. A patch
 * whose values all equal the stored ones changes nothing, so the service writes nothing at all.
 */
export function changedKeys<T extends object, K extends keyof T & string>(
  current: T,
  patch: Partial<Pick<T, K>>,
): K[] {
  return (Object.keys(patch) as K[]).filter(
    (k) => patch[k] !== undefined && !sameValue(patch[k], current[k]),
  );
}

/** Tables whose rows the update paths write column by column. */
type UpdatedTable = 'agency' | 'pillar' | 'plan' | 'task' | 'indicator' | 'meeting' | 'conclusion';

/**
 * Writes only the given fields of one row, and its updated_at: `UPDATE table SET col = ?, ...`.
 * Column names come from the service's fixed field-to-column map, never from input; values are bound.
 */
export function updateColumns<F extends string>(
  ctx: ServiceContext,
  table: UpdatedTable,
  columnOf: Readonly<Record<F, string>>,
  id: string,
  fields: readonly F[],
  values: Readonly<Record<F, unknown>>,
): void {
  if (fields.length === 0) return;
  const sets = fields.map((f) => {
    const column = columnOf[f];
    if (!column) throw new Error(`updateColumns: no column for field ${f} of ${table}`);
    return sql`${sqlIdentifier(column)} = ${asSqlValue(values[f])}`;
  });
  const updatedAt = ctx.now().toISOString();
  run(
    ctx,
    sql`UPDATE ${sqlIdentifier(table)} SET ${sqlJoin(sets)}, updated_at = ${updatedAt} WHERE id = ${id}`,
  );
}

/**
 * A refusal for a code (or number) another live record already has: the message names that record, and
 * is attached to the field so a form shows it there.
 */
export function duplicateError<K extends MessageKey>(field: string, key: K, params: ParamsOf<K>): AppError {
  return appError(key, params, [fieldProblem(field, key, params)]);
}
