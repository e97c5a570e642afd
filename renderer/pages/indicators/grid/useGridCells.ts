// What the grid shows and keeps: the value of every cell (optimistic: as typed, before the backend
// confirms), the cells whose text is not a valid number (kept as typed, shown red, never saved), the
// plausibility warnings of the cells (as stored, or as confirmed in this session), and the turning of
// typed or pasted texts into saved values. Texts whose values have warnings wait for the person to
// confirm them (`pending`): confirmed, they are saved with `confirmed`; cancelled, nothing changes.
import { useCallback, useState } from 'react';
import type { ChangeSetRef, ValueGrid } from '../../../../shared/api/types';
import type { PlausibilityWarning } from '../../../../shared/rules/plausibility';
import { checkCellText, type CellPos } from './gridModel';
import { cellWarnings, nextCellWarnings } from './gridWarnings';
import { cellKey, useValueSaver, type CellValue } from './useValueSaver';

export interface InvalidCell {
  pos: CellPos;
  raw: string;
  reason: 'not_number' | 'too_large';
}

/** A cell of a pending change that needs the person's confirmation. */
export interface WarnedCell {
  pos: CellPos;
  value: number;
  warnings: PlausibilityWarning[];
}

/** Texts applied to cells, waiting for the person to confirm the warnings of some of them. */
export interface PendingChange {
  warned: WarnedCell[];
  confirm(): void;
  cancel(): void;
}

export type TextSource = 'typed' | 'paste';

function initialValues(grid: ValueGrid): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const row of grid.rows)
    for (const p of grid.periods) map.set(cellKey(row.indicatorId, p.key), row.values[p.key] ?? null);
  return map;
}

function initialWarnings(grid: ValueGrid): Map<string, PlausibilityWarning[]> {
  const map = new Map<string, PlausibilityWarning[]>();
  for (const row of grid.rows)
    for (const [period, list] of Object.entries(row.warnings))
      map.set(cellKey(row.indicatorId, period), list);
  return map;
}

export type GridCells = ReturnType<typeof useGridCells>;

export function useGridCells(
  grid: ValueGrid,
  today: string,
  onSaved: (cells: CellValue[], changeSet: ChangeSetRef | null) => void,
) {
  const [values, setValues] = useState(() => initialValues(grid));
  const [invalid, setInvalid] = useState<ReadonlyMap<string, InvalidCell>>(new Map());
  const [warnings, setWarnings] = useState<ReadonlyMap<string, PlausibilityWarning[]>>(() =>
    initialWarnings(grid),
  );
  const [pending, setPending] = useState<PendingChange | null>(null);
  const saver = useValueSaver(onSaved);
  const { enqueue } = saver;
  // The same grid loaded again (after an undo or redo): take its values, except cells still being saved.
  const [source, setSource] = useState(grid);
  if (grid !== source) {
    setSource(grid);
    const next = initialValues(grid);
    for (const key of saver.unsaved) if (values.has(key)) next.set(key, values.get(key) ?? null);
    setValues(next);
  }

  const keyAt = useCallback(
    (pos: CellPos) => cellKey(grid.rows[pos.row]!.indicatorId, grid.periods[pos.col]!.key),
    [grid],
  );

  /**
   * Applies typed or pasted texts: valid ones become values (and are queued to save), others are marked.
   * When some values have plausibility warnings, nothing is applied until the person confirms them.
   */
  const applyTexts = useCallback(
    (entries: { pos: CellPos; raw: string }[], source: TextSource = 'typed') => {
      const nextValues = new Map(values);
      const nextInvalid = new Map(invalid);
      const nextWarnings = new Map(warnings);
      const changed: { pos: CellPos; cell: CellValue }[] = [];
      const warned: WarnedCell[] = [];
      for (const { pos, raw } of entries) {
        const key = keyAt(pos);
        const check = checkCellText(raw);
        if (!check.ok) {
          nextInvalid.set(key, { pos, raw: raw.trim(), reason: check.reason });
          continue;
        }
        nextInvalid.delete(key);
        if ((nextValues.get(key) ?? null) === check.value) continue;
        const row = grid.rows[pos.row]!;
        const period = grid.periods[pos.col]!.key;
        nextValues.set(key, check.value);
        const cell: CellValue = { indicatorId: row.indicatorId, period, value: check.value };
        if (source === 'paste' && check.value !== null) cell.pasted = raw;
        changed.push({ pos, cell });
      }
      // Checked once every text is in, so a pasted Quý I counts as the previous period of its Quý II.
      for (const { pos, cell } of changed) {
        const row = grid.rows[pos.row]!;
        const key = cellKey(cell.indicatorId, cell.period);
        const list =
          cell.value === null
            ? []
            : cellWarnings(row, cell.period, cell.value, nextValues, today, cell.pasted ?? null);
        if (list.length > 0) {
          cell.confirmed = true; // sent only once the person has confirmed (below)
          warned.push({ pos, value: cell.value!, warnings: list });
        }
        nextWarnings.set(key, list);
        const next = nextCellWarnings(row, cell.period, nextValues, nextWarnings, today);
        if (next) nextWarnings.set(next.key, next.warnings);
      }
      const commit = () => {
        setValues(nextValues);
        setInvalid(nextInvalid);
        setWarnings(nextWarnings);
        enqueue(changed.map((c) => c.cell));
      };
      if (warned.length === 0) return commit();
      setPending({
        warned,
        confirm: () => {
          setPending(null);
          commit();
        },
        cancel: () => setPending(null),
      });
    },
    [values, invalid, warnings, keyAt, grid, today, enqueue],
  );

  return {
    valueAt: (pos: CellPos) => values.get(keyAt(pos)) ?? null,
    invalidAt: (pos: CellPos) => invalid.get(keyAt(pos)),
    warningsAt: (pos: CellPos) => warnings.get(keyAt(pos)),
    isUnsaved: (pos: CellPos) => saver.unsaved.has(keyAt(pos)),
    invalid: [...invalid.values()].sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col),
    pending,
    applyTexts,
    status: saver.status,
    retry: saver.retry,
    /** Sends what is queued now; true once everything typed is saved, false when a save failed. */
    whenSaved: saver.whenSaved,
  };
}
