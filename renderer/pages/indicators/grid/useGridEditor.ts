// The active cell, the selection and the cell editor of the value grid: where the person is, what is
// selected (anchor to active), and the text being typed into one cell, committed to the cells or dropped.
import { useCallback, useRef, useState } from 'react';
import { editText, rangeOf, type CellPos, type CellRange } from './gridModel';
import type { GridCells } from './useGridCells';

export interface Editing {
  pos: CellPos;
  draft: string;
  /** The text the editor opened with: committing it unchanged saves nothing. */
  initial: string;
  /** 'enter': opened by typing, arrows commit and move (Excel's Enter mode); 'edit': arrows move the caret. */
  mode: 'enter' | 'edit';
}

export interface GridEditor {
  active: CellPos;
  anchor: CellPos;
  selection: CellRange;
  editing: Editing | null;
  /** Makes `pos` active; `extend` keeps the anchor (Shift), else the selection is that one cell. */
  moveTo(pos: CellPos, extend?: boolean): void;
  /** Sets both ends of the selection (Ctrl+A, a pasted block). */
  select(active: CellPos, anchor: CellPos): void;
  /** Opens the editor on `pos`: with the typed key (replaces the cell) or null (edits what is there). */
  startEdit(pos: CellPos, typed: string | null): void;
  /** Closes the editor; `commit` hands a changed text to the cells. */
  closeEditor(commit: boolean): void;
  onDraft(draft: string): void;
  /** The editor lost focus: a click elsewhere keeps what was typed, as a spreadsheet does. */
  onEditorBlur(): void;
}

export function useGridEditor(cells: GridCells, setNote: (note: string) => void): GridEditor {
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  /** Set when the editor is closed on purpose, so the blur that follows does not commit it again. */
  const closing = useRef(false);

  const moveTo = (pos: CellPos, extend = false) => {
    setActive(pos);
    if (!extend) setAnchor(pos);
  };

  const closeEditor = (commit: boolean) => {
    if (!editing) return;
    closing.current = true;
    setEditing(null);
    if (commit && editing.draft !== editing.initial)
      cells.applyTexts([{ pos: editing.pos, raw: editing.draft }]);
  };

  return {
    active,
    anchor,
    selection: rangeOf(anchor, active),
    editing,
    moveTo,
    select: (nextActive, nextAnchor) => {
      setActive(nextActive);
      setAnchor(nextAnchor);
    },
    startEdit: (pos, typed) => {
      closing.current = false;
      const invalid = cells.invalidAt(pos);
      const initial = invalid ? invalid.raw : editText(cells.valueAt(pos));
      setNote('');
      moveTo(pos);
      setEditing({ pos, draft: typed ?? initial, initial, mode: typed === null ? 'edit' : 'enter' });
    },
    closeEditor,
    onDraft: useCallback((draft: string) => setEditing((e) => e && { ...e, draft }), []),
    onEditorBlur: () => {
      if (closing.current) closing.current = false;
      else closeEditor(true);
    },
  };
}
