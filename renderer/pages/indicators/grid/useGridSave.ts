// Saving the grid's cells: every committed text goes to the cells' background saver (useGridCells);
// each saved batch is remembered for Ctrl+Z (useGridUndo); once a paste is written, the status line
// says how many cells it filled and offers "Hoàn tác".
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueGrid } from '../../../../shared/api/types';
import { showStatus } from '../../../stores/status';
import { useGridCells, type GridCells } from './useGridCells';
import { useGridUndo, type GridUndo } from './useGridUndo';

export interface GridSave {
  cells: GridCells;
  undoer: GridUndo;
  /** A paste of `count` cells is on its way: its save offers the undo. */
  expectPaste(count: number): void;
}

export function useGridSave(
  grid: ValueGrid,
  today: string,
  /** What to say in the grid's note line (the outcome of an undo from the status line). */
  setNote: (note: string) => void,
  onSaved?: () => void,
): GridSave {
  const { t } = useTranslation();
  /** Cells of a paste waiting for their save. */
  const pasted = useRef(0);
  const cells = useGridCells(grid, today, (_saved, changeSet) => {
    undoer.record(changeSet);
    if (pasted.current > 0 && changeSet?.undoable) {
      const count = pasted.current;
      pasted.current = 0;
      showStatus(t('indicators.grid.pasted', { count }), 'success', {
        label: t('changes.undo'),
        run: () => void undoer.undo(changeSet.id).then(setNote),
      });
    }
    onSaved?.();
  });
  const undoer = useGridUndo(cells.whenSaved);
  return {
    cells,
    undoer,
    expectPaste: (count) => {
      pasted.current = count;
    },
  };
}
