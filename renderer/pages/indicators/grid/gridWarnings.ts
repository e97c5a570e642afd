// The plausibility warnings of grid cells (shared/rules/plausibility.ts), computed in the grid as the
// server will compute them on save, so the person is asked before anything is sent: against the value
// of the previous period as the grid holds it (Quý I looks at last year's Quý IV, which the grid gets in
// `before`), today's date, and, for a pasted cell, the text as it came from the clipboard.
import type { ValueGrid } from '../../../../shared/api/types';
import {
  nextPeriodKey,
  plausibilityWarnings,
  previousPeriodKey,
  type PlausibilityWarning,
} from '../../../../shared/rules/plausibility';

/** The key of a cell, as useValueSaver keys its queue. */
export const cellKey = (indicatorId: string, period: string) => `${indicatorId}|${period}`;

type Row = ValueGrid['rows'][number];

/** The value of a period for a row: a cell of the grid (as edited), or one of the periods just before it. */
export function valueOf(row: Row, period: string, values: ReadonlyMap<string, number | null>): number | null {
  const key = cellKey(row.indicatorId, period);
  if (values.has(key)) return values.get(key) ?? null;
  return row.before[period] ?? null;
}

export function cellWarnings(
  row: Row,
  period: string,
  value: number,
  values: ReadonlyMap<string, number | null>,
  today: string,
  pasted: string | null,
): PlausibilityWarning[] {
  const previousPeriod = previousPeriodKey(period);
  const previous = previousPeriod ? valueOf(row, previousPeriod, values) : null;
  return plausibilityWarnings({ value, unit: row.unit, period, previous, pasted }, today);
}

/**
 * After a cell changed, the next period's cell has a new previous value: its tenfold-jump warning follows
 * (its other warnings, confirmed when it was entered, stay). Returns the next cell's key and warnings, or
 * null when there is no value there.
 */
export function nextCellWarnings(
  row: Row,
  period: string,
  values: ReadonlyMap<string, number | null>,
  stored: ReadonlyMap<string, PlausibilityWarning[]>,
  today: string,
): { key: string; warnings: PlausibilityWarning[] } | null {
  const next = nextPeriodKey(period);
  if (!next) return null;
  const key = cellKey(row.indicatorId, next);
  const value = values.get(key);
  if (value === undefined || value === null) return null;
  const jump = cellWarnings(row, next, value, values, today, null).filter((w) => w.code === 'jump');
  const kept = (stored.get(key) ?? []).filter((w) => w.code !== 'jump');
  return { key, warnings: [...kept, ...jump] };
}
