// The value grid's keys (Google Sheets / Excel habits): arrows move (Shift extends the selection, Ctrl
// jumps to the edge), typing replaces the cell, Enter or F2 edits it, Enter commits and moves down,
// Tab / Shift+Tab commit and move right / left, Esc cancels, Delete clears the selection, Backspace
// empties the cell into the editor, Ctrl+A selects all, Ctrl+Z / Ctrl+Y undo and redo the grid's last
// saves. Where each key goes is gridModel's (moveOnKey, editorKey); this hook applies it.
import type { KeyboardEvent } from 'react';
import { cellsOf, editorKey, isTypingKey, moveOnKey, type GridShape } from './gridModel';
import type { GridEditor } from './useGridEditor';
import type { GridSave } from './useGridSave';

export function useGridKeyboard(
  shape: GridShape,
  editor: GridEditor,
  { cells, undoer }: GridSave,
  setNote: (note: string) => void,
): (e: KeyboardEvent<HTMLTableElement>) => void {
  const { active, editing, selection } = editor;

  function onEditingKey(e: KeyboardEvent) {
    if (!editing) return;
    const action = editorKey(e, editing.pos, editing.mode, shape);
    if (action === 'cancel') {
      e.preventDefault();
      e.stopPropagation(); // Esc cancels the edit, not whatever dialog or page holds the grid
      editor.closeEditor(false);
    } else if (action) {
      e.preventDefault();
      editor.closeEditor(true);
      editor.moveTo(action.commitTo);
    }
  }

  return (e) => {
    if (shape.rows === 0) return;
    if (editing) return onEditingKey(e);
    const undoing = undoer.fromKey(e);
    if (undoing) {
      e.preventDefault();
      setNote('');
      void undoing.then((message) => message && setNote(message));
      return;
    }
    const move = moveOnKey(e, active, shape);
    if (move === 'leave') return; // past the last cell, Tab leaves the grid
    if (move) {
      e.preventDefault();
      setNote('');
      return editor.moveTo(move.to, move.extend);
    }
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case 'Enter':
      case 'F2':
        e.preventDefault();
        return editor.startEdit(active, null);
      case 'Delete':
        e.preventDefault();
        return cells.applyTexts(cellsOf(selection).map((pos) => ({ pos, raw: '' })));
      case 'Backspace':
        e.preventDefault();
        return editor.startEdit(active, '');
      case 'Escape':
        return editor.moveTo(active); // the selection shrinks to the active cell
    }
    if (ctrl && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      editor.select({ row: shape.rows - 1, col: shape.cols - 1 }, { row: 0, col: 0 });
    } else if (isTypingKey(e)) {
      e.preventDefault();
      editor.startEdit(active, e.key);
    }
  };
}
