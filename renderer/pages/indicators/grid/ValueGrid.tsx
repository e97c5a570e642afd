// The keyboard-driven data-entry grid: indicators × reporting periods, behaving like a spreadsheet.
// Each part has one job: gridModel (pure rules of movement, clipboard and cell text), useGridEditor
// (active cell, selection, the cell editor), useGridKeyboard (keys), useGridPaste (Ctrl+V / Ctrl+C),
// useGridSave (background saving, Ctrl+Z / Ctrl+Y), ValueGridTable (drawing). Here: the mouse, the
// focus, and putting them together.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueGrid as GridData } from '../../../../shared/api/types';
import { ConfirmValues } from './ConfirmValues';
import type { CellPos } from './gridModel';
import { GridStatus } from './GridStatus';
import { useGridEditor } from './useGridEditor';
import { useGridKeyboard } from './useGridKeyboard';
import { useGridPaste } from './useGridPaste';
import { useGridSave } from './useGridSave';
import { ValueGridTable } from './ValueGridTable';
import { periodLabel } from '../../../i18n/periodLabel';

const posFromEvent = (e: MouseEvent): CellPos | null => {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-pos]');
  const [row, col] = (cell?.dataset.pos ?? '').split(':').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)
    ? null
    : { row, col };
};

export function ValueGrid({
  grid,
  today,
  onSaved,
}: {
  grid: GridData;
  /** The backend's today: a value for a period starting later is questioned. */
  today: string;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const shape = { rows: grid.rows.length, cols: grid.periods.length };
  const [note, setNote] = useState('');
  const save = useGridSave(grid, today, setNote, onSaved);
  const { cells } = save;
  const editor = useGridEditor(cells, setNote);
  const onKeyDown = useGridKeyboard(shape, editor, save, setNote);
  const { onPaste, onCopy } = useGridPaste(shape, editor, save, setNote);
  const { active, editing } = editor;
  const tableRef = useRef<HTMLTableElement>(null);
  /** True while focus is inside the grid: only then does moving the active cell move the focus. */
  const hasFocus = useRef(false);

  const focusCell = (pos: CellPos) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.row}:${pos.col}"]`)?.focus();

  useEffect(() => {
    if (editing || !hasFocus.current) return;
    focusCell(active);
  }, [active, editing]);

  function onMouseDown(e: MouseEvent<HTMLTableElement>) {
    const pos = posFromEvent(e);
    if (!pos || e.button !== 0 || (editing && editing.pos.row === pos.row && editing.pos.col === pos.col))
      return;
    setNote('');
    editor.moveTo(pos, e.shiftKey);
  }

  function onDoubleClick(e: MouseEvent<HTMLTableElement>) {
    const pos = posFromEvent(e);
    if (pos && !editing) editor.startEdit(pos, null);
  }

  const goToCell = (pos: CellPos) => {
    hasFocus.current = true;
    editor.moveTo(pos);
    focusCell(pos);
  };

  if (shape.rows === 0) return <p className="grid-empty">{t('indicators.grid.empty')}</p>;

  return (
    <div className="value-grid">
      <p id="value-grid-help" className="grid-help">
        {t('indicators.grid.help')}
      </p>
      <GridStatus
        status={cells.status}
        note={note}
        invalid={cells.invalid.map((c) => ({
          pos: c.pos,
          message: t(`indicators.grid.invalid.${c.reason}`, {
            code: grid.rows[c.pos.row]!.code,
            period: periodLabel(grid.periods[c.pos.col]!.key),
            raw: c.raw,
          }),
        }))}
        onRetry={() => void cells.retry()}
        onGoTo={goToCell}
      />
      {cells.pending ? <ConfirmValues grid={grid} pending={cells.pending} /> : null}
      <ValueGridTable
        grid={grid}
        cells={cells}
        editor={editor}
        tableRef={tableRef}
        handlers={{
          onKeyDown,
          onPaste,
          onCopy,
          onMouseDown,
          onDoubleClick,
          onFocus: () => {
            hasFocus.current = true;
          },
          onBlur: (e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) hasFocus.current = false;
          },
        }}
      />
    </div>
  );
}
