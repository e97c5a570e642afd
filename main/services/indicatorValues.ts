// The store of indicator values and their versions, and the rule of which values a figure uses.
//
// Every write of a value goes through writeValue: it changes the current row of indicator_value and
// appends a row to indicator_value_version (append-only, schema v6) with the instant it became known.
// So two questions have exact answers:
//
//   A period's report (and its figures, annexes and sentences) uses the values of the periods it covers
//   as known when the report is made, whenever they were typed: agencies send their figures after the
//   cut-off (the 14th), so a 9-month report made in October must count a Quý III value entered on 20/10.
//   "The periods it covers" are the periods of its reporting year whose cut-off is on or before the
//   report's cut-off (a Quý III report never uses a Quý IV value).
//
//   The dashboard and every screen "at date D" (indicator list, briefing at a meeting's date) use what was
//   known at the end of day D (local time): for each period, the latest version recorded by then, so a
//   value revised after D still shows its old number at D, and a value first typed after D is not there.
//
// Of the usable values of an indicator, the one assessed is the latest period: the latest cut-off; at the
// same cut-off the report's own period first (a 9-month report prefers the '9 tháng' value to Quý III),
// then a cumulative period (year, 6 or 9 months) before a quarter.
import type { IndicatorValue } from '../../shared/api/types';
import { isoDate } from '../../shared/dates';
import { parsePeriod } from '../../shared/rules/periods';
import { parseWarnings, type PlausibilityWarning } from '../../shared/rules/plausibility';
import type { ServiceContext } from './context';
import { all, one, sql, type SqlFragment } from '../db/sql';

/** Which values a figure uses: see the top of this file. */
export type ValueBasis = { kind: 'known_at'; at: string } | { kind: 'report'; period: string; to: string };

/** The instant the local calendar day `d` ends (midnight after it), as an ISO string. */
export function endOfDay(d: string): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, day + 1).toISOString();
}

export interface ValueRow {
  indicator_id: string;
  period: string;
  period_end: string;
  value: number;
  note: string;
  evidence: string;
  warnings: string;
  updated_at: string;
}

export const toValue = (v: ValueRow): IndicatorValue => ({
  period: v.period,
  periodEnd: v.period_end,
  value: v.value,
  note: v.note,
  evidence: v.evidence,
  warnings: parseWarnings(v.warnings),
  updatedAt: v.updated_at,
});

/** SQL ordering the candidate values of one indicator, the one to assess first (`own`: the report's period). */
const preference = (own: string): SqlFragment => sql`period_end DESC, (period = ${own}) DESC,
  (length(period) = 4 OR period LIKE '%-H1' OR period LIKE '%-9M') DESC, period`;

/** Where a figure's candidates come from: a table, and which of its columns says when the value was last set. */
interface CandidateSource {
  table: SqlFragment;
  updatedAt: SqlFragment;
}

const CURRENT: CandidateSource = { table: sql`indicator_value`, updatedAt: sql`x.updated_at` };
const VERSIONS: CandidateSource = { table: sql`indicator_value_version`, updatedAt: sql`x.recorded_at` };

/**
 * Of each indicator's candidates, the one to assess, read whole. `candidates` lists each candidate as
 * (indicator_id, period, period_end, ref), `ref` being the rowid of its row in `source`: the window sorts
 * those narrow rows, and only the chosen ones are read with their notes, evidence and warnings (sorting
 * every candidate's texts cost the dashboard about a third of its indicators' time).
 */
const picked = (candidates: SqlFragment, source: CandidateSource, own: string): SqlFragment =>
  sql`SELECT x.indicator_id, x.period, x.period_end, x.value, x.note, x.evidence, x.warnings,
    ${source.updatedAt} AS updated_at
  FROM (
    SELECT ref, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY ${preference(own)}) AS pick FROM (${candidates})
  ) c JOIN ${source.table} x ON x.rowid = c.ref
  WHERE c.pick = 1`;

/** The indicators and the cut-offs a figure's candidates lie between (period_end BETWEEN from AND to). */
interface CandidateWindow {
  ids: string;
  from: string;
  to: string;
}

/** A report's candidates: the current value of each period it covers. */
const reportCandidates = (range: CandidateWindow): SqlFragment =>
  sql`SELECT indicator_id, period, period_end, rowid AS ref FROM indicator_value
  WHERE indicator_id IN (SELECT value FROM json_each(${range.ids})) AND period_end BETWEEN ${range.from} AND ${range.to}`;

/**
 * Candidates known at a date: of each period's versions recorded before `until`, the latest (the last
 * recorded_at, then the last seq), when it holds a value and was not a clearing. Both the periods and
 * each one's latest version are seeks on the covering index indicator_value_version_known (indicator_id,
 * period_end, period, recorded_at, and seq as its rowid): the latest is the index's last entry of the
 * period before `until`, so no window sorts the versions (a period's period_end is fixed by the period).
 */
const knownAtCandidates = (range: CandidateWindow, until: string): SqlFragment =>
  sql`SELECT v.indicator_id, v.period, v.period_end, v.seq AS ref
  FROM (
    SELECT DISTINCT indicator_id, period_end, period FROM indicator_value_version
    WHERE indicator_id IN (SELECT value FROM json_each(${range.ids})) AND period_end BETWEEN ${range.from} AND ${range.to} AND recorded_at < ${until}
  ) p JOIN indicator_value_version v ON v.seq = (
    SELECT w.seq FROM indicator_value_version w
    WHERE w.indicator_id = p.indicator_id AND w.period_end = p.period_end AND w.period = p.period AND w.recorded_at < ${until}
    ORDER BY w.recorded_at DESC, w.seq DESC LIMIT 1)
  WHERE v.value IS NOT NULL`;

/**
 * The value each indicator is assessed with, for the reporting year `year`, on the given basis.
 * Indicators without a usable value are absent from the map.
 */
export function assessedValues(
  ctx: ServiceContext,
  ids: string[],
  year: number,
  basis: ValueBasis,
): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  if (ids.length === 0) return latest;
  const range: CandidateWindow = {
    ids: JSON.stringify(ids),
    from: isoDate(year - 1, 12, 15),
    to: basis.kind === 'report' && basis.to < isoDate(year, 12, 14) ? basis.to : isoDate(year, 12, 14),
  };
  const rows = all<ValueRow>(
    ctx,
    basis.kind === 'report'
      ? picked(reportCandidates(range), CURRENT, basis.period)
      : picked(knownAtCandidates(range, endOfDay(basis.at)), VERSIONS, ''),
  );
  for (const r of rows) latest.set(r.indicator_id, toValue(r));
  return latest;
}

export interface ValueWrite {
  indicatorId: string;
  period: string;
  /** null clears the value. */
  value: number | null;
  note: string;
  evidence: string;
  warnings: PlausibilityWarning[];
}

export interface StoredValue {
  value: number;
  note: string;
  evidence: string;
  warnings: PlausibilityWarning[];
}

export function storedValue(ctx: ServiceContext, indicatorId: string, period: string): StoredValue | null {
  const row = one<{ value: number; note: string; evidence: string; warnings: string }>(
    ctx,
    sql`SELECT value, note, evidence, warnings FROM indicator_value WHERE indicator_id = ${indicatorId} AND period = ${period}`,
  );
  return row
    ? { value: row.value, note: row.note, evidence: row.evidence, warnings: parseWarnings(row.warnings) }
    : null;
}

/**
 * Writes one value (or clears it) and appends its version. The one way a value changes: call it inside the
 * transaction of the change, which also writes the audit row. Returns false when there was nothing to clear.
 */
export function writeValue(ctx: ServiceContext, w: ValueWrite): boolean {
  const period = parsePeriod(w.period);
  if (!period) throw new RangeError(`Kỳ không hợp lệ: ${w.period}`);
  const at = ctx.now().toISOString();
  const warnings = JSON.stringify(w.warnings);
  if (w.value === null) {
    const removed = ctx
      .prepare('DELETE FROM indicator_value WHERE indicator_id = ? AND period = ?')
      .run(w.indicatorId, w.period);
    if (removed.changes === 0) return false;
  } else {
    ctx
      .prepare(
        `INSERT INTO indicator_value (id, indicator_id, period, period_end, value, note, evidence, warnings, entered_at, updated_at)
         VALUES (@id, @indicatorId, @period, @periodEnd, @value, @note, @evidence, @warnings, @at, @at)
         ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, note = excluded.note,
           evidence = excluded.evidence, warnings = excluded.warnings, updated_at = excluded.updated_at`,
      )
      .run({ ...w, id: ctx.newId(), periodEnd: period.to, warnings, at });
  }
  ctx
    .prepare(
      `INSERT INTO indicator_value_version (indicator_id, period, period_end, value, note, evidence, warnings, recorded_at, actor, source)
       VALUES (@indicatorId, @period, @periodEnd, @value, @note, @evidence, @warnings, @at, @actor, 'write')`,
    )
    .run({
      indicatorId: w.indicatorId,
      period: w.period,
      periodEnd: period.to,
      value: w.value,
      note: w.value === null ? '' : w.note,
      evidence: w.value === null ? '' : w.evidence,
      warnings: w.value === null ? '[]' : warnings,
      at,
      actor: ctx.actor(),
    });
  return true;
}

/** Replaces the stored warnings of a value (a neighbour changed), without a new version of the value. */
export function setStoredWarnings(
  ctx: ServiceContext,
  indicatorId: string,
  period: string,
  warnings: PlausibilityWarning[],
): void {
  ctx
    .prepare('UPDATE indicator_value SET warnings = ? WHERE indicator_id = ? AND period = ?')
    .run(JSON.stringify(warnings), indicatorId, period);
}
