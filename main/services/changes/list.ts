// Reading change sets for the history views: of one record (its rows only, under the label of what the
// person did) or of the whole file. Audit rows written before change sets existed (schema 5) are shown as
// actions of their own, labelled from the row, and say that they cannot be undone.
import type { ParsedInput } from '../../../shared/api/contract';
import type { AuditEntry, ChangeSetView } from '../../../shared/api/types';
import { appError } from '../../errors';
import { AUDIT_COLUMNS, toEntry, type AuditRow } from '../audit';
import type { ServiceContext } from '../context';
import { cannotUndoKind, describeRows, LEGACY_CANNOT_UNDO, timeAndDate } from './words';
import { all, one, oneRow, sql, type SqlFragment } from '../../db/sql';

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
const SET_COLUMNS = sql`id, at, actor, kind, label, reverts_id, reverted_by`;

export function loadChangeSet(ctx: ServiceContext, id: number): ChangeSetRow | undefined {
  return one<ChangeSetRow>(ctx, sql`SELECT ${SET_COLUMNS} FROM change_set WHERE id = ${id}`);
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

/** How many undos deep a change set is: 0 for an action, 1 for its undo, 2 for the redo, … */
export function undoDepth(ctx: ServiceContext, set: ChangeSetRow): { depth: number; root: ChangeSetRow } {
  let depth = 0;
  let root = set;
  while (root.kind === 'undo' && root.reverts_id !== null && depth < 1000) {
    const reverted = loadChangeSet(ctx, root.reverts_id);
    if (!reverted) break;
    root = reverted;
    depth++;
  }
  return { depth, root };
}

function countRows(ctx: ServiceContext, id: number): number {
  return oneRow<{ n: number }>(ctx, sql`SELECT COUNT(*) AS n FROM audit WHERE change_set_id = ${id}`).n;
}

function firstRows(ctx: ServiceContext, id: number): AuditEntry[] {
  return all<AuditRow>(
    ctx,
    sql`SELECT ${AUDIT_COLUMNS} FROM audit WHERE change_set_id = ${id} ORDER BY seq LIMIT ${ENTRIES_SHOWN}`,
  ).map(toEntry);
}

const REFERENCE_FIELDS: Record<string, 'agency' | 'pillar' | 'plan' | 'task'> = {
  leadAgencyId: 'agency',
  agencyId: 'agency',
  successorId: 'agency',
  mergedInto: 'agency',
  supportingAgencyIds: 'agency',
  pillarId: 'pillar',
  planId: 'plan',
  taskId: 'task',
};

const NAME_SQL: Record<string, (id: string) => SqlFragment> = {
  task: (id) => sql`SELECT code AS name FROM task WHERE id = ${id}`,
  plan: (id) => sql`SELECT code AS name FROM plan WHERE id = ${id}`,
  indicator: (id) => sql`SELECT code AS name FROM indicator WHERE id = ${id}`,
  agency: (id) => sql`SELECT COALESCE(short_name, name) AS name FROM agency WHERE id = ${id}`,
  pillar: (id) => sql`SELECT name FROM pillar WHERE id = ${id}`,
  meeting: (id) => sql`SELECT 'thứ ' || number AS name FROM meeting WHERE id = ${id}`,
  meeting_notice: (id) => sql`SELECT 'thứ ' || number AS name FROM meeting WHERE id = ${id}`,
  conclusion: (id) =>
    sql`SELECT c.seq || ' (phiên họp thứ ' || m.number || ')' AS name FROM conclusion c JOIN meeting m ON m.id = c.meeting_id WHERE c.id = ${id}`,
};

/** Names of the records the entries are about and refer to (archived ones too), for the history to print. */
function namesOf(ctx: ServiceContext, entries: readonly AuditEntry[]): Record<string, string> {
  const names: Record<string, string> = {};
  const add = (kind: string, id: unknown) => {
    if (typeof id !== 'string' || id in names) return;
    const query = NAME_SQL[kind];
    const row = query ? one<{ name: string | null }>(ctx, query(id)) : undefined;
    if (row?.name) names[id] = row.name;
  };
  for (const e of entries) {
    add(e.entity, e.entityId);
    for (const side of [e.before, e.after]) {
      for (const [field, kind] of Object.entries(REFERENCE_FIELDS)) {
        const v = side?.[field];
        if (Array.isArray(v)) v.forEach((id) => add(kind, id));
        else add(kind, v);
      }
    }
  }
  return names;
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
    redoes: undoDepth(ctx, set).depth % 2 === 1,
    entries,
    entryCount: countRows(ctx, set.id),
    names: namesOf(ctx, entries),
  };
}

function legacyView(ctx: ServiceContext, entry: AuditEntry): ChangeSetView {
  return {
    id: null,
    at: entry.at,
    actor: entry.actor,
    kind: 'legacy',
    label: describeRows([entry]),
    revertsId: null,
    revertedById: null,
    cannotUndo: LEGACY_CANNOT_UNDO,
    redoes: false,
    entries: [entry],
    entryCount: 1,
    names: namesOf(ctx, [entry]),
  };
}

export function getChangeSet(ctx: ServiceContext, id: number): ChangeSetView {
  const set = loadChangeSet(ctx, id);
  if (!set) throw appError('KHONG_TIM_THAY_THAY_DOI', {});
  return viewOf(ctx, set, firstRows(ctx, id));
}

/** Groups a record's rows (newest first) into the actions they belong to. */
function groupRows(ctx: ServiceContext, rows: AuditEntry[], limit: number): ChangeSetView[] {
  const groups: { set: ChangeSetRow | null; entries: AuditEntry[] }[] = [];
  const byId = new Map<number, AuditEntry[]>();
  for (const row of rows) {
    if (row.changeSetId === null) {
      if (groups.length < limit) groups.push({ set: null, entries: [row] });
      continue;
    }
    const group = byId.get(row.changeSetId);
    if (group) {
      group.unshift(row); // rows inside one action read in the order they were written
      continue;
    }
    if (groups.length >= limit) continue;
    const set = loadChangeSet(ctx, row.changeSetId);
    if (!set) continue;
    const entries = [row];
    byId.set(row.changeSetId, entries);
    groups.push({ set, entries });
  }
  return groups.map((g) => (g.set ? viewOf(ctx, g.set, g.entries) : legacyView(ctx, g.entries[0]!)));
}

export function listChanges(ctx: ServiceContext, f: ParsedInput<'changes.list'>): ChangeSetView[] {
  if (f.entity !== undefined) {
    // A record's rows: enough of them for `limit` actions (an action rarely writes many rows of one record).
    const where =
      f.entityId === undefined
        ? sql`entity = ${f.entity}`
        : sql`entity = ${f.entity} AND entity_id = ${f.entityId}`;
    const rows = all<AuditRow>(
      ctx,
      sql`SELECT ${AUDIT_COLUMNS} FROM audit WHERE ${where} ORDER BY seq DESC LIMIT ${f.limit * 5}`,
    ).map(toEntry);
    return groupRows(ctx, rows, f.limit);
  }
  const sets = all<ChangeSetRow>(
    ctx,
    sql`SELECT ${SET_COLUMNS} FROM change_set ORDER BY id DESC LIMIT ${f.limit}`,
  );
  const legacy = all<AuditRow>(
    ctx,
    sql`SELECT ${AUDIT_COLUMNS} FROM audit WHERE change_set_id IS NULL ORDER BY seq DESC LIMIT ${f.limit}`,
  ).map(toEntry);
  const views = [
    ...sets.map((s) => viewOf(ctx, s, firstRows(ctx, s.id))),
    ...legacy.map((e) => legacyView(ctx, e)),
  ];
  return views.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, f.limit);
}
