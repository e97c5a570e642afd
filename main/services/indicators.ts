import type { ParsedInput } from '../../shared/api/contract';
import type { Indicator, IndicatorRow, IndicatorTarget, ValueGrid } from '../../shared/api/types';
import { yearOf } from '../../shared/dates';
import { assessAgainstTarget, type Assessment } from '../../shared/rules/indicatorAssessment';
import { explainAssessment } from '../../shared/rules/assessmentExplanation';
import { parseViNumber } from '../../shared/format/vi';
import { parsePeriod, quarterKeys } from '../../shared/rules/periods';
import {
  describeWarning,
  nextPeriodKey,
  parseWarnings,
  plausibilityWarnings,
  previousPeriodKey,
  type PlausibilityWarning,
} from '../../shared/rules/plausibility';
import { appError } from '../errors';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import {
  assessedValues,
  storedValue,
  toValue,
  writeValue,
  setStoredWarnings,
  type ValueBasis,
  type ValueRow,
} from './indicatorValues';
import { assertActive, changedKeys, duplicateError, mustGet, stripUndefined, updateColumns } from './rows';
import { markForSearch, matchingIds, registerSearchIndexer } from './search';
import { getSettings } from './settings';
import { sortKeyOf } from '../db/functions';
import { all, one, sql, sqlJoin, type SqlFragment } from '../db/sql';

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
const COLUMNS = sql`i.id, i.plan_id, i.code, i.name, i.unit, i.pillar_id, p.name AS pillar_name, i.direction, i.lead_agency_id,
  COALESCE(a.short_name, a.name) AS lead_agency_name, i.definition, i.archived_at`;
const FROM = sql`indicator i LEFT JOIN pillar p ON p.id = i.pillar_id LEFT JOIN agency a ON a.id = i.lead_agency_id`;

/** Targets of `year` for many indicators at once. */
function loadTargets(ctx: ServiceContext, ids: string[], year: number): Map<string, IndicatorTarget> {
  const targets = new Map<string, IndicatorTarget>();
  if (ids.length === 0) return targets;
  const rows = all<{
    indicator_id: string;
    year: number;
    baseline: number | null;
    target: number;
  }>(
    ctx,
    sql`SELECT indicator_id, year, baseline, target FROM indicator_target
       WHERE year = ${year} AND indicator_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  for (const t of rows) targets.set(t.indicator_id, { year: t.year, baseline: t.baseline, target: t.target });
  return targets;
}

/**
 * Each indicator with its target of the year of `at` and its assessment at `at` (shared/rules), on the
 * value chosen by `basis` (indicatorValues.ts: what was known at a date, or what a report uses).
 */
function assembleRows(ctx: ServiceContext, rows: Row[], at: string, basis: ValueBasis): IndicatorRow[] {
  const year = yearOf(at);
  const tolerance = getSettings(ctx).assessmentTolerance;
  const ids = rows.map((r) => r.id);
  const targets = loadTargets(ctx, ids, year);
  const latest = assessedValues(ctx, ids, year, basis);
  return rows.map((r) => {
    const target = targets.get(r.id) ?? null;
    const value = latest.get(r.id) ?? null;
    const result = assessAgainstTarget(
      {
        direction: r.direction,
        target,
        year,
        latest: value && { value: value.value, periodEnd: value.periodEnd },
      },
      at,
      tolerance,
    );
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
      explanation: explainAssessment(
        {
          direction: r.direction,
          year,
          target,
          latest: value && { value: value.value, period: value.period, periodEnd: value.periodEnd },
        },
        at,
        tolerance,
      ),
    };
  });
}

/** The WHERE clause of an indicator list filter (every value bound). */
function listWhere(ctx: ServiceContext, f: ParsedInput<'indicators.list'>): SqlFragment {
  const where = [sql`i.archived_at IS NULL`];
  if (f.planId) where.push(sql`i.plan_id = ${f.planId}`);
  if (f.pillarId) where.push(sql`i.pillar_id = ${f.pillarId}`);
  if (f.leadAgencyId) where.push(sql`i.lead_agency_id = ${f.leadAgencyId}`);
  if (f.q.trim()) {
    const ids = matchingIds(ctx, 'indicator', f.q);
    if (ids) where.push(sql`i.id IN (SELECT value FROM json_each(${JSON.stringify([...ids])}))`);
  }
  return sqlJoin(where, sql` AND `);
}

/**
 * The indicators with their assessment at `f.at` (default today). Values: as known at the end of that day,
 * unless `basis` says otherwise (a report passes the values of its periods as known now).
 */
export function listIndicators(
  ctx: ServiceContext,
  f: ParsedInput<'indicators.list'>,
  basis?: ValueBasis,
): IndicatorRow[] {
  const rows = all<Row>(
    ctx,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE ${listWhere(ctx, f)} ORDER BY ${sortKeyOf('i.code')}`,
  );
  const at = f.at ?? ctx.today();
  return assembleRows(ctx, rows, at, basis ?? { kind: 'known_at', at });
}

/**
 * The assessment of each indicator of a filter at `f.at` (default today), on the values known at the end
 * of that day: what listIndicators says of each, by the same rule (assessAgainstTarget) on the same values
 * (assessedValues), without the list's names, order, ratios and explanations (the dashboard counts them).
 */
export function indicatorAssessments(ctx: ServiceContext, f: ParsedInput<'indicators.list'>): Assessment[] {
  const at = f.at ?? ctx.today();
  const year = yearOf(at);
  const rows = all<{
    id: string;
    direction: Indicator['direction'];
    baseline: number | null;
    target: number | null;
  }>(
    ctx,
    sql`SELECT i.id, i.direction, t.baseline, t.target FROM indicator i
       LEFT JOIN indicator_target t ON t.indicator_id = i.id AND t.year = ${year} WHERE ${listWhere(ctx, f)}`,
  );
  const tolerance = getSettings(ctx).assessmentTolerance;
  const latest = assessedValues(
    ctx,
    rows.map((r) => r.id),
    year,
    { kind: 'known_at', at },
  );
  return rows.map((r) => {
    const value = latest.get(r.id);
    return assessAgainstTarget(
      {
        direction: r.direction,
        target: r.target === null ? null : { baseline: r.baseline, target: r.target },
        year,
        latest: value ? { value: value.value, periodEnd: value.periodEnd } : null,
      },
      at,
      tolerance,
    ).assessment;
  });
}

export function getIndicator(ctx: ServiceContext, id: string, at: string | null = null): Indicator {
  const row = mustGet(one<Row>(ctx, sql`SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = ${id}`), 'chỉ tiêu');
  const ref = at ?? ctx.today();
  const [assembled] = assembleRows(ctx, [row], ref, { kind: 'known_at', at: ref });
  const targets = all<IndicatorTarget>(
    ctx,
    sql`SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ${id} ORDER BY year`,
  );
  const values = all<ValueRow>(
    ctx,
    sql`SELECT indicator_id, period, period_end, value, note, evidence, warnings, updated_at FROM indicator_value
         WHERE indicator_id = ${id} ORDER BY period_end, length(period)`,
  ).map(toValue);
  return { ...assembled!, definition: row.definition, targets, values, archivedAt: row.archived_at };
}

// What an indicator is found by (written after commit: search.ts flushSearch).
registerSearchIndexer('indicator', (ctx, id) => {
  const i = getIndicator(ctx, id);
  return { title: i.name, subtitle: i.code, parts: [i.unit, i.definition, i.leadAgencyName, i.pillarName] };
});

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

/**
 * An indicator code is unique among the live indicators of its plan (or among those of no plan),
 * ignoring case (index indicator_code_unique, migration 004).
 */
function assertCodeFree(
  ctx: ServiceContext,
  planId: string | null,
  code: string,
  exceptId: string | null,
): void {
  const other = one<{ name: string; plan_code: string | null }>(
    ctx,
    sql`SELECT i.name, p.code AS plan_code FROM indicator i LEFT JOIN plan p ON p.id = i.plan_id
       WHERE COALESCE(i.plan_id, '') = ${planId ?? ''} AND i.code = ${code} COLLATE NOCASE AND i.archived_at IS NULL AND i.id <> ${exceptId ?? ''} LIMIT 1`,
  );
  if (!other) return;
  const name = other.name.length > 80 ? `${other.name.slice(0, 79)}…` : other.name;
  throw duplicateError('code', 'TRUNG_MA_CHI_TIEU', { code, plan: other.plan_code ?? '', name });
}

export function createIndicator(ctx: ServiceContext, input: ParsedInput<'indicators.create'>): Indicator {
  return inTransaction(ctx, () => {
    checkRefs(ctx, input);
    assertCodeFree(ctx, input.planId, input.code, null);
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
    markForSearch(ctx, 'indicator', created.id);
    recordAudit(ctx, 'indicator', id, 'create', null, auditView(created));
    return created;
  });
}

const COLUMN_OF = {
  planId: 'plan_id',
  code: 'code',
  name: 'name',
  unit: 'unit',
  pillarId: 'pillar_id',
  direction: 'direction',
  leadAgencyId: 'lead_agency_id',
  definition: 'definition',
} as const;

/** Writes only the fields the patch changes; a patch equal to what is stored writes nothing. */
export function updateIndicator(
  ctx: ServiceContext,
  id: string,
  patch: ParsedInput<'indicators.update'>['patch'],
): Indicator {
  return inTransaction(ctx, () => {
    checkRefs(ctx, patch);
    const before = getIndicator(ctx, id);
    const changed = changedKeys(before, patch);
    if (changed.length === 0) return before;
    const next = { ...before, ...stripUndefined(patch) };
    if (changed.includes('code') || changed.includes('planId'))
      assertCodeFree(ctx, next.planId, next.code, id);
    updateColumns(ctx, 'indicator', COLUMN_OF, id, changed, next);
    const after = getIndicator(ctx, id);
    markForSearch(ctx, 'indicator', id);
    recordAudit(ctx, 'indicator', id, 'update', auditView(before), auditView(after));
    return after;
  });
}

export function archiveIndicator(ctx: ServiceContext, id: string): void {
  inTransaction(ctx, () => {
    const before = getIndicator(ctx, id);
    const at = ctx.now().toISOString();
    ctx.prepare('UPDATE indicator SET archived_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    markForSearch(ctx, 'indicator', id);
    recordAudit(ctx, 'indicator', id, 'archive', auditView(before), { ...auditView(before), archivedAt: at });
  });
}

export function setTarget(ctx: ServiceContext, input: ParsedInput<'indicators.setTarget'>): IndicatorTarget {
  return inTransaction(ctx, () => {
    mustGet(ctx.prepare('SELECT id FROM indicator WHERE id = ?').get(input.indicatorId), 'chỉ tiêu');
    const before = one<IndicatorTarget>(
      ctx,
      sql`SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ${input.indicatorId} AND year = ${input.year}`,
    );
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
  // The periods just before the grid's first columns, for the tenfold-jump warning on Quý I and the year.
  const beforeKeys = [
    ...new Set(keys.map((k) => previousPeriodKey(k)).filter((k): k is string => k !== null)),
  ].filter((k) => !keys.includes(k));
  const where = input.planId
    ? sql`i.archived_at IS NULL AND i.plan_id = ${input.planId}`
    : sql`i.archived_at IS NULL`;
  const rows = all<{
    id: string;
    code: string;
    name: string;
    unit: string;
    target: number | null;
  }>(
    ctx,
    sql`SELECT i.id, i.code, i.name, i.unit, t.target FROM indicator i
       LEFT JOIN indicator_target t ON t.indicator_id = i.id AND t.year = ${input.year}
       WHERE ${where} ORDER BY ${sortKeyOf('i.code')}`,
  );
  const values = all<{
    indicator_id: string;
    period: string;
    value: number;
    warnings: string;
  }>(
    ctx,
    sql`SELECT v.indicator_id, v.period, v.value, v.warnings FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
       WHERE ${where} AND v.period IN (SELECT value FROM json_each(${JSON.stringify([...keys, ...beforeKeys])}))`,
  );
  const byIndicator = new Map<string, Map<string, { value: number; warnings: PlausibilityWarning[] }>>();
  for (const v of values) {
    const rec = byIndicator.get(v.indicator_id) ?? new Map();
    rec.set(v.period, { value: v.value, warnings: parseWarnings(v.warnings) });
    byIndicator.set(v.indicator_id, rec);
  }
  return {
    year: input.year,
    periods,
    rows: rows.map((r) => {
      const rec = byIndicator.get(r.id);
      return {
        indicatorId: r.id,
        code: r.code,
        name: r.name,
        unit: r.unit,
        target: r.target,
        values: Object.fromEntries(keys.map((k) => [k, rec?.get(k)?.value ?? null])),
        warnings: Object.fromEntries(
          keys.flatMap((k) => {
            const w = rec?.get(k)?.warnings ?? [];
            return w.length > 0 ? [[k, w]] : [];
          }),
        ),
        before: Object.fromEntries(beforeKeys.map((k) => [k, rec?.get(k)?.value ?? null])),
      };
    }),
  };
}

/** "CT01, Quý III/2025": how a cell is named in messages. */
const cellName = (code: string, period: string) => `${code}, ${parsePeriod(period)?.label ?? period}`;

/**
 * Saves a batch of grid cells (typed or pasted) in one transaction; null clears a cell.
 *
 * Each value is checked with the plausibility rule (shared/rules/plausibility.ts) against what the
 * store holds at that moment (a Quý I in the same batch counts as the previous period of its Quý II), at
 * today's date. A value with warnings is saved only when its cell says the person confirmed them
 * (`confirmed`); otherwise the whole batch is refused, nothing written, and the error lists each warning
 * per cell. The warnings are kept with the value. A change also refreshes the tenfold-jump warning of the
 * next period's value, whose previous period it is.
 */
export function setValues(
  ctx: ServiceContext,
  input: ParsedInput<'indicators.setValues'>,
): { saved: number } {
  return inTransaction(ctx, () => {
    const today = ctx.today();
    const unconfirmed: { path: string; message: string }[] = [];
    let saved = 0;
    input.values.forEach((cell, index) => {
      const ind = one<{ code: string; unit: string; archived_at: string | null }>(
        ctx,
        sql`SELECT code, unit, archived_at FROM indicator WHERE id = ${cell.indicatorId}`,
      );
      if (!ind) throw appError('O_KHONG_TIM_THAY_CHI_TIEU', {});
      if (cell.pasted !== undefined && cell.value !== null && parseViNumber(cell.pasted) !== cell.value)
        throw appError('O_KHONG_KHOP_CHU_DAN', {
          cell: cellName(ind.code, cell.period),
          value: cell.value,
          pasted: cell.pasted,
        });
      const before = storedValue(ctx, cell.indicatorId, cell.period);
      let warnings: PlausibilityWarning[] = [];
      if (cell.value !== null) {
        warnings = checkValue(ctx, cell.indicatorId, ind.unit, cell.period, cell.value, today, cell.pasted);
        if (warnings.length > 0 && cell.confirmed !== true)
          for (const w of warnings)
            unconfirmed.push({
              path: `values.${index}`,
              message: `${cellName(ind.code, cell.period)}: ${describeWarning(w)}`,
            });
      }
      const written = writeValue(ctx, {
        indicatorId: cell.indicatorId,
        period: cell.period,
        value: cell.value,
        note: cell.note ?? before?.note ?? '',
        evidence: cell.evidence ?? before?.evidence ?? '',
        warnings,
      });
      if (!written) return;
      refreshNextJump(ctx, cell.indicatorId, ind.unit, cell.period, today);
      recordAudit(
        ctx,
        'indicator',
        cell.indicatorId,
        'set',
        before
          ? { period: cell.period, value: before.value, note: before.note, evidence: before.evidence }
          : null,
        cell.value === null ? null : { period: cell.period, value: cell.value, warnings },
      );
      saved++;
    });
    if (unconfirmed.length > 0) {
      const cells = new Set(unconfirmed.map((u) => u.path)).size;
      throw appError(
        'O_CAN_XAC_NHAN',
        { cells, list: unconfirmed.map((u) => u.message).join(' ') },
        unconfirmed,
      );
    }
    return { saved };
  });
}

/** The plausibility warnings of a value about to be stored, against the store as it is now. */
function checkValue(
  ctx: ServiceContext,
  indicatorId: string,
  unit: string,
  period: string,
  value: number,
  today: string,
  pasted: string | undefined,
): PlausibilityWarning[] {
  const previousPeriod = previousPeriodKey(period);
  const previous = previousPeriod ? (storedValue(ctx, indicatorId, previousPeriod)?.value ?? null) : null;
  return plausibilityWarnings({ value, unit, period, previous, pasted }, today);
}

/** The next period's value has this one as its previous: its jump warning follows the change. */
function refreshNextJump(
  ctx: ServiceContext,
  indicatorId: string,
  unit: string,
  period: string,
  today: string,
) {
  const next = nextPeriodKey(period);
  const stored = next ? storedValue(ctx, indicatorId, next) : null;
  if (!next || !stored) return;
  const jump = checkValue(ctx, indicatorId, unit, next, stored.value, today, undefined).filter(
    (w) => w.code === 'jump',
  );
  const kept = stored.warnings.filter((w) => w.code !== 'jump');
  const warnings = [...kept, ...jump];
  if (JSON.stringify(warnings) !== JSON.stringify(stored.warnings))
    setStoredWarnings(ctx, indicatorId, next, warnings);
}
