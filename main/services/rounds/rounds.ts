// Collection rounds (đợt cập nhật số liệu): a plan's period, a deadline and the agencies asked. Per
// agency the round keeps when its form was issued and sent; what it returned is in round_form_import.
// Status per agency follows shared/rules/roundStatus.ts at today's date; an import whose change set was
// undone does not count as received.
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  RoundAgency,
  RoundDashboardLine,
  RoundDetail,
  RoundSummary,
} from '../../../shared/api/sheetTypes';
import { todayIso } from '../../../shared/dates';
import { parsePeriod } from '../../../shared/rules/periods';
import {
  ROUND_AGENCY_STATUSES,
  roundAgencyStatus,
  roundAgencyStatusText,
  roundLine,
  type RoundAgencyStatus,
} from '../../../shared/rules/roundStatus';
import { sortKeyOf } from '../../db/functions';
import { appError, fieldProblem } from '../../errors';
import { inTransaction, type ServiceContext } from '../context';
import { assertActive, mustGet } from '../rows';
import { getPlan } from '../plans';
import { all, one, oneRow, sql, type SqlFragment } from '../../db/sql';

interface RoundRow {
  id: string;
  plan_id: string;
  plan_code: string;
  period: string;
  due_date: string;
  created_at: string;
  archived_at: string | null;
}

const ROUND_COLUMNS = sql`r.id, r.plan_id, p.code AS plan_code, r.period, r.due_date, r.created_at, r.archived_at`;
const ROUND_FROM = sql`collection_round r JOIN plan p ON p.id = r.plan_id`;

export function getRoundRow(ctx: ServiceContext, id: string): RoundRow {
  return mustGet(
    one<RoundRow>(ctx, sql`SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM} WHERE r.id = ${id}`),
    'đợt cập nhật',
  );
}

export const periodLabelOf = (key: string) => parsePeriod(key)?.label ?? key;

/** The first day a round's period counts tasks from (completed earlier: not asked again). */
const periodFrom = (key: string) => parsePeriod(key)?.from ?? '0000-01-01';

/** What an agency's form holds: tasks it leads, tasks it supports, indicators it leads. */
type MemberKey = { planId: string; agencyId: string; from: string };
export const MEMBER_SQL = {
  leads: (
    k: MemberKey,
  ) => sql`SELECT COUNT(*) AS n FROM task t WHERE t.plan_id = ${k.planId} AND t.lead_agency_id = ${k.agencyId}
    AND t.archived_at IS NULL AND t.state <> 'huy_bo' AND (t.state <> 'hoan_thanh' OR t.completed_on >= ${k.from})`,
  supports: (
    k: MemberKey,
  ) => sql`SELECT COUNT(*) AS n FROM task t JOIN task_supporting_agency s ON s.task_id = t.id
    WHERE t.plan_id = ${k.planId} AND s.agency_id = ${k.agencyId} AND t.archived_at IS NULL AND t.state <> 'huy_bo'
    AND (t.state <> 'hoan_thanh' OR t.completed_on >= ${k.from})`,
  indicators: (
    k: MemberKey,
  ) => sql`SELECT COUNT(*) AS n FROM indicator i WHERE (i.plan_id = ${k.planId} OR i.plan_id IS NULL)
    AND i.lead_agency_id = ${k.agencyId} AND i.archived_at IS NULL`,
} as const;

/** Every live agency with a task (leading or supporting) or an indicator in the plan. */
function defaultAgencies(ctx: ServiceContext, planId: string, from: string): string[] {
  return all<{ id: string }>(
    ctx,
    sql`SELECT a.id FROM agency a WHERE a.archived_at IS NULL AND (
           EXISTS (SELECT 1 FROM task t WHERE t.plan_id = ${planId} AND t.lead_agency_id = a.id AND t.archived_at IS NULL
             AND t.state <> 'huy_bo' AND (t.state <> 'hoan_thanh' OR t.completed_on >= ${from}))
           OR EXISTS (SELECT 1 FROM task t JOIN task_supporting_agency s ON s.task_id = t.id WHERE t.plan_id = ${planId}
             AND s.agency_id = a.id AND t.archived_at IS NULL AND t.state <> 'huy_bo')
           OR EXISTS (SELECT 1 FROM indicator i WHERE (i.plan_id = ${planId} OR i.plan_id IS NULL) AND i.lead_agency_id = a.id
             AND i.archived_at IS NULL))
         ORDER BY ${sortKeyOf('a.name')}`,
  ).map((r) => r.id);
}

export function createRound(ctx: ServiceContext, input: ParsedInput<'rounds.create'>): RoundDetail {
  const id = inTransaction(ctx, () => {
    assertActive(ctx, 'plan', input.planId, 'Kế hoạch');
    const period = parsePeriod(input.period)!;
    const plan = getPlan(ctx, input.planId);
    if (period.year < plan.yearFrom || period.year > plan.yearTo)
      throw appError(
        'DOT_KY_NGOAI_KE_HOACH',
        {
          period: period.label,
          plan: plan.code,
          years: `${plan.yearFrom}${plan.yearTo !== plan.yearFrom ? `-${plan.yearTo}` : ''}`,
        },
        [fieldProblem('period', 'DOT_KY_NGOAI_KE_HOACH_TRUONG', { period: period.label })],
      );
    const agencyIds = [...new Set(input.agencyIds ?? defaultAgencies(ctx, input.planId, period.from))];
    if (agencyIds.length === 0) throw appError('DOT_CHUA_CO_CO_QUAN', { plan: plan.code });
    for (const a of agencyIds) assertActive(ctx, 'agency', a, 'Cơ quan được yêu cầu');
    const roundId = ctx.newId();
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO collection_round (id, plan_id, period, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(roundId, input.planId, input.period, input.dueDate, at, at);
    const member = ctx.prepare('INSERT INTO round_agency (round_id, agency_id) VALUES (?, ?)');
    for (const a of agencyIds) member.run(roundId, a);
    return roundId;
  });
  return getRound(ctx, id);
}

export function archiveRound(ctx: ServiceContext, id: string): void {
  getRoundRow(ctx, id);
  const at = ctx.now().toISOString();
  ctx.prepare('UPDATE collection_round SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

interface MemberRow {
  agency_id: string;
  code: string;
  name: string;
  short_name: string | null;
  email: string | null;
  issued_at: string | null;
  sent_at: string | null;
  sent_channel: RoundAgency['sentChannel'];
  reminded_at: string | null;
  received_at: string | null;
  form_date: string | null;
}

/** The agencies of a round with what each sent and returned; the counted import is the latest not undone. */
function members(ctx: ServiceContext, roundId: string): MemberRow[] {
  return all<MemberRow>(
    ctx,
    sql`SELECT ra.agency_id, a.code, a.name, a.short_name, a.email, ra.issued_at, ra.sent_at, ra.sent_channel, ra.reminded_at,
         (SELECT MAX(f.imported_at) FROM round_form_import f LEFT JOIN change_set c ON c.id = f.change_set_id
            WHERE f.round_id = ra.round_id AND f.agency_id = ra.agency_id AND (f.change_set_id IS NULL OR c.reverted_by IS NULL)) AS received_at,
         (SELECT f.form_date FROM round_form_import f LEFT JOIN change_set c ON c.id = f.change_set_id
            WHERE f.round_id = ra.round_id AND f.agency_id = ra.agency_id AND (f.change_set_id IS NULL OR c.reverted_by IS NULL)
            ORDER BY f.imported_at DESC LIMIT 1) AS form_date
       FROM round_agency ra JOIN agency a ON a.id = ra.agency_id
       WHERE ra.round_id = ${roundId} ORDER BY ${sortKeyOf('a.name')}`,
  );
}

/** The day (local) an instant falls on. */
const localDay = (iso: string) => todayIso(new Date(iso));

function statusOf(
  ctx: ServiceContext,
  round: RoundRow,
  m: MemberRow,
): { status: RoundAgencyStatus; text: string } {
  const facts = {
    dueDate: round.due_date,
    sent: m.sent_at !== null,
    receivedOn: m.received_at ? localDay(m.received_at) : null,
  };
  return { status: roundAgencyStatus(facts, ctx.today()), text: roundAgencyStatusText(facts, ctx.today()) };
}

function summaryOf(ctx: ServiceContext, round: RoundRow, list: MemberRow[]): RoundSummary {
  const counts = Object.fromEntries(ROUND_AGENCY_STATUSES.map((s) => [s, 0])) as Record<
    RoundAgencyStatus,
    number
  >;
  for (const m of list) counts[statusOf(ctx, round, m).status]++;
  const periodLabel = periodLabelOf(round.period);
  return {
    id: round.id,
    planId: round.plan_id,
    planCode: round.plan_code,
    period: round.period,
    periodLabel,
    dueDate: round.due_date,
    createdAt: round.created_at,
    archivedAt: round.archived_at,
    counts: { ...counts, total: list.length },
    line: roundLine(counts.da_nhan, list.length, periodLabel),
  };
}

export function listRounds(ctx: ServiceContext, input: ParsedInput<'rounds.list'>): RoundSummary[] {
  const rows = all<RoundRow>(
    ctx,
    sql`SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM}
       WHERE (${input.planId} IS NULL OR r.plan_id = ${input.planId}) AND (${input.includeArchived ? 1 : 0} = 1 OR r.archived_at IS NULL)
       ORDER BY r.created_at DESC`,
  );
  return rows.map((r) => summaryOf(ctx, r, members(ctx, r.id)));
}

export function getRound(ctx: ServiceContext, id: string): RoundDetail {
  const round = getRoundRow(ctx, id);
  const list = members(ctx, id);
  const from = periodFrom(round.period);
  const count = (query: (k: MemberKey) => SqlFragment, agencyId: string) =>
    oneRow<{ n: number }>(ctx, query({ planId: round.plan_id, agencyId, from })).n;
  const agencies: RoundAgency[] = list.map((m) => {
    const { status, text } = statusOf(ctx, round, m);
    return {
      agencyId: m.agency_id,
      code: m.code,
      name: m.name,
      shortName: m.short_name,
      email: m.email,
      status,
      statusText: text,
      issuedAt: m.issued_at,
      sentAt: m.sent_at,
      sentChannel: m.sent_channel,
      receivedAt: m.received_at,
      formDate: m.form_date,
      remindedAt: m.reminded_at,
      taskCount: count(MEMBER_SQL.leads, m.agency_id),
      supportingCount: count(MEMBER_SQL.supports, m.agency_id),
      indicatorCount: count(MEMBER_SQL.indicators, m.agency_id),
    };
  });
  const imports = all<{
    id: string;
    agency_id: string;
    agency_name: string;
    file_name: string;
    sha256: string;
    form_date: string;
    imported_at: string;
    updated_rows: number;
    unchanged_rows: number;
    change_set_id: number | null;
    reverted_by: number | null;
  }>(
    ctx,
    sql`SELECT f.id, f.agency_id, a.name AS agency_name, f.file_name, f.sha256, f.form_date, f.imported_at,
           f.updated_rows, f.unchanged_rows, f.change_set_id, c.reverted_by
         FROM round_form_import f JOIN agency a ON a.id = f.agency_id LEFT JOIN change_set c ON c.id = f.change_set_id
         WHERE f.round_id = ${id} ORDER BY f.imported_at DESC`,
  ).map((f) => ({
    id: f.id,
    agencyId: f.agency_id,
    agencyName: f.agency_name,
    fileName: f.file_name,
    sha256: f.sha256,
    formDate: f.form_date,
    importedAt: f.imported_at,
    updatedRows: f.updated_rows,
    unchangedRows: f.unchanged_rows,
    changeSetId: f.change_set_id,
    undone: f.reverted_by !== null,
  }));
  return { ...summaryOf(ctx, round, list), agencies, imports };
}

/** The agencies of the round a call names (all of them when it names none), refusing others. */
export function roundMembers(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[] | undefined,
): string[] {
  const all = members(ctx, roundId).map((m) => m.agency_id);
  if (!agencyIds) return all;
  const outside = agencyIds.filter((a) => !all.includes(a));
  if (outside.length > 0) throw appError('CO_QUAN_NGOAI_DOT', { count: outside.length });
  return [...new Set(agencyIds)];
}

export function markSent(
  ctx: ServiceContext,
  roundId: string,
  agencyIds: string[],
  channel: 'eml' | 'smtp' | 'tay',
  outboxIds: Map<string, string> = new Map(),
): void {
  getRoundRow(ctx, roundId);
  const at = ctx.now().toISOString();
  const update = ctx.prepare(
    'UPDATE round_agency SET sent_at = ?, sent_channel = ?, outbox_id = ? WHERE round_id = ? AND agency_id = ?',
  );
  inTransaction(ctx, () => {
    for (const a of roundMembers(ctx, roundId, agencyIds))
      update.run(at, channel, outboxIds.get(a) ?? null, roundId, a);
  });
}

export function markReminded(ctx: ServiceContext, roundId: string, agencyIds: string[]): void {
  const at = ctx.now().toISOString();
  const update = ctx.prepare('UPDATE round_agency SET reminded_at = ? WHERE round_id = ? AND agency_id = ?');
  inTransaction(ctx, () => {
    for (const a of agencyIds) update.run(at, roundId, a);
  });
}

/** The latest open round of the plan (or of any plan), for the dashboard; null when there is none. */
export function dashboardLine(ctx: ServiceContext, planId: string | null): RoundDashboardLine | null {
  const row = one<RoundRow>(
    ctx,
    sql`SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM}
       WHERE r.archived_at IS NULL AND (${planId} IS NULL OR r.plan_id = ${planId})
       ORDER BY r.created_at DESC LIMIT 1`,
  );
  if (!row) return null;
  const s = summaryOf(ctx, row, members(ctx, row.id));
  return {
    roundId: row.id,
    period: row.period,
    periodLabel: s.periodLabel,
    dueDate: row.due_date,
    received: s.counts.da_nhan,
    total: s.counts.total,
    overdue: s.counts.qua_han,
    line: s.line,
  };
}
