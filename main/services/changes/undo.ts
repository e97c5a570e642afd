// "Hoàn tác": reverts one change set as a new change set (kind 'undo', linked both ways) by writing back,
// through the services, the value each field had before it: a creation is taken back by archiving, an
// archive by un-archiving, an edit, a merge or a set by putting the changed fields back, a value cell by
// restoring or removing it. It refuses, changing nothing, when the record has changed since (a later change
// set touched the same field), when the set was already undone, or when its kind cannot be undone.
// Undoing an undo redoes the original.
import type { ChangeSetView } from '../../../shared/api/types';
import { AppError, appError } from '../../errors';
import { AUDIT_COLUMNS, toEntry, type AuditRow } from '../audit';
import { withChangeSet, type ServiceContext } from '../context';
import { kindOf, type RecordKind } from './kinds';
import { currentScope } from './scope';
import { cannotUndo, getChangeSet, loadChangeSet, undoDepth, type ChangeSetRow } from './list';
import { valueWords } from './names';
import { changeOfRow, recordChanges, type RecordChange } from './rowChanges';
import { ENTITY_NOUNS, sameValue, timeAndDate } from './words';
import { all, sql } from '../../db/sql';

const refuse = (message: string) => new AppError('KHONG_THE_HOAN_TAC', `Không thể hoàn tác: ${message}`);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "Hoàn tác: …" for an undo, "Làm lại: …" for an undo of an undo, always naming the original action. */
function undoLabel(ctx: ServiceContext, set: ChangeSetRow): string {
  const { depth, root } = undoDepth(ctx, set);
  return `${depth % 2 === 0 ? 'Hoàn tác' : 'Làm lại'}: ${root.label}`;
}

function rowsOf(ctx: ServiceContext, id: number) {
  return all<AuditRow>(
    ctx,
    sql`SELECT ${AUDIT_COLUMNS} FROM audit WHERE change_set_id = ${id} ORDER BY seq`,
  ).map(toEntry);
}

/** The latest row after `afterSeq` that changed this field of this record (for naming who changed it). */
function laterChange(
  ctx: ServiceContext,
  kind: RecordKind,
  rec: RecordChange,
  field: string,
  afterSeq: number,
) {
  const entityId =
    rec.kind === 'cell' || rec.kind === 'target' ? rec.id.slice(0, rec.id.lastIndexOf('|')) : rec.id;
  const rows = all<AuditRow>(
    ctx,
    sql`SELECT ${AUDIT_COLUMNS} FROM audit WHERE entity = ${kind.entity} AND entity_id = ${entityId} AND seq > ${afterSeq} ORDER BY seq DESC`,
  ).map(toEntry);
  return rows.find((row) => {
    const change = changeOfRow(row);
    return change?.kind === rec.kind && change.id === rec.id && change.fields.includes(field);
  });
}

/** Refuses when the record is no longer as the change set left it, naming the field and the later change. */
function checkUnchanged(ctx: ServiceContext, rec: RecordChange, afterSeq: number): void {
  const kind = kindOf(rec.kind);
  const now = kind.current(ctx, rec.id);
  const fields = rec.removed ? [] : rec.fields;
  if (rec.removed && now !== null) return conflict(ctx, kind, rec, rec.fields[0] ?? 'value', afterSeq, now);
  if (!rec.removed && now === null) return conflict(ctx, kind, rec, rec.fields[0] ?? 'value', afterSeq, now);
  for (const field of fields) {
    if (!sameValue(now?.[field], rec.final[field])) return conflict(ctx, kind, rec, field, afterSeq, now);
  }
}

function conflict(
  ctx: ServiceContext,
  kind: RecordKind,
  rec: RecordChange,
  field: string,
  afterSeq: number,
  now: Record<string, unknown> | null,
): never {
  const later = laterChange(ctx, kind, rec, field, afterSeq);
  const retry = ' Hãy hoàn tác thay đổi đó trước.';
  if (field === 'archivedAt') {
    const name = capitalise(kind.name(ctx, rec.id));
    const verb = now?.archivedAt ? 'lưu trữ' : 'khôi phục';
    if (later)
      throw refuse(
        `${name} đã được ${later.actor} ${verb} lúc ${timeAndDate(later.at)} sau thay đổi này.${retry}`,
      );
    throw refuse(`${name} đã được ${verb} sau thay đổi này.`);
  }
  const subject = kind.subject(ctx, rec.id, field);
  if (later)
    throw refuse(
      `${subject} đã được ${later.actor} sửa lúc ${timeAndDate(later.at)} sau thay đổi này.${retry}`,
    );
  const shown = now === null ? '(không còn)' : valueWords(ctx, kind.entity, field, now[field]);
  throw refuse(`${subject} đã thay đổi sau thay đổi này (hiện là ${shown}).`);
}

function revert(ctx: ServiceContext, rec: RecordChange): void {
  const kind = kindOf(rec.kind);
  if (rec.created && rec.removed) return; // entered and cleared within the same action: nothing to take back
  if (rec.created) return kind.remove(ctx, rec.id);
  if (rec.removed) return kind.recreate(ctx, rec.id, rec.initial);
  kind.restore(ctx, rec.id, Object.fromEntries(rec.fields.map((f) => [f, rec.initial[f]])));
}

export function undoChangeSet(ctx: ServiceContext, id: number): ChangeSetView {
  const set = loadChangeSet(ctx, id);
  if (!set) throw appError('KHONG_TIM_THAY_THAY_DOI_HOAN_TAC', {});
  const { changeSet } = withChangeSet(
    ctx,
    { kind: 'undo', label: () => undoLabel(ctx, set), revertsId: set.id, eager: true },
    () => {
      // Read again inside the transaction: another window may have undone it a moment ago.
      const fresh = loadChangeSet(ctx, id) ?? set;
      const why = cannotUndo(ctx, fresh);
      if (why) throw refuse(why.charAt(0).toLocaleLowerCase('vi') + why.slice(1));
      const rows = rowsOf(ctx, id);
      const foreign = rows.find((r) => changeOfRow(r) === null);
      if (foreign)
        throw refuse(
          `thay đổi này gồm ${ENTITY_NOUNS[foreign.entity] ?? foreign.entity}, loại dữ liệu không hoàn tác được.`,
        );
      const records = recordChanges(rows);
      const lastSeq = Math.max(0, ...rows.map((r) => r.seq));
      for (const rec of records) checkUnchanged(ctx, rec, lastSeq);
      const undoId = currentScope(ctx.db)?.id;
      if (undoId == null) throw new Error('an undo runs in its own change set');
      ctx.prepare('UPDATE change_set SET reverted_by = ? WHERE id = ?').run(undoId, id);
      try {
        for (const rec of records) revert(ctx, rec);
      } catch (error) {
        // A rule of the service refused (a code now taken, a plan archived): say it is the undo that failed.
        if (error instanceof AppError && !error.message.startsWith('Không thể hoàn tác'))
          throw new AppError(error.code, `Không thể hoàn tác: ${error.message}`, error.details);
        throw error;
      }
    },
  );
  if (!changeSet) throw new Error('an undo is never part of another action');
  return getChangeSet(ctx, changeSet.id);
}
