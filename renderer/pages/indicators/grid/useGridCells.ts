// What the grid shows and keeps: the value of every cell (optimistic: as typed, before the backend
// confirms), the cells whose text is not a valid number (kept as typed, shown red, never saved), and
// the turning of typed or pasted texts into saved values.
import { useCallback, useState } from 'react';
import type { ChangeSetRef, ValueGrid } from '../../../../shared/api/types';
import { checkCellText, type CellPos } from './gridModel';
import { cellKey, useValueSaver, type CellValue } from './useValueSaver';

export interface InvalidCell {
  pos: CellPos;
  raw: string;
  reason: 'not_number' | 'too_large';
}

function initialValues(grid: ValueGrid): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const row of grid.rows)
    for (const p of grid.periods) map.set(cellKey(row.indicatorId, p.key), row.values[p.key] ?? null);
  return map;
}

export function useGridCells(
  grid: ValueGrid,
  onSaved: (cells: CellValue[], changeSet: ChangeSetRef | null) => void,
) {
  const [values, setValues] = useState(() => initialValues(grid));
  const [invalid, setInvalid] = useState<ReadonlyMap<string, InvalidCell>>(new Map());
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

  /** Applies typed or pasted texts: valid ones become values (and are queued to save), others are marked. */
  const applyTexts = useCallback(
    (entries: { pos: CellPos; raw: string }[]) => {
      const nextValues = new Map(values);
      const nextInvalid = new Map(invalid);
      const changed: CellValue[] = [];
      for (const { pos, raw } of entries) {
        const key = keyAt(pos);
        const check = checkCellText(raw);
        if (!check.ok) {
          nextInvalid.set(key, { pos, raw: raw.trim(), reason: check.reason });
          continue;
        }
        nextInvalid.delete(key);
        if ((nextValues.get(key) ?? null) === check.value) continue;
        nextValues.set(key, check.value);
        changed.push({
          indicatorId: grid.rows[pos.row]!.indicatorId,
          period: grid.periods[pos.col]!.key,
          value: check.value,
        });
      }
      setValues(nextValues);
      setInvalid(nextInvalid);
      enqueue(changed);
    },
    [values, invalid, keyAt, grid, enqueue],
  );

  return {
    valueAt: (pos: CellPos) => values.get(keyAt(pos)) ?? null,
    invalidAt: (pos: CellPos) => invalid.get(keyAt(pos)),
    isUnsaved: (pos: CellPos) => saver.unsaved.has(keyAt(pos)),
    invalid: [...invalid.values()].sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col),
    applyTexts,
    status: saver.status,
    retry: saver.retry,
    /** Sends what is queued now; true once everything typed is saved, false when a save failed. */
    whenSaved: saver.whenSaved,
  };
}
