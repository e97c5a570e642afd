import type { ParsedInput } from '../../shared/api/contract';
import type {
  Indicator,
  IndicatorRow,
  IndicatorTarget,
  IndicatorValue,
  ValueGrid,
} from '../../shared/api/types';
import { yearOf } from '../../shared/dates';
import { assessIndicator } from '../../shared/rules/indicatorAssessment';
import { parsePeriod, quarterKeys } from '../../shared/rules/periods';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { assertActive, mustGet, stripUndefined } from './rows';
import { indexForSearch, matchingIds, removeFromSearch } from './search';
import { getSettings } from './settings';

interface Row {
  id: string;
  plan_id: string | null;
  code: string;
  name: string;
  unit: string;
  pillar_id: string | null;
  pillar_name: string | null;
  direction: Indicator['direction'];
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  definition: string;
  archived_at: string | null;
}
const COLUMNS = `i.id, i.plan_id, i.code, i.name, i.unit, i.pillar_id, p.name AS pillar_name, i.direction, i.lead_agency_id,
  COALESCE(a.short_name, a.name) AS lead_agency_name, i.definition, i.archived_at`;
const FROM =
  'indicator i LEFT JOIN pillar p ON p.id = i.pillar_id LEFT JOIN agency a ON a.id = i.lead_agency_id';

interface ValueRow {
  indicator_id: string;
  period: string;
  period_end: string;
  value: number;
  note: string;
  evidence: string;
  updated_at: string;
}
const toValue = (v: ValueRow): IndicatorValue => ({
  period: v.period,
  periodEnd: v.period_end,
  value: v.value,
  note: v.note,
  evidence: v.evidence,
  updatedAt: v.updated_at,
});

/**
 * Targets of `year` and the latest value of that year known at date `at` (a value counts from the day
 * it was entered, so a past reference date shows what the secretariat knew then), for many indicators at once.
 */
function loadAssessmentInputs(ctx: ServiceContext, ids: string[], year: number, at: string) {
  const targets = new Map<string, IndicatorTarget>();
  const latest = new Map<string, IndicatorValue>();
  if (ids.length === 0) return { targets, latest };
  const idsJson = JSON.stringify(ids);
  const targetRows = ctx
    .prepare(
      `SELECT indicator_id, year, baseline, target FROM indicator_target
       WHERE year = ? AND indicator_id IN (SELECT value FROM json_each(?))`,
    )
    .all(year, idsJson) as { indicator_id: string; year: number; baseline: number | null; target: number }[];
  for (const t of targetRows)
    targets.set(t.indicator_id, { year: t.year, baseline: t.baseline, target: t.target });
  const valueRows = ctx
    .prepare(
      `SELECT indicator_id, period, period_end, value, note, evidence, updated_at FROM indicator_value
       WHERE indicator_id IN (SELECT value FROM json_each(?)) AND period_end BETWEEN ? AND ? AND substr(entered_at, 1, 10) <= ?
       ORDER BY indicator_id, period_end DESC, length(period) ASC`,
    )
    .all(idsJson, `${year - 1}-12-15`, `${year}-12-14`, at) as ValueRow[];
  for (const v of valueRows) if (!latest.has(v.indicator_id)) latest.set(v.indicator_id, toValue(v));
  return { targets, latest };
}

function assembleRows(ctx: ServiceContext, rows: Row[], at: string): IndicatorRow[] {
  const year = yearOf(at);
  const tolerance = getSettings(ctx).assessmentTolerance;
  const { targets, latest } = loadAssessmentInputs(
    ctx,
    rows.map((r) => r.id),
    year,
    at,
  );
  return rows.map((r) => {
    const target = targets.get(r.id) ?? null;
    const value = latest.get(r.id) ?? null;
    // Without a target for the year there is nothing to assess against: reported as "chưa có số liệu".
    const result = target
      ? assessIndicator(
          {
            direction: r.direction,
            baseline: target.baseline,
            target: target.target,
            year,
            latest: value && { value: value.value, periodEnd: value.periodEnd },
          },
          at,
          tolerance,
        )
      : { assessment: 'chua_co_so_lieu' as const, ratio: null };
    return {
      id: r.id,
      planId: r.plan_id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      pillarId: r.pillar_id,
      pillarName: r.pillar_name,
      direction: r.direction,
      leadAgencyId: r.lead_agency_id,
      leadAgencyName: r.lead_agency_name,
      target,
      latest: value,
      assessment: result.assessment,
      ratio: result.ratio,
    };
  });
}

export function listIndicators(ctx: ServiceContext, f: ParsedInput<'indicators.list'>): IndicatorRow[] {
  const where = ['i.archived_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.planId) {
    where.push('i.plan_id = @planId');
    params.planId = f.planId;
  }
  if (f.pillarId) {
    where.push('i.pillar_id = @pillarId');
    params.pillarId = f.pillarId;
  }
  if (f.leadAgencyId) {
    where.push('i.lead_agency_id = @leadAgencyId');
    params.leadAgencyId = f.leadAgencyId;
  }
  if (f.q.trim()) {
    const ids = matchingIds(ctx, 'indicator', f.q);
    if (ids) {
      where.push('i.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify([...ids]);
    }
  }
  const rows = ctx
    .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY i.code COLLATE NOCASE`)
    .all(params) as Row[];
  return assembleRows(ctx, rows, f.at ?? ctx.today());
}

export function getIndicator(ctx: ServiceContext, id: string, at: string | null = null): Indicator {
  const row = mustGet(
    ctx.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = ?`).get(id) as Row | undefined,
    'chỉ tiêu',
  );
  const [assembled] = assembleRows(ctx, [row], at ?? ctx.today());
  const targets = ctx
    .prepare('SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ? ORDER BY year')
    .all(id) as IndicatorTarget[];
  const values = (
    ctx
      .prepare(
        'SELECT indicator_id, period, period_end, value, note, evidence, updated_at FROM indicator_value WHERE indicator_id = ? ORDER BY period_end, length(period)',
      )
      .all(id) as ValueRow[]
  ).map(toValue);
  return { ...assembled!, definition: row.definition, targets, values, archivedAt: row.archived_at };
}

export function index(ctx: ServiceContext, i: Indicator): void {
  indexForSearch(ctx, 'indicator', i.id, i.name, i.code, [
    i.unit,
    i.definition,
    i.leadAgencyName,
    i.pillarName,
  ]);
}

export function auditView(i: Indicator) {
  return {
    id: i.id,
    planId: i.planId,
    code: i.code,
    name: i.name,
    unit: i.unit,
    pillarId: i.pillarId,
    direction: i.direction,
    leadAgencyId: i.leadAgencyId,
    definition: i.definition,
    archivedAt: i.archivedAt,
  };
}

function checkRefs(ctx: ServiceContext, i: Partial<ParsedInput<'indicators.create'>>): void {
  assertActive(ctx, 'plan', i.planId, 'Kế hoạch');
  assertActive(ctx, 'pillar', i.pillarId, 'Trụ cột');
  assertActive(ctx, 'agency', i.leadAgencyId, 'Cơ quan chủ trì');
}

export function createIndicator(ctx: ServiceContext, input: ParsedInput<'indicators.create'>): Indicator {
  return inTransaction(ctx, () => {
    checkRefs(ctx, input);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO indicator (id, plan_id, code, name, unit, pillar_id, direction, lead_agency_id, definition, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.planId,
        input.code,
        input.name,
        input.unit,
        input.pillarId,
        input.direction,
        input.leadAgencyId,
        input.definition,
        at,
        at,
      );
    const created = getIndicator(ctx, id);
    index(ctx, created);
    recordAudit(ctx, 'indicator', id, 'create', null, auditView(created));
    return created;
  });
}

export function updateIndicator(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'indicators.update'>['patch'],
): Indicator {
  return inTransaction(ctx, () => {
    checkRefs(ctx, patch);
    const before = getIndicator(ctx, id);
    const n = { ...before, ...stripUndefined(patch) };
    ctx
      .prepare(
        `UPDATE indicator SET plan_id = ?, code = ?, name = ?, unit = ?, pillar_id = ?, direction = ?, lead_agency_id = ?, definition = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        n.planId,
        n.code,
        n.name,
        n.unit,
        n.pillarId,
        n.direction,
        n.leadAgencyId,
        n.definition,
        ctx.now().toISOString(),
        id,
      );
    const after = getIndicator(ctx, id);
    index(ctx, after);
    recordAudit(ctx, 'indicator', id, 'update', auditView(before), auditView(after));
    return after;
  });
}

export function archiveIndicator(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getIndicator(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE indicator SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    removeFromSearch(ctx, 'indicator', id);
    recordAudit(ctx, 'indicator', id, 'archive', auditView(before), { ...auditView(before), archivedAt: at });
  });
}

export function setTarget(ctx: ServiceContext, input: ParsedInput<'indicators.setTarget'>): IndicatorTarget {
  return inTransaction(ctx, () => {
    mustGet(ctx.prepare('SELECT id FROM indicator WHERE id = ?').get(input.indicatorId), 'chỉ tiêu');
    const before = ctx
      .prepare('SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ? AND year = ?')
      .get(input.indicatorId, input.year) as IndicatorTarget | undefined;
    const at = ctx.now().toISOString();
    ctx
      .prepare(
        `INSERT INTO indicator_target (id, indicator_id, year, baseline, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (indicator_id, year) DO UPDATE SET baseline = excluded.baseline, target = excluded.target, updated_at = excluded.updated_at`,
      )
      .run(ctx.newId(), input.indicatorId, input.year, input.baseline, input.target, at, at);
    const after = { year: input.year, baseline: input.baseline, target: input.target };
    recordAudit(ctx, 'indicator', input.indicatorId, 'set', before ? { target: before } : null, {
      target: after,
    });
    return after;
  });
}

export function valueGrid(ctx: ServiceContext, input: ParsedInput<'indicators.valueGrid'>): ValueGrid {
  const keys = [...quarterKeys(input.year), String(input.year)];
  const periods = keys.map((k) => {
    const p = parsePeriod(k)!;
    return { key: p.key, label: p.label, from: p.from, to: p.to };
  });
  const where = input.planId ? 'i.archived_at IS NULL AND i.plan_id = @planId' : 'i.archived_at IS NULL';
  const rows = ctx
    .prepare(
      `SELECT i.id, i.code, i.name, i.unit, t.target FROM indicator i
       LEFT JOIN indicator_target t ON t.indicator_id = i.id AND t.year = @year
       WHERE ${where} ORDER BY i.code COLLATE NOCASE`,
    )
    .all({ planId: input.planId, year: input.year }) as {
    id: string;
    code: string;
    name: string;
    unit: string;
    target: number | null;
  }[];
  const values = ctx
    .prepare(
      `SELECT v.indicator_id, v.period, v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
       WHERE ${where} AND v.period IN (SELECT value FROM json_each(@keys))`,
    )
    .all({ planId: input.planId, keys: JSON.stringify(keys) }) as {
    indicator_id: string;
    period: string;
    value: number;
  }[];
  const byIndicator = new Map<string, Record<string, number | null>>();
  for (const v of values) {
    const rec = byIndicator.get(v.indicator_id) ?? {};
    rec[v.period] = v.value;
    byIndicator.set(v.indicator_id, rec);
  }
  return {
    year: input.year,
    periods,
    rows: rows.map((r) => ({
      indicatorId: r.id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      target: r.target,
      values: Object.fromEntries(keys.map((k) => [k, byIndicator.get(r.id)?.[k] ?? null])),
    })),
  };
}

/** Saves a batch of grid cells (typed or pasted) in one transaction; null clears a cell. */
export function setValues(
  ctx: ServiceContext,
  input: ParsedInput<'indicators.setValues'>,
): { saved: number } {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    const exists = ctx.prepare('SELECT archived_at FROM indicator WHERE id = ?');
    const current = ctx.prepare(
      'SELECT value, note, evidence FROM indicator_value WHERE indicator_id = ? AND period = ?',
    );
    const upsert = ctx.prepare(
      `INSERT INTO indicator_value (id, indicator_id, period, period_end, value, note, evidence, entered_at, updated_at)
       VALUES (@id, @indicatorId, @period, @periodEnd, @value, @note, @evidence, @at, @at)
       ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, note = excluded.note, evidence = excluded.evidence, updated_at = excluded.updated_at`,
    );
    const remove = ctx.prepare('DELETE FROM indicator_value WHERE indicator_id = ? AND period = ?');
    let saved = 0;
    for (const cell of input.values) {
      const ind = exists.get(cell.indicatorId) as { archived_at: string | null } | undefined;
      if (!ind)
        throw new AppError('KHONG_TIM_THAY', 'Không tìm thấy chỉ tiêu của ô đang nhập; hãy tải lại trang.');
      const period = parsePeriod(cell.period)!;
      const before = current.get(cell.indicatorId, cell.period) as
        { value: number; note: string; evidence: string } | undefined;
      if (cell.value === null) {
        if (!before) continue;
        remove.run(cell.indicatorId, cell.period);
      } else {
        upsert.run({
          id: ctx.newId(),
          indicatorId: cell.indicatorId,
          period: cell.period,
          periodEnd: period.to,
          value: cell.value,
          note: cell.note ?? before?.note ?? '',
          evidence: cell.evidence ?? before?.evidence ?? '',
          at,
        });
      }
      recordAudit(
        ctx,
        'indicator',
        cell.indicatorId,
        'set',
        before ? { period: cell.period, ...before } : null,
        cell.value === null ? null : { period: cell.period, value: cell.value },
      );
      saved++;
    }
    return { saved };
  });
}
