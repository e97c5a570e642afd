import type { ParsedInput } from '../../shared/api/contract';
import type { Pillar } from '../../shared/api/types';
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
import { sortKeyOf } from '../db/functions';
import { all, one, oneRow, sql } from '../db/sql';

interface Row {
  id: string;
  code: string;
  name: string;
  group_name: Pillar['group'];
  sort_order: number;
  archived_at: string | null;
}
const COLUMNS = sql`id, code, name, group_name, sort_order, archived_at`;
const toPillar = (r: Row): Pillar => ({
  id: r.id,
  code: r.code,
  name: r.name,
  group: r.group_name,
  sortOrder: r.sort_order,
  archivedAt: r.archived_at,
});

/** The pillars and foundations of the national programme (DESIGN.md), seeded into every new file. */
export const DEFAULT_PILLARS: { code: string; name: string; group: Pillar['group'] }[] = [
  { code: 'CQS', name: 'Chính quyền số', group: 'tru_cot' },
  { code: 'KTS', name: 'Kinh tế số', group: 'tru_cot' },
  { code: 'XHS', name: 'Xã hội số', group: 'tru_cot' },
  { code: 'NTS', name: 'Nhận thức số', group: 'nen_tang' },
  { code: 'TCS', name: 'Thể chế số', group: 'nen_tang' },
  { code: 'HTS', name: 'Hạ tầng và nền tảng số', group: 'nen_tang' },
  { code: 'DLS', name: 'Dữ liệu số', group: 'nen_tang' },
  { code: 'ATTT', name: 'An toàn thông tin mạng', group: 'nen_tang' },
  { code: 'NLS', name: 'Nhân lực số', group: 'nen_tang' },
];

export function listPillars(ctx: ServiceContext, includeArchived: boolean): Pillar[] {
  return all<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM pillar WHERE (${includeArchived ? 1 : 0} = 1 OR archived_at IS NULL) ORDER BY sort_order, ${sortKeyOf('name')}`,
  ).map(toPillar);
}

export function getPillar(ctx: ServiceContext, id: string): Pillar {
  return toPillar(mustGet(one<Row>(ctx, sql`SELECT ${COLUMNS} FROM pillar WHERE id = ${id}`), 'trụ cột'));
}

/** Pillar codes are unique among live pillars, ignoring case (index pillar_code_nocase, migration 004). */
function assertCodeFree(ctx: ServiceContext, code: string, exceptId: string | null): void {
  const other = one<{ id: string; name: string }>(
    ctx,
    sql`SELECT id, name FROM pillar WHERE code = ${code} COLLATE NOCASE AND archived_at IS NULL AND id <> ${exceptId ?? ''} LIMIT 1`,
  );
  if (other) throw duplicateError('code', 'TRUNG_MA_TRU_COT', { code, name: other.name });
}

export function createPillar(ctx: ServiceContext, input: ParsedInput<'pillars.create'>): Pillar {
  return inTransaction(ctx, () => {
    assertCodeFree(ctx, input.code, null);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    try {
      ctx
        .prepare(
          'INSERT INTO pillar (id, code, name, group_name, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.code, input.name, input.group, input.sortOrder, at, at);
    } catch (error) {
      explainConstraint(error, 'trụ cột', input.code);
    }
    const created = getPillar(ctx, id);
    recordAudit(ctx, 'pillar', id, 'create', null, created);
    return created;
  });
}

const COLUMN_OF = { code: 'code', name: 'name', group: 'group_name', sortOrder: 'sort_order' } as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updatePillar(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'pillars.update'>['patch'],
): Pillar {
  return inTransaction(ctx, () => {
    const before = getPillar(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const next = { ...before, ...stripUndefined(patch) };
    if (changed.includes('code')) assertCodeFree(ctx, next.code, id);
    try {
      updateColumns(ctx, 'pillar', COLUMN_OF, id, changed, next);
    } catch (error) {
      explainConstraint(error, 'trụ cột', next.code);
    }
    const after = getPillar(ctx, id);
    recordAudit(ctx, 'pillar', id, 'update', before, after);
    return after;
  });
}

export function archivePillar(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getPillar(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE pillar SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    recordAudit(ctx, 'pillar', id, 'archive', before, getPillar(ctx, id));
  });
}

/** Seeds the default pillars into an empty list (first run, and the demo). */
export function seedPillars(ctx: ServiceContext): void {
  inTransaction(ctx, () => {
    const count = oneRow<{ n: number }>(ctx, sql`SELECT COUNT(*) AS n FROM pillar`).n;
    if (count > 0) return;
    DEFAULT_PILLARS.forEach((p, i) => createPillar(ctx, { ...p, sortOrder: i + 1 }));
  });
}
