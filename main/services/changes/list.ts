// Reading change sets for the history views: of one record (its rows only, under the label of what the
// person did) or of the whole file. Audit rows written before change sets existed (schema 5) are shown as
// actions of their own, labelled from the row, and say that they cannot be undone.
import type { ParsedInput } from '../../../shared/api/contract';
import type { AuditEntry, ChangeSetView } from '../../../shared/api/types';
import { AppError } from '../../errors';
import { AUDIT_COLUMNS, toEntry, type AuditRow } from '../audit';
import type { ServiceContext } from '../context';
import { cannotUndoKind, describeRows, LEGACY_CANNOT_UNDO, timeAndDate } from './words';

export interface ChangeSetRow {
  id: number;
  at: string;
  actor: string;
  kind: string;
  label: string;
  reverts_id: number | null;
  reverted_by: number | null;
}

/** Rows of a whole change set shown in the file's log; the count says how many there are in all. */
const ENTRIES_SHOWN = 20;
const SET_COLUMNS = 'id, at, actor, kind, label, reverts_id, reverted_by';

export function loadChangeSet(ctx: ServiceContext, id: number): ChangeSetRow | undefined {
  return ctx.prepare(`SELECT ${SET_COLUMNS} FROM change_set WHERE id = ?`).get(id) as
    ChangeSetRow | undefined;
}

/** Why a change set cannot be undone now (before looking at its records), or null. */
export function cannotUndo(ctx: ServiceContext, set: ChangeSetRow): string | null {
  if (set.reverted_by !== null) {
    const undo = loadChangeSet(ctx, set.reverted_by);
    return undo
      ? `Thay đổi này đã được ${undo.actor} hoàn tác lúc ${timeAndDate(undo.at)}. Muốn làm lại, hãy hoàn tác “${undo.label}”.`
      : 'Thay đổi này đã được hoàn tác.';
  }
  return cannotUndoKind(set.kind);
}

function countRows(ctx: ServiceContext, id: number): number {
  return (ctx.prepare('SELECT COUNT(*) AS n FROM audit WHERE change_set_id = ?').get(id) as { n: number }).n;
}

function firstRows(ctx: ServiceContext, id: number): AuditEntry[] {
  return (
    ctx
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE change_set_id = ? ORDER BY seq LIMIT ?`)
      .all(id, ENTRIES_SHOWN) as AuditRow[]
  ).map(toEntry);
}

function viewOf(ctx: ServiceContext, set: ChangeSetRow, entries: AuditEntry[]): ChangeSetView {
  return {
    id: set.id,
    at: set.at,
    actor: set.actor,
    kind: set.kind,
    label: set.label,
    revertsId: set.reverts_id,
    revertedById: set.reverted_by,
    cannotUndo: cannotUndo(ctx, set),
    entries,
    entryCount: countRows(ctx, set.id),
  };
}

function legacyView(entry: AuditEntry): ChangeSetView {
  return {
    id: null,
    at: entry.at,
    actor: entry.actor,
    kind: 'legacy',
    label: describeRows([entry]),
    revertsId: null,
    revertedById: null,
    cannotUndo: LEGACY_CANNOT_UNDO,
    entries: [entry],
    entryCount: 1,
  };
}

export function getChangeSet(ctx: ServiceContext, id: number): ChangeSetView {
  const set = loadChangeSet(ctx, id);
  if (!set) throw new AppError('KHONG_TIM_THAY', 'Không tìm thấy thay đổi này; hãy tải lại trang.');
  return viewOf(ctx, set, firstRows(ctx, id));
}

/** Groups a record's rows (newest first) into the actions they belong to. */
function groupRows(ctx: ServiceContext, rows: AuditEntry[], limit: number): ChangeSetView[] {
  const views: ChangeSetView[] = [];
  const byId = new Map<number, AuditEntry[]>();
  for (const row of rows) {
    if (row.changeSetId === null) {
      if (views.length < limit) views.push(legacyView(row));
      continue;
    }
    const group = byId.get(row.changeSetId);
    if (group) {
      group.unshift(row); // rows inside one action read in the order they were written
      continue;
    }
    if (views.length >= limit) continue;
    const set = loadChangeSet(ctx, row.changeSetId);
    if (!set) continue;
    const entries = [row];
    byId.set(row.changeSetId, entries);
    views.push(viewOf(ctx, set, entries));
  }
  return views;
}

export function listChanges(ctx: ServiceContext, f: ParsedInput<'changes.list'>): ChangeSetView[] {
  if (f.entity !== undefined) {
    // A record's rows: enough of them for `limit` actions (an action rarely writes many rows of one record).
    const where =
      f.entityId === undefined ? 'entity = @entity' : 'entity = @entity AND entity_id = @entityId';
    const rows = (
      ctx
        .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE ${where} ORDER BY seq DESC LIMIT @rows`)
        .all({ entity: f.entity, entityId: f.entityId, rows: f.limit * 5 }) as AuditRow[]
    ).map(toEntry);
    return groupRows(ctx, rows, f.limit);
  }
  const sets = ctx
    .prepare(`SELECT ${SET_COLUMNS} FROM change_set ORDER BY id DESC LIMIT ?`)
    .all(f.limit) as ChangeSetRow[];
  const legacy = (
    ctx
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE change_set_id IS NULL ORDER BY seq DESC LIMIT ?`)
      .all(f.limit) as AuditRow[]
  ).map(toEntry);
  const views = [...sets.map((s) => viewOf(ctx, s, firstRows(ctx, s.id))), ...legacy.map(legacyView)];
  return views.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, f.limit);
}
