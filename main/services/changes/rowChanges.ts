// From audit rows to record changes: which record each row is about (a task, a value cell, a target), the
// fields it changed, and for a whole change set the value of each field before the set and after it.
// Undo (./undo) checks the "after" against the record now and writes the "before" back.
import type { AuditEntry } from '../../../shared/api/types';
import type { KindName, Values } from './kinds';
import { cellId, targetId } from './valueKinds';
import { DERIVED_FIELDS, rowFields } from './words';

export interface RowChange {
  kind: KindName;
  id: string;
  /** null: the record did not exist before the row (created, a cell entered, a notice first saved). */
  before: Values | null;
  /** null: the record does not exist after it (a cell cleared, a target or notice removed). */
  after: Values | null;
  fields: string[];
}

const KNOWN: ReadonlySet<string> = new Set([
  'task',
  'agency',
  'pillar',
  'plan',
  'indicator',
  'meeting',
  'conclusion',
  'meeting_notice',
  'setting',
]);

const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record a row is about, or null for entities an undo does not handle (submissions, mail, drafts). */
export function changeOfRow(row: AuditEntry): RowChange | null {
  const { entity, entityId, action, before, after } = row;
  if (!KNOWN.has(entity)) return null;
  if (entity === 'indicator' && action === 'set') {
    const period = after?.period ?? before?.period;
    if (typeof period === 'string') {
      const cell = (v: Values | null) =>
        v ? { value: v.value ?? null, note: v.note, evidence: v.evidence } : null;
      const b = cell(before);
      const a = after ? { value: after.value ?? null } : null;
      return { kind: 'cell', id: cellId(entityId, period), before: b, after: a, fields: ['value'] };
    }
    const target = isValues(after?.target) ? after.target : isValues(before?.target) ? before.target : null;
    if (target && typeof target.year === 'number') {
      const t = (v: unknown) =>
        isValues(v) ? { baseline: v.baseline ?? null, target: v.target ?? null } : null;
      return {
        kind: 'target',
        id: targetId(entityId, target.year),
        before: t(before?.target),
        after: t(after?.target),
        fields: ['baseline', 'target'],
      };
    }
    return null;
  }
  // An archived conclusion's row has no "after": it is the record as before, archived at the row's time.
  const afterValues =
    entity === 'conclusion' && action === 'archive' && !after && before
      ? { ...before, archivedAt: row.at }
      : after;
  const kind = entity as KindName;
  const fields =
    before && afterValues
      ? rowFields({ before, after: afterValues })
      : Object.keys(afterValues ?? before ?? {}).filter((k) => !DERIVED_FIELDS.has(k));
  return { kind, id: entityId, before, after: afterValues, fields };
}

/** One record as a whole change set changed it: each field's value before the set and after it. */
export interface RecordChange {
  kind: KindName;
  id: string;
  /** The record did not exist before the set: undoing takes back its creation. */
  created: boolean;
  /** The record does not exist after the set: undoing brings it back as `initial`. */
  removed: boolean;
  fields: string[];
  initial: Values;
  final: Values;
  /** The seq of the set's last row about it: records are undone newest first. */
  lastSeq: number;
}

export function recordChanges(rows: readonly AuditEntry[]): RecordChange[] {
  const byRecord = new Map<string, RecordChange>();
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    const change = changeOfRow(row);
    if (!change) continue;
    const key = `${change.kind}:${change.id}`;
    let rec = byRecord.get(key);
    if (!rec) {
      rec = {
        kind: change.kind,
        id: change.id,
        created: change.before === null,
        removed: false,
        fields: [],
        initial: {},
        final: {},
        lastSeq: row.seq,
      };
      byRecord.set(key, rec);
    }
    rec.lastSeq = row.seq;
    rec.removed = change.after === null;
    for (const f of change.fields) {
      if (!rec.fields.includes(f)) {
        rec.fields.push(f);
        rec.initial[f] = change.before?.[f] ?? null;
      }
      rec.final[f] = change.after?.[f] ?? null;
    }
    // A record created or removed keeps the whole of its other side, to bring it back as it was.
    if (change.before === null && change.after) rec.final = { ...change.after, ...rec.final };
    if (change.after === null && change.before) rec.initial = { ...change.before, ...rec.initial };
  }
  return [...byRecord.values()].sort((a, b) => b.lastSeq - a.lastSeq);
}
