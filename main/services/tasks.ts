import type { ParsedInput } from '../../shared/api/contract';
import type { Page, Task, TaskRow } from '../../shared/api/types';
import { addDays } from '../../shared/dates';
import { SITUATION_ORDER, type TaskSituation } from '../../shared/rules/taskSituation';
import { AppError } from '../errors';
import { listAudit, recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { assertActive, mustGet, stripUndefined } from './rows';
import { indexForSearch, matchingIds, removeFromSearch } from './search';
import { getSettings } from './settings';
import { SITUATION_SQL } from './taskSituationSql';

const ROW_COLUMNS = `t.id, t.plan_id, t.code, t.title, t.pillar_id, p.name AS pillar_name, t.lead_agency_id,
  COALESCE(a.short_name, a.name) AS lead_agency_name, t.due_date, t.state, t.progress, t.completed_on, t.updated_at,
  ${SITUATION_SQL} AS situation`;
const FROM = 'task t LEFT JOIN pillar p ON p.id = t.pillar_id LEFT JOIN agency a ON a.id = t.lead_agency_id';

interface Row {
  id: string;
  plan_id: string;
  code: string;
  title: string;
  pillar_id: string | null;
  pillar_name: string | null;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  due_date: string | null;
  state: Task['state'];
  progress: number;
  completed_on: string | null;
  updated_at: string;
  situation: TaskSituation;
}

const toRow = (r: Row): TaskRow => ({
  id: r.id,
  planId: r.plan_id,
  code: r.code,
  title: r.title,
  pillarId: r.pillar_id,
  pillarName: r.pillar_name,
  leadAgencyId: r.lead_agency_id,
  leadAgencyName: r.lead_agency_name,
  dueDate: r.due_date,
  state: r.state,
  progress: r.progress,
  completedOn: r.completed_on,
  situation: r.situation,
  updatedAt: r.updated_at,
});

/** Reference-date parameters of SITUATION_SQL. */
export function situationParams(ctx: ServiceContext, at: string | null): { at: string; soon: string } {
  const ref = at ?? ctx.today();
  return { at: ref, soon: addDays(ref, getSettings(ctx).dueSoonDays) };
}

// Sort keys map to fixed SQL fragments (never to input text). Code sorts naturally: '1.10' after '1.9'.
const SORT_SQL: Record<ParsedInput<'tasks.list'>['sort'], string> = {
  code: 't.code COLLATE NOCASE',
  title: 't.title COLLATE NOCASE',
  dueDate: "COALESCE(t.due_date, '9999-12-31')",
  progress: 't.progress',
  state: 't.state',
  leadAgency: 'lead_agency_name COLLATE NOCASE',
  pillar: 'pillar_name COLLATE NOCASE',
  updatedAt: 't.updated_at',
  // Reading order of the situations (shared/rules), most urgent first.
  situation: `CASE (${SITUATION_SQL}) ${SITUATION_ORDER.map((sit, i) => `WHEN '${sit}' THEN ${i}`).join(' ')} END`,
};

export function listTasks(ctx: ServiceContext, f: ParsedInput<'tasks.list'>): Page<TaskRow> {
  const where: string[] = ['t.archived_at IS NULL'];
  const params: Record<string, unknown> = situationParams(ctx, f.at);
  if (f.planId) {
    where.push('t.plan_id = @planId');
    params.planId = f.planId;
  }
  if (f.pillarId) {
    where.push('t.pillar_id = @pillarId');
    params.pillarId = f.pillarId;
  }
  if (f.leadAgencyId) {
    where.push('t.lead_agency_id = @leadAgencyId');
    params.leadAgencyId = f.leadAgencyId;
  }
  if (f.dueFrom) {
    where.push('t.due_date >= @dueFrom');
    params.dueFrom = f.dueFrom;
  }
  if (f.dueTo) {
    where.push('t.due_date <= @dueTo');
    params.dueTo = f.dueTo;
  }
  if (f.situations.length > 0) {
    where.push(`(${SITUATION_SQL}) IN (SELECT value FROM json_each(@situations))`);
    params.situations = JSON.stringify(f.situations);
  }
  if (f.q.trim()) {
    const ids = matchingIds(ctx, 'task', f.q);
    if (ids) {
      where.push('t.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify([...ids]);
    }
  }
  const whereSql = where.join(' AND ');
  const total = (
    ctx.prepare(`SELECT COUNT(*) AS n FROM ${FROM} WHERE ${whereSql}`).get(params) as { n: number }
  ).n;
  const order = `${SORT_SQL[f.sort]} ${f.dir === 'desc' ? 'DESC' : 'ASC'}, t.code COLLATE NOCASE, t.id`;
  const rows = ctx
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM ${FROM} WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: f.limit, offset: f.offset }) as Row[];
  return { rows: rows.map(toRow), total };
}

interface DetailRow {
  output: string;
  start_date: string | null;
  result: string;
  difficulties: string;
  proposals: string;
  source_text: string;
  conclusion_id: string | null;
  archived_at: string | null;
}

export function getTask(ctx: ServiceContext, id: string, at: string | null = null): Task {
  const row = mustGet(
    ctx
      .prepare(
        `SELECT ${ROW_COLUMNS}, t.output, t.start_date, t.result, t.difficulties, t.proposals, t.source_text, t.conclusion_id, t.archived_at
         FROM ${FROM} WHERE t.id = @id`,
      )
      .get({ ...situationParams(ctx, at), id }) as (Row & DetailRow) | undefined,
    'nhiệm vụ',
  );
  const supporting = ctx
    .prepare('SELECT agency_id FROM task_supporting_agency WHERE task_id = ? ORDER BY agency_id')
    .all(id) as { agency_id: string }[];
  const source = row.conclusion_id
    ? ((ctx
        .prepare(
          `SELECT m.id AS meetingId, m.number AS meetingNumber, m.held_on AS meetingDate, c.text AS conclusionText
           FROM conclusion c JOIN meeting m ON m.id = c.meeting_id WHERE c.id = ?`,
        )
        .get(row.conclusion_id) as Task['source'] | undefined) ?? null)
    : null;
  return {
    ...toRow(row),
    supportingAgencyIds: supporting.map((s) => s.agency_id),
    output: row.output,
    startDate: row.start_date,
    result: row.result,
    difficulties: row.difficulties,
    proposals: row.proposals,
    sourceText: row.source_text,
    conclusionId: row.conclusion_id,
    source,
    archivedAt: row.archived_at,
  };
}

/** The stored fields of a task, as written to the audit log (situation is derived, so left out). */
export function auditView(t: Task) {
  const { situation: _s, pillarName: _p, leadAgencyName: _a, source: _src, ...stored } = t;
  return stored;
}

export function index(ctx: ServiceContext, t: Task): void {
  indexForSearch(ctx, 'task', t.id, t.title, t.code, [t.output, t.result, t.leadAgencyName, t.pillarName]);
}

type TaskFields = ParsedInput<'tasks.create'>;

function checkRefs(ctx: ServiceContext, t: Partial<TaskFields>): void {
  assertActive(ctx, 'plan', t.planId, 'Kế hoạch');
  assertActive(ctx, 'pillar', t.pillarId, 'Trụ cột');
  assertActive(ctx, 'agency', t.leadAgencyId, 'Cơ quan chủ trì');
  for (const s of t.supportingAgencyIds ?? []) assertActive(ctx, 'agency', s, 'Cơ quan phối hợp');
}

/** Keeps state, progress and completion date consistent whatever the form sent. */
function normalise<T extends { state: Task['state']; progress: number; completedOn: string | null }>(
  t: T,
): T {
  if (t.state === 'hoan_thanh') return { ...t, progress: 100 };
  return { ...t, completedOn: null };
}

const EDITABLE = [
  'code',
  'title',
  'pillarId',
  'leadAgencyId',
  'output',
  'startDate',
  'dueDate',
  'state',
  'progress',
  'completedOn',
  'result',
  'difficulties',
  'proposals',
  'sourceText',
] as const;
type Editable = Pick<TaskFields, (typeof EDITABLE)[number]>;

/** The values bound to the columns both insert and update write (the input may carry more keys). */
function editable(t: Editable): Editable {
  return Object.fromEntries(EDITABLE.map((k) => [k, t[k]])) as Editable;
}

function setSupporting(ctx: ServiceContext, taskId: string, ids: string[], leadId: string | null): void {
  ctx.prepare('DELETE FROM task_supporting_agency WHERE task_id = ?').run(taskId);
  const insert = ctx.prepare(
    'INSERT OR IGNORE INTO task_supporting_agency (task_id, agency_id) VALUES (?, ?)',
  );
  for (const agencyId of ids) if (agencyId !== leadId) insert.run(taskId, agencyId);
}

/** Inserts a task without its own transaction or audit: for createTask and bulk paths that wrap it. */
export function insertTask(
  ctx: ServiceContext,
  input: TaskFields & { conclusionId?: string | null },
): string {
  const t = normalise(input);
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx
    .prepare(
      `INSERT INTO task (id, plan_id, code, title, pillar_id, lead_agency_id, output, start_date, due_date, state, progress,
         completed_on, result, difficulties, proposals, source_text, conclusion_id, created_at, updated_at)
       VALUES (@id, @planId, @code, @title, @pillarId, @leadAgencyId, @output, @startDate, @dueDate, @state, @progress,
         @completedOn, @result, @difficulties, @proposals, @sourceText, @conclusionId, @at, @at)`,
    )
    .run({
      id,
      planId: t.planId,
      ...editable(t),
      conclusionId: input.conclusionId ?? null,
      at,
    });
  setSupporting(ctx, id, t.supportingAgencyIds, t.leadAgencyId);
  return id;
}

export function createTask(ctx: ServiceContext, input: TaskFields & { conclusionId?: string | null }): Task {
  return inTransaction(ctx, () => {
    checkRefs(ctx, input);
    const id = insertTask(ctx, input);
    const created = getTask(ctx, id);
    index(ctx, created);
    recordAudit(ctx, 'task', id, 'create', null, auditView(created));
    return created;
  });
}

function writeTask(ctx: ServiceContext, before: Task, patch: Partial<TaskFields>): Task {
  const merged = { ...before, ...stripUndefined(patch) } as Task;
  if (merged.state === 'hoan_thanh' && !merged.completedOn) {
    throw new AppError(
      'DU_LIEU_KHONG_HOP_LE',
      `Nhiệm vụ ${before.code}: đã hoàn thành cần có ngày hoàn thành.`,
      [{ path: 'completedOn', message: 'Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.' }],
    );
  }
  if (merged.startDate && merged.dueDate && merged.dueDate < merged.startDate) {
    throw new AppError(
      'DU_LIEU_KHONG_HOP_LE',
      `Nhiệm vụ ${before.code}: thời hạn không được trước ngày bắt đầu.`,
      [{ path: 'dueDate', message: 'Thời hạn không được trước ngày bắt đầu.' }],
    );
  }
  const t = normalise(merged);
  ctx
    .prepare(
      `UPDATE task SET code = @code, title = @title, pillar_id = @pillarId, lead_agency_id = @leadAgencyId, output = @output,
         start_date = @startDate, due_date = @dueDate, state = @state, progress = @progress, completed_on = @completedOn,
         result = @result, difficulties = @difficulties, proposals = @proposals, source_text = @sourceText, updated_at = @at
       WHERE id = @id`,
    )
    .run({
      id: before.id,
      ...editable(t),
      at: ctx.now().toISOString(),
    });
  if (patch.supportingAgencyIds || patch.leadAgencyId !== undefined) {
    setSupporting(ctx, before.id, patch.supportingAgencyIds ?? before.supportingAgencyIds, t.leadAgencyId);
  }
  const after = getTask(ctx, before.id);
  index(ctx, after);
  recordAudit(ctx, 'task', before.id, 'update', auditView(before), auditView(after));
  return after;
}

export function updateTask(ctx: ServiceContext, id: string, patch: Partial<TaskFields>): Task {
  return inTransaction(ctx, () => {
    checkRefs(ctx, patch);
    return writeTask(ctx, getTask(ctx, id), patch);
  });
}

export function quickUpdateTask(ctx: ServiceContext, input: ParsedInput<'tasks.quickUpdate'>): Task {
  const { id, ...patch } = input;
  return updateTask(ctx, id, patch);
}

export function bulkUpdateTasks(
  ctx: ServiceContext,
  input: ParsedInput<'tasks.bulkUpdate'>,
): { updated: number } {
  return inTransaction(ctx, () => {
    checkRefs(ctx, input.patch);
    for (const id of input.ids) writeTask(ctx, getTask(ctx, id), input.patch);
    return { updated: input.ids.length };
  });
}

export function archiveTask(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getTask(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE task SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    removeFromSearch(ctx, 'task', id);
    recordAudit(ctx, 'task', id, 'archive', auditView(before), auditView(getTask(ctx, id)));
  });
}

export function taskHistory(ctx: ServiceContext, id: string) {
  mustGet(ctx.prepare('SELECT id FROM task WHERE id = ?').get(id), 'nhiệm vụ');
  return listAudit(ctx, { entity: 'task', entityId: id, limit: 1000 });
}
