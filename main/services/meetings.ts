import type { ParsedInput } from '../../shared/api/contract';
import type { Conclusion, Meeting, MeetingDetail, MeetingListItem, Task } from '../../shared/api/types';
import { countConclusionProgress } from '../../shared/rules/conclusionProgress';
import type { TaskSituation } from '../../shared/rules/taskSituation';
import { formatDate } from '../../shared/format/vi';
import { appError } from '../errors';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { assertActive, changedKeys, duplicateError, mustGet, stripUndefined, updateColumns } from './rows';
import { markForSearch, registerSearchIndexer } from './search';
import { situationSql } from './taskSituationSql';
import { createTask, situationParams } from './tasks';
import { all, one, oneRow, sql, type SqlFragment } from '../db/sql';

interface MeetingRow {
  id: string;
  number: number;
  title: string;
  held_on: string;
  chair: string;
  mode: Meeting['mode'];
  location: string;
  attendees: string;
  agenda: string;
  notice_number: string | null;
  notice_date: string | null;
  archived_at: string | null;
  conclusion_count: number;
}
const COLUMNS = sql`m.id, m.number, m.title, m.held_on, m.chair, m.mode, m.location, m.attendees, m.agenda, m.notice_number, m.notice_date, m.archived_at,
  (SELECT COUNT(*) FROM conclusion c WHERE c.meeting_id = m.id AND c.archived_at IS NULL) AS conclusion_count`;

const toMeeting = (r: MeetingRow): Meeting => ({
  id: r.id,
  number: r.number,
  title: r.title,
  heldOn: r.held_on,
  chair: r.chair,
  mode: r.mode,
  location: r.location,
  attendees: r.attendees,
  agenda: r.agenda,
  noticeNumber: r.notice_number,
  noticeDate: r.notice_date,
  conclusionCount: r.conclusion_count,
  archivedAt: r.archived_at,
});

/**
 * The meetings, newest first, each with its conclusions counted done / on time / late at `at` (default
 * today) by the rule of shared/rules/conclusionProgress, on the task situations the meeting's own table
 * shows (situationSql). One query for all conclusions, grouped here.
 */
export function listMeetings(
  ctx: ServiceContext,
  includeArchived: boolean,
  at: string | null = null,
): MeetingListItem[] {
  const params = situationParams(ctx, at);
  const rows = all<MeetingRow>(
    ctx,
    sql`SELECT ${COLUMNS} FROM meeting m WHERE (${includeArchived ? 1 : 0} = 1 OR m.archived_at IS NULL) ORDER BY m.held_on DESC, m.number DESC`,
  );
  const states = all<{ meeting_id: string; due_date: string | null; situation: TaskSituation | null }>(
    ctx,
    sql`SELECT c.meeting_id, c.due_date, CASE WHEN t.id IS NULL THEN NULL ELSE ${situationSql(params)} END AS situation
       FROM conclusion c LEFT JOIN task t ON t.conclusion_id = c.id AND t.archived_at IS NULL
       WHERE c.archived_at IS NULL`,
  );
  const byMeeting = new Map<string, { dueDate: string | null; taskSituation: TaskSituation | null }[]>();
  for (const s of states) {
    const list = byMeeting.get(s.meeting_id) ?? [];
    list.push({ dueDate: s.due_date, taskSituation: s.situation });
    byMeeting.set(s.meeting_id, list);
  }
  return rows.map((r) => ({
    ...toMeeting(r),
    progress: countConclusionProgress(byMeeting.get(r.id) ?? [], params.at),
  }));
}

interface ConclusionRow {
  id: string;
  meeting_id: string;
  seq: number;
  text: string;
  agency_id: string | null;
  agency_name: string | null;
  pillar_id: string | null;
  due_date: string | null;
  task_id: string | null;
  task_code: string | null;
  task_plan_id: string | null;
  task_state: Task['state'] | null;
  task_progress: number | null;
  situation: Task['situation'] | null;
}

function conclusionQuery(where: SqlFragment, situation: { at: string; soon: string }): SqlFragment {
  return sql`SELECT c.id, c.meeting_id, c.seq, c.text, c.agency_id, COALESCE(a.short_name, a.name) AS agency_name, c.pillar_id, c.due_date,
      t.id AS task_id, t.code AS task_code, t.plan_id AS task_plan_id, t.state AS task_state, t.progress AS task_progress,
      CASE WHEN t.id IS NULL THEN NULL ELSE ${situationSql(situation)} END AS situation
    FROM conclusion c LEFT JOIN agency a ON a.id = c.agency_id
    LEFT JOIN task t ON t.conclusion_id = c.id AND t.archived_at IS NULL
    WHERE ${where} ORDER BY c.seq`;
}

const toConclusion = (r: ConclusionRow): Conclusion => ({
  id: r.id,
  meetingId: r.meeting_id,
  seq: r.seq,
  text: r.text,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  pillarId: r.pillar_id,
  dueDate: r.due_date,
  task:
    r.task_id && r.task_code && r.task_plan_id && r.task_state && r.situation
      ? {
          id: r.task_id,
          code: r.task_code,
          planId: r.task_plan_id,
          state: r.task_state,
          progress: r.task_progress ?? 0,
          situation: r.situation,
        }
      : null,
});

export function getConclusion(ctx: ServiceContext, id: string, at: string | null = null): Conclusion {
  const row = one<ConclusionRow>(ctx, conclusionQuery(sql`c.id = ${id}`, situationParams(ctx, at)));
  return toConclusion(mustGet(row, 'kết luận'));
}

/** A meeting with the live state of each of its conclusions at `at` (default today). */
export function getMeeting(ctx: ServiceContext, id: string, at: string | null = null): MeetingDetail {
  const row = mustGet(
    one<MeetingRow>(ctx, sql`SELECT ${COLUMNS} FROM meeting m WHERE m.id = ${id}`),
    'phiên họp',
  );
  const conclusions = all<ConclusionRow>(
    ctx,
    conclusionQuery(sql`c.meeting_id = ${id} AND c.archived_at IS NULL`, situationParams(ctx, at)),
  ).map(toConclusion);
  return { ...toMeeting(row), conclusions };
}

// What a meeting is found by (written after commit: search.ts flushSearch).
registerSearchIndexer('meeting', (ctx, id) => {
  const m = getMeeting(ctx, id);
  return {
    title: m.title || `Phiên họp thứ ${m.number}`,
    subtitle: `Phiên ${m.number}`,
    parts: [m.agenda, m.chair, m.noticeNumber, m.location],
  };
});

export function meetingAudit(m: MeetingDetail) {
  const { conclusions: _c, conclusionCount: _n, ...stored } = m;
  return stored;
}

/**
 * Meeting numbers restart each year ("phiên họp thứ 4 năm 2025"): a number is unique among the live
 * meetings held in the same calendar year (index meeting_number_year, migration 004).
 */
function assertNumberFree(
  ctx: ServiceContext,
  number: number,
  heldOn: string,
  exceptId: string | null,
): void {
  const year = heldOn.slice(0, 4);
  const other = one<{ held_on: string; title: string }>(
    ctx,
    sql`SELECT held_on, title FROM meeting
       WHERE substr(held_on, 1, 4) = ${year} AND number = ${number} AND archived_at IS NULL AND id <> ${exceptId ?? ''} LIMIT 1`,
  );
  if (!other) return;
  const title = other.title.length > 80 ? `${other.title.slice(0, 79)}…` : other.title;
  throw duplicateError('number', 'TRUNG_SO_PHIEN_HOP', {
    number,
    year,
    heldOn: formatDate(other.held_on),
    title,
  });
}

export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): MeetingDetail {
  return inTransaction(ctx, () => {
    assertNumberFree(ctx, input.number, input.heldOn, null);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO meeting (id, number, title, held_on, chair, mode, location, attendees, agenda, notice_number, notice_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.number,
        input.title,
        input.heldOn,
        input.chair,
        input.mode,
        input.location,
        input.attendees,
        input.agenda,
        input.noticeNumber,
        input.noticeDate,
        at,
        at,
      );
    const created = getMeeting(ctx, id);
    markForSearch(ctx, 'meeting', created.id);
    recordAudit(ctx, 'meeting', id, 'create', null, meetingAudit(created));
    return created;
  });
}

const MEETING_COLUMN_OF = {
  number: 'number',
  title: 'title',
  heldOn: 'held_on',
  chair: 'chair',
  mode: 'mode',
  location: 'location',
  attendees: 'attendees',
  agenda: 'agenda',
  noticeNumber: 'notice_number',
  noticeDate: 'notice_date',
} as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updateMeeting(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'meetings.update'>['patch'],
): MeetingDetail {
  return inTransaction(ctx, () => {
    const before = getMeeting(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const n = { ...before, ...stripUndefined(patch) };
    if (changed.includes('number') || changed.includes('heldOn'))
      assertNumberFree(ctx, n.number, n.heldOn, id);
    updateColumns(ctx, 'meeting', MEETING_COLUMN_OF, id, changed, n);
    const after = getMeeting(ctx, id);
    markForSearch(ctx, 'meeting', id);
    recordAudit(ctx, 'meeting', id, 'update', meetingAudit(before), meetingAudit(after));
    return after;
  });
}

export function archiveMeeting(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getMeeting(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE meeting SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'meeting', id);
    recordAudit(ctx, 'meeting', id, 'archive', meetingAudit(before), {
      ...meetingAudit(before),
      archivedAt: at,
    });
  });
}

// What a conclusion is found by (written after commit: search.ts flushSearch).
registerSearchIndexer('conclusion', (ctx, id) => {
  const c = getConclusion(ctx, id);
  return { title: c.text.slice(0, 200), subtitle: c.agencyName ?? '', parts: [c.text] };
});

export function conclusionAudit(c: Conclusion) {
  const { task: _t, agencyName: _a, ...stored } = c;
  return stored;
}

export function createConclusion(ctx: ServiceContext, input: ParsedInput<'conclusions.create'>): Conclusion {
  return inTransaction(ctx, () => {
    assertActive(ctx, 'meeting', input.meetingId, 'Phiên họp');
    assertActive(ctx, 'agency', input.agencyId, 'Cơ quan được giao');
    assertActive(ctx, 'pillar', input.pillarId, 'Trụ cột');
    const seq = oneRow<{ n: number }>(
      ctx,
      sql`SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM conclusion WHERE meeting_id = ${input.meetingId}`,
    ).n;
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO conclusion (id, meeting_id, seq, text, agency_id, pillar_id, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.meetingId, seq, input.text, input.agencyId, input.pillarId, input.dueDate, at, at);
    const created = getConclusion(ctx, id);
    markForSearch(ctx, 'conclusion', created.id);
    recordAudit(ctx, 'conclusion', id, 'create', null, conclusionAudit(created));
    return created;
  });
}

const CONCLUSION_COLUMN_OF = {
  text: 'text',
  agencyId: 'agency_id',
  pillarId: 'pillar_id',
  dueDate: 'due_date',
} as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updateConclusion(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'conclusions.update'>['patch'],
): Conclusion {
  return inTransaction(ctx, () => {
    assertActive(ctx, 'agency', patch.agencyId, 'Cơ quan được giao');
    assertActive(ctx, 'pillar', patch.pillarId, 'Trụ cột');
    const before = getConclusion(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const n = { ...before, ...stripUndefined(patch) };
    updateColumns(ctx, 'conclusion', CONCLUSION_COLUMN_OF, id, changed, n);
    const after = getConclusion(ctx, id);
    markForSearch(ctx, 'conclusion', id);
    recordAudit(ctx, 'conclusion', id, 'update', conclusionAudit(before), conclusionAudit(after));
    return after;
  });
}

export function archiveConclusion(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getConclusion(ctx, id);
    if (before.task) throw appError('KET_LUAN_DA_GIAO_XOA', { code: before.task.code });
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE conclusion SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'conclusion', id);
    recordAudit(ctx, 'conclusion', id, 'archive', conclusionAudit(before), null);
  });
}

/** Turns a conclusion into a task of a plan, linked both ways, in one transaction with both audit rows. */
/** What a batch may set on the new task instead of the conclusion's own pillar, agency and due date. */
export interface ConclusionTaskValues {
  pillarId: string | null;
  leadAgencyId: string | null;
  dueDate: string | null;
}

/** The code a conclusion's task gets when none is given: KL<số phiên họp>.<thứ tự kết luận>. */
export const defaultConclusionTaskCode = (meeting: Meeting, c: Conclusion) => `KL${meeting.number}.${c.seq}`;

export function conclusionToTask(
  ctx: ServiceContext,
  input: ParsedInput<'conclusions.toTask'>,
  values?: ConclusionTaskValues,
): Task {
  return inTransaction(ctx, () => {
    const c = getConclusion(ctx, input.conclusionId);
    if (c.task) throw appError('KET_LUAN_DA_GIAO', { code: c.task.code });
    const meeting = getMeeting(ctx, c.meetingId);
    const code = input.code ?? defaultConclusionTaskCode(meeting, c);
    const title = c.text.length > 2000 ? `${c.text.slice(0, 1997)}...` : c.text;
    const task = createTask(ctx, {
      planId: input.planId,
      code,
      title,
      pillarId: values ? values.pillarId : c.pillarId,
      leadAgencyId: values ? values.leadAgencyId : c.agencyId,
      supportingAgencyIds: [],
      output: '',
      startDate: meeting.heldOn,
      dueDate: values ? values.dueDate : c.dueDate,
      state: 'chua_thuc_hien',
      progress: 0,
      completedOn: null,
      result: '',
      difficulties: '',
      proposals: '',
      sourceText: `Kết luận phiên họp thứ ${meeting.number}${meeting.noticeNumber ? ` (Thông báo số ${meeting.noticeNumber})` : ''}`,
      conclusionId: c.id,
    });
    recordAudit(
      ctx,
      'conclusion',
      c.id,
      'update',
      { taskId: null },
      { taskId: task.id, taskCode: task.code },
    );
    return task;
  });
}
