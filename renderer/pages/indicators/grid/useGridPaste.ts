// The value grid's clipboard: Ctrl+V pastes a block from Excel or LibreOffice from the selection's
// top-left (one value fills a selected range; a single value pasted while editing is typed text),
// Ctrl+C copies the selection as Excel reads it. Placement and text are gridModel's rules.
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  copyBlock,
  copyText,
  parseClipboardTable,
  pastedSelection,
  placePaste,
  rangeOf,
  type GridShape,
} from './gridModel';
import type { GridEditor } from './useGridEditor';
import type { GridSave } from './useGridSave';

export function useGridPaste(
  shape: GridShape,
  editor: GridEditor,
  { cells, expectPaste }: GridSave,
  setNote: (note: string) => void,
) {
  const { t } = useTranslation();
  const { editing, selection } = editor;

  function onPaste(e: ClipboardEvent<HTMLTableElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (editing && !/[\t\r\n]/.test(text)) return; // one value goes into the editor as typed text
    e.preventDefault();
    const block = parseClipboardTable(text);
    if (block.length === 0 || shape.rows === 0) return;
    const target = editing ? rangeOf(editing.pos, editing.pos) : selection;
    if (editing) editor.closeEditor(false);
    const { cells: placed, outside } = placePaste(block, target, shape);
    expectPaste(placed.length);
    cells.applyTexts(placed, 'paste');
    const after = pastedSelection(target, placed);
    editor.select(after.active, after.anchor);
    setNote(
      outside > 0
        ? t('indicators.grid.pastedOutside', { count: placed.length, outside })
        : t('indicators.grid.pasted', { count: placed.length }),
    );
  }

  function onCopy(e: ClipboardEvent<HTMLTableElement>) {
    if (editing) return;
    e.preventDefault();
    const text = copyBlock(selection, (pos) => cells.invalidAt(pos)?.raw ?? copyText(cells.valueAt(pos)));
    e.clipboardData.setData('text/plain', text);
  }

  return { onPaste, onCopy };
}
