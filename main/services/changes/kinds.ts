// What an undo needs to know about each kind of record: what it is now (in the shape of its audit rows),
// how to put fields back, how to take back its creation and how to bring it back. Every write goes
// through the record's own service, with the patch checked by the contract's schema, so every rule of a
// normal edit still applies to an undo.
import type { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import { AppError, appError } from '../../errors';
import * as agencies from '../agencies';
import { recordAudit } from '../audit';
import { getNotice, saveNotice } from '../briefing/notice';
import type { ServiceContext } from '../context';
import * as indicators from '../indicators';
import * as meetings from '../meetings';
import * as pillars from '../pillars';
import * as plans from '../plans';
import { assertActive } from '../rows';
import { markForSearch } from '../search';
import { getSettings, updateSettings } from '../settings';
import * as tasks from '../tasks';
import { planInUse, setSuccessor, unarchive, type Archivable, type LifecycleSpec } from './lifecycle';
import { recordName } from './names';
import { cellKind, targetKind } from './valueKinds';
import { fieldName } from './words';
import { oneRow, sql } from '../../db/sql';

export type Values = Record<string, unknown>;

export interface RecordKind {
  /** The audit entity whose rows name this kind of record. */
  entity: string;
  /** "nhiệm vụ 1.2" */
  name(ctx: ServiceContext, id: string): string;
  /** What a refusal calls one field of the record: "Tiến độ của nhiệm vụ 1.2". */
  subject(ctx: ServiceContext, id: string, field: string): string;
  /** The record now, in the shape of its audit rows; null when it does not exist (a cleared cell). */
  current(ctx: ServiceContext, id: string): Values | null;
  /** Puts these fields back to these values. */
  restore(ctx: ServiceContext, id: string, values: Values): void;
  /** Takes back the record's creation: archives it, or removes a cell, a target or a saved notice. */
  remove(ctx: ServiceContext, id: string): void;
  /** Brings back a record that was removed (a cleared cell, a deleted target or notice). */
  recreate(ctx: ServiceContext, id: string, before: Values): void;
}

const refuse = (message: string) => new AppError('KHONG_THE_HOAN_TAC', `Không thể hoàn tác: ${message}`);

/** The patch `values` as the contract's schema reads it, refusing a field an edit cannot set. */
function patchOf<S extends z.ZodObject>(
  schema: S,
  values: Values,
  what: string,
  entity: string,
): z.output<S> {
  const unknown = Object.keys(values).filter((k) => !(k in schema.shape));
  if (unknown.length > 0)
    throw refuse(`${fieldName(entity, unknown[0]!)} của ${what} không sửa lại được bằng chức năng hoàn tác.`);
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    throw refuse(`${what}: ${parsed.error.issues[0]?.message ?? 'dữ liệu cũ không còn hợp lệ.'}`);
  // zod 4 fills defaults inside partial(): keep only the fields being put back.
  return Object.fromEntries(Object.entries(parsed.data).filter(([k]) => k in values)) as z.output<S>;
}

interface EntitySpec<S extends z.ZodObject> extends LifecycleSpec {
  patch: S;
  update(ctx: ServiceContext, id: string, patch: z.output<S>): void;
  archive(ctx: ServiceContext, id: string): void;
  /** Fields that follow other records (a conclusion's task): checked, never written back. */
  linked?: readonly string[];
}

function entityKind<S extends z.ZodObject>(spec: EntitySpec<S>): RecordKind {
  const name = (ctx: ServiceContext, id: string) => recordName(ctx, spec.entity, id);
  return {
    entity: spec.entity,
    name,
    subject: (ctx, id, field) => `${fieldName(spec.entity, field)} của ${name(ctx, id)}`,
    current: (ctx, id) => spec.view(ctx, id),
    restore(ctx, id, values) {
      const { archivedAt, successorId, ...fields } = values;
      for (const f of spec.linked ?? []) delete fields[f];
      const lifecycle = 'archivedAt' in values;
      const successor =
        'successorId' in values ? { successorId: typeof successorId === 'string' ? successorId : null } : {};
      if (lifecycle && archivedAt === null) unarchive(ctx, spec, id, successor);
      if (Object.keys(fields).length > 0)
        spec.update(ctx, id, patchOf(spec.patch, fields, name(ctx, id), spec.entity));
      if (lifecycle && archivedAt !== null) {
        if ('successorId' in successor) successorAudited(ctx, id, successor.successorId);
        spec.archive(ctx, id);
      } else if (!lifecycle && 'successorId' in successor) successorAudited(ctx, id, successor.successorId);
    },
    remove: (ctx, id) => spec.archive(ctx, id),
    recreate: (ctx, id) => unarchive(ctx, spec, id),
  };
}

function successorAudited(
  ctx: ServiceContext,
  agencyId: string,
  successorId: string | null | undefined,
): void {
  const before = agencies.getAgency(ctx, agencyId);
  setSuccessor(ctx, agencyId, successorId ?? null);
  recordAudit(ctx, 'agency', agencyId, 'update', before, agencies.getAgency(ctx, agencyId));
}

const conclusionView = (ctx: ServiceContext, id: string): Values => {
  const c = meetings.getConclusion(ctx, id);
  const row = oneRow<{
    archived_at: string | null;
  }>(ctx, sql`SELECT archived_at FROM conclusion WHERE id = ${id}`);
  return {
    ...meetings.conclusionAudit(c),
    taskId: c.task?.id ?? null,
    taskCode: c.task?.code ?? null,
    archivedAt: row.archived_at,
  };
};

const KINDS: Record<Archivable, RecordKind> = {
  task: entityKind({
    entity: 'task',
    patch: contract['tasks.update'].input.shape.patch,
    view: (ctx, id) => tasks.auditView(tasks.getTask(ctx, id)),
    update: (ctx, id, patch) => void tasks.updateTask(ctx, id, patch),
    archive: (ctx, id) => tasks.archiveTask(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'task', id),
    check: planInUse,
  }),
  agency: entityKind({
    entity: 'agency',
    patch: contract['agencies.update'].input.shape.patch,
    view: (ctx, id) => ({ ...agencies.getAgency(ctx, id) }),
    update: (ctx, id, patch) => void agencies.updateAgency(ctx, id, patch),
    archive: (ctx, id) => agencies.archiveAgency(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'agency', id),
  }),
  pillar: entityKind({
    entity: 'pillar',
    patch: contract['pillars.update'].input.shape.patch,
    view: (ctx, id) => ({ ...pillars.getPillar(ctx, id) }),
    update: (ctx, id, patch) => void pillars.updatePillar(ctx, id, patch),
    archive: (ctx, id) => pillars.archivePillar(ctx, id),
  }),
  plan: entityKind({
    entity: 'plan',
    patch: contract['plans.update'].input.shape.patch,
    view: (ctx, id) => ({ ...plans.getPlan(ctx, id) }),
    update: (ctx, id, patch) => void plans.updatePlan(ctx, id, patch),
    archive: (ctx, id) => plans.archivePlan(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'plan', id),
  }),
  indicator: entityKind({
    entity: 'indicator',
    patch: contract['indicators.update'].input.shape.patch,
    view: (ctx, id) => indicators.auditView(indicators.getIndicator(ctx, id)),
    update: (ctx, id, patch) => void indicators.updateIndicator(ctx, id, patch),
    archive: (ctx, id) => indicators.archiveIndicator(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'indicator', id),
    check: planInUse,
  }),
  meeting: entityKind({
    entity: 'meeting',
    patch: contract['meetings.update'].input.shape.patch,
    view: (ctx, id) => meetings.meetingAudit(meetings.getMeeting(ctx, id)),
    update: (ctx, id, patch) => void meetings.updateMeeting(ctx, id, patch),
    archive: (ctx, id) => meetings.archiveMeeting(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'meeting', id),
  }),
  conclusion: entityKind({
    entity: 'conclusion',
    patch: contract['conclusions.update'].input.shape.patch,
    view: conclusionView,
    update: (ctx, id, patch) => void meetings.updateConclusion(ctx, id, patch),
    archive: (ctx, id) => meetings.archiveConclusion(ctx, id),
    reindex: (ctx, id) => markForSearch(ctx, 'conclusion', id),
    check: (ctx, view) => assertActive(ctx, 'meeting', String(view.meetingId), 'Phiên họp của kết luận'),
    linked: ['taskId', 'taskCode'],
  }),
};

/** The saved notice of a meeting (id = the meeting's id); absent until the secretary saves one. */
const noticeKind: RecordKind = {
  entity: 'meeting_notice',
  name: (ctx, id) => recordName(ctx, 'meeting_notice', id),
  subject: (ctx, id, field) =>
    `${fieldName('meeting_notice', field)} của ${recordName(ctx, 'meeting_notice', id)}`,
  current(ctx, id) {
    const n = getNotice(ctx, id);
    return n.saved ? { body: n.body, recipients: n.recipients, signer: n.signer } : null;
  },
  restore(ctx, id, values) {
    const now = getNotice(ctx, id);
    const merged = { body: now.body, recipients: now.recipients, signer: now.signer, ...values };
    saveNotice(ctx, noticeInput(id, merged));
  },
  remove(ctx, id) {
    const before = noticeKind.current(ctx, id);
    if (!before) return;
    ctx.prepare('DELETE FROM meeting_notice WHERE meeting_id = ?').run(id);
    recordAudit(ctx, 'meeting_notice', id, 'archive', before, null);
  },
  recreate: (ctx, id, before) => saveNotice(ctx, noticeInput(id, before)),
};

function noticeInput(meetingId: string, values: Values) {
  const schema = contract['meetings.saveNotice'].input;
  const parsed = schema.safeParse({ ...values, meetingId });
  if (!parsed.success)
    throw refuse(`thông báo kết luận: ${parsed.error.issues[0]?.message ?? 'dữ liệu cũ không còn hợp lệ.'}`);
  return parsed.data;
}

/** The settings, one record (id 'settings'); the SMTP password is never in the log, so it stays as it is. */
const settingKind: RecordKind = {
  entity: 'setting',
  name: () => 'cài đặt',
  subject: (_ctx, _id, field) => `${fieldName('setting', field)} trong cài đặt`,
  current(ctx) {
    const { smtp, ...rest } = getSettings(ctx);
    const redacted = smtp
      ? {
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          user: smtp.user,
          from: smtp.from,
          ...(smtp.hasPassword ? { password: '***' } : {}),
        }
      : null;
    return { ...rest, smtp: redacted };
  },
  restore(ctx, _id, values) {
    const { smtp, ...rest } = values;
    const withSmtp =
      'smtp' in values
        ? { ...rest, smtp: smtp && typeof smtp === 'object' ? { ...smtp, password: undefined } : null }
        : rest;
    updateSettings(ctx, patchOf(contract['settings.update'].input, withSmtp, 'cài đặt', 'setting'));
  },
  remove: () => {
    throw appError('HOAN_TAC_CAI_DAT_KHONG_XOA', {});
  },
  recreate: () => {
    throw appError('HOAN_TAC_CAI_DAT_KHONG_XOA', {});
  },
};

/** Cells and targets are audited under their indicator; their kind is told apart by the row (see ./rowChanges). */
export type KindName = Archivable | 'meeting_notice' | 'setting' | 'cell' | 'target';

export function kindOf(name: KindName): RecordKind {
  switch (name) {
    case 'meeting_notice':
      return noticeKind;
    case 'setting':
      return settingKind;
    case 'cell':
      return cellKind;
    case 'target':
      return targetKind;
    default:
      return KINDS[name];
  }
}
