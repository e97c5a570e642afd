import type { ParsedInput } from '../../shared/api/contract';
import type { BulkPreview, Page, Task, TaskRow } from '../../shared/api/types';
import { addDays } from '../../shared/dates';
import {
  describeTaskProblem,
  problemsTouching,
  ruleFromDbError,
  taskProblems,
  type TaskConsistencyInput,
  type TaskProblem,
} from '../../shared/rules/taskConsistency';
import { SITUATION_ORDER, taskSituation, type TaskSituation } from '../../shared/rules/taskSituation';
import { appError } from '../errors';
import { keyedOf } from '../../shared/errors/wording';
import { listAudit, recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import {
  activeName,
  assertActive,
  changedKeys,
  duplicateError,
  mustGet,
  stripUndefined,
  updateColumns,
} from './rows';
import { markForSearch, matchingIdsQuery, matchingIdsSql, registerSearchIndexer } from './search';
import { dueSoonDays } from './settings';
import { sortKeyOf, storedKeyOf } from '../db/functions';
import { ftsQuery } from '../../shared/text/fold';
import { sortKey } from '../../shared/text/collate';
import { situationSql } from './taskSituationSql';
import { codeOrderPage } from './taskCodeOrder';
import { all, column, one, oneRow, sql, sqlEmpty, sqlJoin, type SqlFragment } from '../db/sql';

/** The columns of a list row, the situation at the reference dates of situationParams among them. */
function rowColumns(at: SituationParams): SqlFragment {
  return sql`t.id, t.plan_id, t.code, t.title, t.pillar_id, p.name AS pillar_name, t.lead_agency_id,
  COALESCE(a.short_name, a.name) AS lead_agency_name, t.due_date, t.state, t.progress, t.completed_on, t.updated_at,
  ${situationSql(at)} AS situation`;
}
const FROM = sql`task t LEFT JOIN pillar p ON p.id = t.pillar_id LEFT JOIN agency a ON a.id = t.lead_agency_id`;

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

/** The reference dates of situationSql. */
type SituationParams = { at: string; soon: string };

/** Reference-date parameters of situationSql. */
export function situationParams(ctx: ServiceContext, at: string | null): SituationParams {
  const ref = at ?? ctx.today();
  return { at: ref, soon: addDays(ref, dueSoonDays(ctx)) };
}

// Sort keys map to fixed SQL fragments (never to input text). Texts sort in TienDo's order
// (shared/text/collate.ts): codes and titles by the keys stored with the task (migration 9), names of
// agencies and pillars by tiendo_sort_key (main/db/functions.ts); codes naturally, '1.9' before '1.10',
// names in Vietnamese order, 'UBND xã Đam Rông 1' before 'UBND xã Tuy Phong'.
const SORT_SQL: Record<Exclude<ParsedInput<'tasks.list'>['sort'], 'situation'>, SqlFragment> = {
  code: storedKeyOf('k.code_key', 't.code'),
  title: storedKeyOf('k.title_key', 't.title'),
  dueDate: sql`COALESCE(t.due_date, '9999-12-31')`,
  progress: sql`t.progress`,
  state: sql`t.state`,
  leadAgency: sortKeyOf(sql`COALESCE(a.short_name, a.name)`),
  pillar: sortKeyOf(sql`p.name`),
  updatedAt: sql`t.updated_at`,
};

/** The ORDER BY term of a sort key, situations in reading order (shared/rules), most urgent first. */
function sortTerm(sort: ParsedInput<'tasks.list'>['sort'], at: SituationParams): SqlFragment {
  if (sort !== 'situation') return SORT_SQL[sort];
  const ranks = SITUATION_ORDER.map((sit, i) => sql`WHEN ${sit} THEN ${i}`);
  return sql`CASE (${situationSql(at)}) ${sqlJoin(ranks, sql` `)} END`;
}

/**
 * The due dates a task in one of the situations of a task that is not done can have, as SQL the
 * planner can use with the index on (plan_id, due_date): implied by the situation filter, so adding it
 * changes no result. Later than D + N is `trong_han`, D..D+N `sap_den_han`, before D `qua_han`; null when
 * the situations do not bound the due date to one range (a done, paused, cancelled or undated situation).
 */
function dueRangeOf(situations: readonly TaskSituation[], at: SituationParams): SqlFragment | null {
  const ranges: Partial<Record<TaskSituation, [number, number]>> = {
    qua_han: [0, 0],
    sap_den_han: [1, 1],
    trong_han: [2, 2],
  };
  const parts = situations.map((s) => ranges[s]);
  if (parts.length === 0 || parts.some((r) => r === undefined)) return null;
  const lo = Math.min(...parts.map((r) => r![0]));
  const hi = Math.max(...parts.map((r) => r![1]));
  // A gap (late and later than due soon, without due soon) is not one range: leave it to the filter.
  if (new Set(parts.map((r) => r![0])).size !== hi - lo + 1) return null;
  const bounds = [sql`t.due_date IS NOT NULL`];
  if (lo === 1) bounds.push(sql`t.due_date >= ${at.at}`);
  if (lo === 2) bounds.push(sql`t.due_date > ${at.soon}`);
  if (hi === 0) bounds.push(sql`t.due_date < ${at.at}`);
  if (hi === 1) bounds.push(sql`t.due_date <= ${at.soon}`);
  return sqlJoin(bounds, sql` AND `);
}

type ListFilter = ParsedInput<'tasks.list'>;

/** The WHERE clause of a task list filter (every value bound) and the reference dates of its situations. */
function listWhere(
  ctx: ServiceContext,
  f: ListFilter,
): { where: SqlFragment; at: SituationParams; dated: boolean } {
  const at = situationParams(ctx, f.at);
  const where: SqlFragment[] = [sql`t.archived_at IS NULL`];
  const fts = f.q.trim() ? ftsQuery(f.q) : null;
  if (f.planId) {
    // With a text filter the matches are the fewer rows: the unary + keeps the planner from walking the
    // plan's whole index and probing each task, so it looks up each match by id instead.
    where.push(fts ? sql`+t.plan_id = ${f.planId}` : sql`t.plan_id = ${f.planId}`);
  }
  // 'none': the tasks without one, served by the same indexes (SQLite indexes NULLs).
  if (f.pillarId === 'none') where.push(sql`t.pillar_id IS NULL`);
  else if (f.pillarId) where.push(sql`t.pillar_id = ${f.pillarId}`);
  if (f.leadAgencyId === 'none') where.push(sql`t.lead_agency_id IS NULL`);
  else if (f.leadAgencyId) where.push(sql`t.lead_agency_id = ${f.leadAgencyId}`);
  if (f.dueFrom) where.push(sql`t.due_date >= ${f.dueFrom}`);
  if (f.dueTo) where.push(sql`t.due_date <= ${f.dueTo}`);
  const dueRange = dueRangeOf(f.situations, at);
  if (dueRange) where.push(dueRange);
  if (f.situations.length > 0) {
    where.push(sql`(${situationSql(at)}) IN (SELECT value FROM json_each(${JSON.stringify(f.situations)}))`);
  }
  if (fts) where.push(sql`t.id IN (${matchingIdsSql(ctx, 'task', fts)})`);
  return { where: sqlJoin(where, sql` AND `), at, dated: Boolean(dueRange || f.dueFrom || f.dueTo) };
}

/** The ORDER BY of a list: the chosen column, then the code (naturally), then the id. */
function listOrder(f: ListFilter, dated: boolean, at: SituationParams): SqlFragment {
  // Every row has a due date: order by the column itself, so the index on (plan_id, due_date) gives
  // the order and a page stops after its rows (the same order as the COALESCE of undated rows).
  const column = f.sort === 'dueDate' && dated ? sql`t.due_date` : sortTerm(f.sort, at);
  // Ties break on the code (naturally), then the id; sorting by code needs no second code term.
  const tieBreak = f.sort === 'code' ? sql`t.id` : sql`${SORT_SQL.code}, t.id`;
  return sql`${column} ${f.dir === 'desc' ? sql`DESC` : sql`ASC`}, ${tieBreak}`;
}

/** Joins the ORDER BY of each sort needs besides task t and its stored keys k. */
const SORT_JOINS: Partial<Record<ListFilter['sort'], SqlFragment>> = {
  leadAgency: sql`LEFT JOIN agency a ON a.id = t.lead_agency_id`,
  pillar: sql`LEFT JOIN pillar p ON p.id = t.pillar_id`,
};

/**
 * A plan's whole list in ascending code order (the list's first view, the report): the key index gives
 * that order without sorting (taskCodeOrder.ts). Other filters and orders keep the general query, which
 * the plan's and the filters' indexes serve.
 */
function planInCodeOrder(f: ListFilter): string | null {
  const whole =
    f.sort === 'code' &&
    f.dir === 'asc' &&
    !f.pillarId &&
    !f.leadAgencyId &&
    f.situations.length === 0 &&
    !f.dueFrom &&
    !f.dueTo;
  return whole ? f.planId : null;
}

/**
 * A text filter with this many matches or more, the page within their first quarter, is read by walking
 * the code-key index and testing each key against the matches (taskCodeOrder.ts) instead of sorting every
 * match: for a common word, 18,750 matches of a 100,000-task plan, the walk reads about 4 keys per row
 * shown, and the sort cost grew faster than the matches did. Fewer matches are sorted: walking to a rare
 * word's few tasks would read most of the index.
 */
export const WALK_MIN_MATCHES = 1000;

/** The index walk of planInCodeOrder for a filter, or null where the general query is the better one (exported for its test). */
export function codeOrderWalk(f: ListFilter, matches: number | undefined) {
  const planId = planInCodeOrder(f);
  if (planId === null) return null;
  const fts = f.q.trim() ? ftsQuery(f.q) : null;
  if (!fts) return { planId, limit: f.limit, offset: f.offset };
  const many = matches !== undefined && matches >= WALK_MIN_MATCHES && matches >= 4 * (f.offset + f.limit);
  return many ? { planId, limit: f.limit, offset: f.offset, ids: matchingIdsQuery('task', fts) } : null;
}

/**
 * The queries of a filter: the rowids of its page in order (from the filter and the sort keys alone) and
 * its count. Exported for their query-plan test.
 */
export function listQueries(ctx: ServiceContext, f: ListFilter): { page: SqlFragment; count: SqlFragment } {
  const { where, at, dated } = listWhere(ctx, f);
  return {
    page: sql`SELECT t.rowid AS r FROM task t LEFT JOIN task_sort_key k ON k.task_id = t.id ${SORT_JOINS[f.sort] ?? sqlEmpty}
       WHERE ${where} ORDER BY ${listOrder(f, dated, at)} LIMIT ${f.limit} OFFSET ${f.offset}`,
    // The joins add no rows (each task has at most one pillar and one lead agency): counted on task alone.
    count: sql`SELECT COUNT(*) AS n FROM task t WHERE ${where}`,
  };
}

/**
 * The rows of one page of a filter, without counting the others (the dashboard's lists, the report). In
 * two steps: the page's task rowids in order, from the filter and the sort keys alone, then the columns
 * of those rows only, so a 200-row page of a large plan joins, computes and copies 200 rows, not all.
 * `total`, when the caller counted the filter's rows, lets a text filter's page walk the code index.
 */
export function listTaskRows(ctx: ServiceContext, f: ListFilter, total?: number): TaskRow[] {
  const walk = codeOrderWalk(f, total);
  const page =
    (walk === null ? null : codeOrderPage(ctx, walk)) ?? column<number>(ctx, listQueries(ctx, f).page);
  if (page.length === 0) return [];
  const rows = all<Row & { r: number }>(
    ctx,
    sql`SELECT t.rowid AS r, ${rowColumns(situationParams(ctx, f.at))} FROM ${FROM} WHERE t.rowid IN (SELECT value FROM json_each(${JSON.stringify(page)}))`,
  );
  const byRowid = new Map(rows.map((row) => [row.r, row]));
  return page.map((r) => toRow(byRowid.get(r)!));
}

export function listTasks(ctx: ServiceContext, f: ListFilter): Page<TaskRow> {
  const total = oneRow<{ n: number }>(ctx, listQueries(ctx, f).count).n;
  return { rows: total === 0 ? [] : listTaskRows(ctx, f, total), total };
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
    one<Row & DetailRow>(
      ctx,
      sql`SELECT ${rowColumns(situationParams(ctx, at))}, t.output, t.start_date, t.result, t.difficulties, t.proposals, t.source_text, t.conclusion_id, t.archived_at
         FROM ${FROM} WHERE t.id = ${id}`,
    ),
    'nhiệm vụ',
  );
  const supporting = all<{ agency_id: string }>(
    ctx,
    sql`SELECT agency_id FROM task_supporting_agency WHERE task_id = ${id} ORDER BY agency_id`,
  );
  const source = taskSource(ctx, row.conclusion_id);
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

/** The meeting conclusion a task came from, as Task.source shows it. */
function taskSource(ctx: ServiceContext, conclusionId: string | null): Task['source'] {
  if (!conclusionId) return null;
  return (
    one<NonNullable<Task['source']>>(
      ctx,
      sql`SELECT m.id AS meetingId, m.number AS meetingNumber, m.held_on AS meetingDate, c.text AS conclusionText
         FROM conclusion c JOIN meeting m ON m.id = c.meeting_id WHERE c.id = ${conclusionId}`,
    ) ?? null
  );
}

/** The stored fields of a task, as written to the audit log (situation is derived, so left out). */
export function auditView(t: Task) {
  const { situation: _s, pillarName: _p, leadAgencyName: _a, source: _src, ...stored } = t;
  return stored;
}

// What a task is found by: its title and code, output, result, lead agency and pillar (written after
// commit: search.ts flushSearch).
// Read in one query rather than by getTask, whose situation asks for the office's today: flushing the
// rows of 2,000 new tasks is then a read and a write each.
registerSearchIndexer('task', (ctx, id) => {
  const t = oneRow<{
    title: string;
    code: string;
    output: string;
    result: string;
    lead_agency_name: string | null;
    pillar_name: string | null;
  }>(
    ctx,
    sql`SELECT t.title, t.code, t.output, t.result, COALESCE(a.short_name, a.name) AS lead_agency_name,
         p.name AS pillar_name FROM ${FROM} WHERE t.id = ${id}`,
  );
  return { title: t.title, subtitle: t.code, parts: [t.output, t.result, t.lead_agency_name, t.pillar_name] };
});

type TaskFields = ParsedInput<'tasks.create'>;
type TaskPatch = ParsedInput<'tasks.update'>['patch'];

function checkRefs(ctx: ServiceContext, t: Partial<TaskFields>): void {
  assertActive(ctx, 'plan', t.planId, 'Kế hoạch');
  assertActive(ctx, 'pillar', t.pillarId, 'Trụ cột');
  assertActive(ctx, 'agency', t.leadAgencyId, 'Cơ quan chủ trì');
  for (const s of t.supportingAgencyIds ?? []) assertActive(ctx, 'agency', s, 'Cơ quan phối hợp');
}

const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A task code is unique among the live tasks of its plan, ignoring case (index task_code_unique). */
function assertCodeFree(ctx: ServiceContext, planId: string, code: string, exceptId: string | null): void {
  const other = one<{ title: string; plan_code: string }>(
    ctx,
    sql`SELECT t.title, p.code AS plan_code FROM task t JOIN plan p ON p.id = t.plan_id
       WHERE t.plan_id = ${planId} AND t.code = ${code} COLLATE NOCASE AND t.archived_at IS NULL AND t.id <> ${exceptId ?? ''} LIMIT 1`,
  );
  if (other)
    throw duplicateError('code', 'TRUNG_MA_NHIEM_VU', {
      code,
      plan: other.plan_code,
      title: shorten(other.title),
    });
}

function consistencyInput(t: Omit<TaskFields, 'planId'>): TaskConsistencyInput {
  return {
    state: t.state,
    progress: t.progress,
    completedOn: t.completedOn,
    startDate: t.startDate,
    dueDate: t.dueDate,
    leadAgencyId: t.leadAgencyId,
    supportingAgencyIds: t.supportingAgencyIds,
  };
}

/** Refuses a task that breaks the consistency rules, each problem next to its field. Nothing is changed for the person. */
function refuse(code: string, problems: readonly TaskProblem[]): never {
  throw appError(
    'NV_SAI_QUY_TAC',
    { code, problems: problems.map((p) => p.message).join(' ') },
    problems.map((p) => ({ path: p.field, message: p.message, ...keyedOf(p.message) })),
  );
}

/** A trigger's refusal (migration 004) in the words of the rule; any other error unchanged. */
function explainRule(error: unknown, code: string, t: TaskConsistencyInput, today: string): never {
  const rule = ruleFromDbError(error);
  if (rule) refuse(code, [describeTaskProblem(rule, t, today)]);
  throw error;
}

const COLUMN_OF = {
  code: 'code',
  title: 'title',
  pillarId: 'pillar_id',
  leadAgencyId: 'lead_agency_id',
  output: 'output',
  startDate: 'start_date',
  dueDate: 'due_date',
  state: 'state',
  progress: 'progress',
  completedOn: 'completed_on',
  result: 'result',
  difficulties: 'difficulties',
  proposals: 'proposals',
  sourceText: 'source_text',
} as const;
type Column = keyof typeof COLUMN_OF;
const isColumn = (k: string): k is Column => Object.prototype.hasOwnProperty.call(COLUMN_OF, k);

function setSupporting(ctx: ServiceContext, taskId: string, ids: readonly string[]): void {
  ctx.prepare('DELETE FROM task_supporting_agency WHERE task_id = ?').run(taskId);
  addSupporting(ctx, taskId, ids);
}

/** The supporting agencies of a task that has none yet (a new task: nothing to delete first). */
function addSupporting(ctx: ServiceContext, taskId: string, ids: readonly string[]): void {
  const insert = ctx.prepare(
    'INSERT OR IGNORE INTO task_supporting_agency (task_id, agency_id) VALUES (?, ?)',
  );
  for (const agencyId of ids) insert.run(taskId, agencyId);
}

/** The stored sort keys of a task's code and title (migration 9), after its row is written. */
function writeSortKeys(ctx: ServiceContext, id: string, t: { code: string; title: string }): void {
  ctx
    .prepare(
      `INSERT INTO task_sort_key (task_id, code_key, title_key) VALUES (?, ?, ?)
       ON CONFLICT (task_id) DO UPDATE SET code_key = excluded.code_key, title_key = excluded.title_key`,
    )
    .run(id, sortKey(t.code), sortKey(t.title));
}

/**
 * Inserts a task exactly as given, without its own transaction, audit or checks beyond the database's
 * own (triggers of migration 004): for createTask and bulk paths that wrap it.
 */
export function insertTask(
  ctx: ServiceContext,
  input: TaskFields & { conclusionId?: string | null },
): string {
  return insertTaskRow(ctx, input).id;
}

/** insertTask, returning the instant written as created_at and updated_at too. */
function insertTaskRow(
  ctx: ServiceContext,
  input: TaskFields & { conclusionId?: string | null },
): { id: string; at: string } {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  // Before the task row: migration 10's trigger then finds the keys and writes no empty row of its own.
  writeSortKeys(ctx, id, input);
  try {
    ctx
      .prepare(
        `INSERT INTO task (id, plan_id, code, title, pillar_id, lead_agency_id, output, start_date, due_date, state, progress,
           completed_on, result, difficulties, proposals, source_text, conclusion_id, created_at, updated_at)
         VALUES (@id, @planId, @code, @title, @pillarId, @leadAgencyId, @output, @startDate, @dueDate, @state, @progress,
           @completedOn, @result, @difficulties, @proposals, @sourceText, @conclusionId, @at, @at)`,
      )
      .run({
        id,
        planId: input.planId,
        code: input.code,
        title: input.title,
        pillarId: input.pillarId,
        leadAgencyId: input.leadAgencyId,
        output: input.output,
        startDate: input.startDate,
        dueDate: input.dueDate,
        state: input.state,
        progress: input.progress,
        completedOn: input.completedOn,
        result: input.result,
        difficulties: input.difficulties,
        proposals: input.proposals,
        sourceText: input.sourceText,
        conclusionId: input.conclusionId ?? null,
        at,
      });
  } catch (error) {
    // The keys went in first (below): a refused task leaves none behind.
    ctx.prepare('DELETE FROM task_sort_key WHERE task_id = ?').run(id);
    explainRule(error, input.code, consistencyInput(input), ctx.today());
  }
  addSupporting(ctx, id, input.supportingAgencyIds);
  return { id, at };
}

/**
 * The task just inserted, as getTask would read it back, built from what was written instead of read
 * again (a bulk of creates reads nothing per row after its checks). A test compares the two.
 */
function insertedTask(
  ctx: ServiceContext,
  row: { id: string; at: string },
  input: TaskFields & { conclusionId?: string | null },
  names: { pillarName: string | null; leadAgencyName: string | null },
): Task {
  const conclusionId = input.conclusionId ?? null;
  return {
    id: row.id,
    planId: input.planId,
    code: input.code,
    title: input.title,
    pillarId: input.pillarId,
    pillarName: names.pillarName,
    leadAgencyId: input.leadAgencyId,
    leadAgencyName: names.leadAgencyName,
    dueDate: input.dueDate,
    state: input.state,
    progress: input.progress,
    completedOn: input.completedOn,
    situation: taskSituation(input, ctx.today(), dueSoonDays(ctx)),
    updatedAt: row.at,
    // As stored: once each (INSERT OR IGNORE), in the order getTask reads them (ORDER BY agency_id).
    supportingAgencyIds: [...new Set(input.supportingAgencyIds)].sort(),
    output: input.output,
    startDate: input.startDate,
    result: input.result,
    difficulties: input.difficulties,
    proposals: input.proposals,
    sourceText: input.sourceText,
    conclusionId,
    source: taskSource(ctx, conclusionId),
    archivedAt: null,
  };
}

/** Adds a task as given: refused, with the reason next to the field, if it breaks a rule; never adjusted. */
export function createTask(ctx: ServiceContext, input: TaskFields & { conclusionId?: string | null }): Task {
  return inTransaction(ctx, () => {
    // checkRefs, keeping the names the new row shows.
    assertActive(ctx, 'plan', input.planId, 'Kế hoạch');
    const names = {
      pillarName: activeName(ctx, 'pillar', input.pillarId, 'Trụ cột'),
      leadAgencyName: activeName(ctx, 'agency', input.leadAgencyId, 'Cơ quan chủ trì'),
    };
    for (const s of input.supportingAgencyIds) assertActive(ctx, 'agency', s, 'Cơ quan phối hợp');
    assertCodeFree(ctx, input.planId, input.code, null);
    const problems = taskProblems(consistencyInput(input), ctx.today());
    if (problems.length > 0) refuse(input.code, problems);
    const created = insertedTask(ctx, insertTaskRow(ctx, input), input, names);
    markForSearch(ctx, 'task', created.id);
    recordAudit(ctx, 'task', created.id, 'create', null, auditView(created));
    return created;
  });
}

interface PlannedChange {
  before: Task;
  merged: Task;
  /** The named fields whose value differs from the stored one. */
  changed: (Column | 'supportingAgencyIds')[];
  /** Rules the merged task breaks on the fields the change touches (see problemsTouching). */
  problems: TaskProblem[];
}

/** What a patch would do to one task, without writing: the basis of update, bulk update and preview. */
function plan(ctx: ServiceContext, before: Task, patch: TaskPatch): PlannedChange {
  const changed = changedKeys(before, patch);
  const merged: Task = { ...before, ...stripUndefined(patch) };
  const problems =
    changed.length === 0
      ? []
      : problemsTouching(taskProblems(consistencyInput(merged), ctx.today()), changed);
  return { before, merged, changed, problems };
}

/** Writes the changed columns (and the supporting agencies if they changed), re-indexes and audits. */
function write(ctx: ServiceContext, p: PlannedChange): Task {
  const { before, merged, changed } = p;
  if (changed.includes('code')) assertCodeFree(ctx, before.planId, merged.code, before.id);
  try {
    updateColumns(ctx, 'task', COLUMN_OF, before.id, changed.filter(isColumn), merged);
  } catch (error) {
    explainRule(error, before.code, consistencyInput(merged), ctx.today());
  }
  if (changed.includes('code') || changed.includes('title')) writeSortKeys(ctx, before.id, merged);
  if (changed.includes('supportingAgencyIds')) {
    setSupporting(ctx, before.id, merged.supportingAgencyIds);
    if (!changed.some(isColumn)) {
      // Only the supporting agencies changed: the task row still records when it was last changed.
      ctx.prepare('UPDATE task SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), before.id);
    }
  }
  const after = getTask(ctx, before.id);
  markForSearch(ctx, 'task', before.id);
  recordAudit(ctx, 'task', before.id, 'update', auditView(before), auditView(after));
  return after;
}

/**
 * Changes only the fields the patch names, and of those only the ones that differ: a patch equal to
 * what is stored writes nothing (no UPDATE, no audit row). Refused as a whole, with the reason next to
 * the field, when the merged task would break a consistency rule on a field the patch changes.
 */
export function updateTask(ctx: ServiceContext, id: string, patch: TaskPatch): Task {
  return inTransaction(ctx, () => {
    checkRefs(ctx, patch);
    const p = plan(ctx, getTask(ctx, id), patch);
    if (p.changed.length === 0) return p.before;
    if (p.problems.length > 0) refuse(p.before.code, p.problems);
    return write(ctx, p);
  });
}

export function quickUpdateTask(ctx: ServiceContext, input: ParsedInput<'tasks.quickUpdate'>): Task {
  const { id, ...patch } = input;
  return updateTask(ctx, id, patch);
}

type BulkPatch = ParsedInput<'tasks.bulkUpdate'>['patch'];
const BULK_FIELDS = ['state', 'progress', 'leadAgencyId', 'pillarId', 'dueDate', 'completedOn'] as const;

/** "ATTT.01, ATTT.02 và 3 nhiệm vụ khác": the first ten codes, then how many more. */
function nameTasks(codes: readonly string[]): string {
  const shown = codes.slice(0, 10).join(', ');
  return codes.length > 10 ? `${shown} và ${codes.length - 10} nhiệm vụ khác` : shown;
}

/** Per rule, the tasks the bulk patch would make break it, as one message naming them. */
function bulkProblems(plans: readonly PlannedChange[]): BulkPreview['problems'] {
  const byCode = new Map<string, { problem: TaskProblem; codes: string[] }>();
  for (const p of plans) {
    for (const problem of p.problems) {
      const entry = byCode.get(problem.code) ?? { problem, codes: [] };
      entry.codes.push(p.before.code);
      byCode.set(problem.code, entry);
    }
  }
  return [...byCode.values()].map(({ problem, codes }) => ({
    field: problem.field,
    code: problem.code,
    message:
      codes.length === 1
        ? `Nhiệm vụ ${codes[0]}: ${problem.message}`
        : `${codes.length} nhiệm vụ (${nameTasks(codes)}): ${generalMessage(problem)}`,
  }));
}

/** A problem's message without the numbers of one task, for a list of tasks. */
function generalMessage(problem: TaskProblem): string {
  switch (problem.code) {
    case 'not_started_with_progress':
      return 'nhiệm vụ «Chưa thực hiện» có tiến độ 0%; hãy chọn «Đang thực hiện» hoặc sửa tiến độ.';
    case 'completion_in_future':
      return 'ngày hoàn thành chưa đến; hãy nhập ngày đã hoàn thành.';
    default:
      return problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
  }
}

function planBulk(ctx: ServiceContext, ids: readonly string[], patch: BulkPatch): PlannedChange[] {
  return [...new Set(ids)].map((id) => plan(ctx, getTask(ctx, id), patch));
}

/** What a bulk patch would change and whether it would be refused, writing nothing. */
export function previewBulkUpdate(ctx: ServiceContext, input: ParsedInput<'tasks.bulkPreview'>): BulkPreview {
  checkRefs(ctx, input.patch);
  const plans = planBulk(ctx, input.ids, input.patch);
  const fields = BULK_FIELDS.filter((f) => input.patch[f] !== undefined).map((field) => ({
    field,
    value: input.patch[field] ?? null,
    changes: plans.filter((p) => p.changed.includes(field)).length,
  }));
  return {
    selected: plans.length,
    fields,
    changedTasks: plans.filter((p) => p.changed.length > 0).length,
    problems: bulkProblems(plans),
  };
}

/**
 * One patch on many tasks, in one transaction: each task is written only where the patch changes it.
 * Refused as a whole, naming the tasks, if it would make any of them inconsistent.
 */
export function bulkUpdateTasks(
  ctx: ServiceContext,
  input: ParsedInput<'tasks.bulkUpdate'>,
): { updated: number } {
  return inTransaction(ctx, () => {
    checkRefs(ctx, input.patch);
    const plans = planBulk(ctx, input.ids, input.patch);
    const problems = bulkProblems(plans);
    if (problems.length > 0) {
      throw appError(
        'NV_CAP_NHAT_LOAT_SAI',
        { problems: problems.map((p) => p.message).join(' ') },
        problems.map((p) => ({ path: p.field, message: p.message, ...keyedOf(p.message) })),
      );
    }
    let updated = 0;
    for (const p of plans) {
      if (p.changed.length === 0) continue;
      write(ctx, p);
      updated++;
    }
    return { updated };
  });
}

export function archiveTask(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getTask(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE task SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'task', id);
    recordAudit(ctx, 'task', id, 'archive', auditView(before), auditView(getTask(ctx, id)));
  });
}

export function taskHistory(ctx: ServiceContext, id: string) {
  mustGet(ctx.prepare('SELECT id FROM task WHERE id = ?').get(id), 'nhiệm vụ');
  return listAudit(ctx, { entity: 'task', entityId: id, limit: 1000 });
}
