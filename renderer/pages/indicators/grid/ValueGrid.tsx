// The keyboard-driven data-entry grid: indicators × reporting periods, behaving like a spreadsheet.
// Keys (Google Sheets / Excel habits): arrows move (Shift extends the selection, Ctrl jumps to the
// edge), typing replaces the cell, Enter or F2 edits it, Enter commits and moves down, Tab / Shift+Tab
// commit and move right / left, Esc cancels, Delete clears the selection, Ctrl+V pastes a block from
// Excel, Ctrl+C copies the selection, Ctrl+Z / Ctrl+Y undo and redo the grid's last saves (useGridUndo).
// Every committed cell is saved in the background (useValueSaver).
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueGrid as GridData } from '../../../../shared/api/types';
import { formatNumber } from '../../../../shared/format/vi';
import { GridCell, displayNumber, warningId } from './GridCell';
import { GridStatus } from './GridStatus';
import {
  cellsOf,
  inRange,
  isTypingKey,
  parseClipboardTable,
  placePaste,
  rangeOf,
  step,
  tabStep,
  type CellPos,
  type Direction,
} from './gridModel';
import { showStatus } from '../../../stores/status';
import { useGridCells } from './useGridCells';
import { ConfirmValues } from './ConfirmValues';
import { useWarningText } from '../warningText';
import { useGridUndo } from './useGridUndo';

interface Editing {
  pos: CellPos;
  draft: string;
  /** The text the editor opened with: committing it unchanged saves nothing. */
  initial: string;
  /** 'enter': opened by typing, arrows commit and move (Excel's Enter mode); 'edit': arrows move the caret. */
  mode: 'enter' | 'edit';
}

/** aria-colindex of the first period column, after the indicator, unit and target columns. */
const FIRST_PERIOD_COLINDEX = 4;
const PAGE_ROWS = 10;
const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The editor's starting text keeps every digit (the cell shows at most 4 decimals). */
const editText = (n: number | null) => (n === null ? '' : formatNumber(n, 15));
/** Copied cells: no thousands dots, so the text pastes back as the same number here and in Excel. */
const copyText = (n: number | null) => (n === null ? '' : formatNumber(n, 15).replace(/\./g, ''));

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
  const warningText = useWarningText();
  const shape = { rows: grid.rows.length, cols: grid.periods.length };
  /** Cells of a paste waiting for their save, to offer "Hoàn tác" once it is written. */
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
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [note, setNote] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);
  /** True while focus is inside the grid: only then does moving the active cell move the focus. */
  const hasFocus = useRef(false);
  /** Set when the editor is closed on purpose, so the blur that follows does not commit it again. */
  const closing = useRef(false);
  const selection = rangeOf(anchor, active);

  useEffect(() => {
    if (editing || !hasFocus.current) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${active.row}:${active.col}"]`)?.focus();
  }, [active, editing]);

  const moveTo = (pos: CellPos, extend = false) => {
    setActive(pos);
    if (!extend) setAnchor(pos);
  };

  const startEdit = (pos: CellPos, typed: string | null) => {
    closing.current = false;
    const invalid = cells.invalidAt(pos);
    const initial = invalid ? invalid.raw : editText(cells.valueAt(pos));
    setNote('');
    moveTo(pos);
    setEditing({ pos, draft: typed ?? initial, initial, mode: typed === null ? 'edit' : 'enter' });
  };

  const closeEditor = (commit: boolean) => {
    if (!editing) return;
    closing.current = true;
    setEditing(null);
    if (commit && editing.draft !== editing.initial)
      cells.applyTexts([{ pos: editing.pos, raw: editing.draft }]);
  };

  const onDraft = useCallback((draft: string) => setEditing((e) => e && { ...e, draft }), []);
  const onEditorBlur = () => {
    if (closing.current) closing.current = false;
    else closeEditor(true); // clicked elsewhere: keep what was typed, as a spreadsheet does
  };

  function onEditingKey(e: KeyboardEvent, ed: Editing) {
    const commitAndGo = (next: CellPos) => {
      e.preventDefault();
      closeEditor(true);
      moveTo(next);
    };
    const arrow = ARROWS[e.key];
    if (e.key === 'Enter') commitAndGo(step(ed.pos, shape, e.shiftKey ? 'up' : 'down'));
    else if (e.key === 'Tab') commitAndGo(tabStep(ed.pos, shape, e.shiftKey) ?? ed.pos);
    else if (arrow && ed.mode === 'enter') commitAndGo(step(ed.pos, shape, arrow));
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // Esc cancels the edit, not whatever dialog or page holds the grid
      closeEditor(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    if (shape.rows === 0) return;
    if (editing) return onEditingKey(e, editing);
    const go = (pos: CellPos, extend = false) => {
      e.preventDefault();
      setNote('');
      moveTo(pos, extend);
    };
    const undoing = undoer.fromKey(e);
    if (undoing) {
      e.preventDefault();
      setNote('');
      void undoing.then((message) => message && setNote(message));
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    const arrow = ARROWS[e.key];
    if (arrow) return go(step(active, shape, arrow, ctrl ? Math.max(shape.rows, shape.cols) : 1), e.shiftKey);
    switch (e.key) {
      case 'Home':
        return go({ row: ctrl ? 0 : active.row, col: 0 }, e.shiftKey);
      case 'End':
        return go({ row: ctrl ? shape.rows - 1 : active.row, col: shape.cols - 1 }, e.shiftKey);
      case 'PageDown':
        return go(step(active, shape, 'down', PAGE_ROWS), e.shiftKey);
      case 'PageUp':
        return go(step(active, shape, 'up', PAGE_ROWS), e.shiftKey);
      case 'Tab': {
        const next = tabStep(active, shape, e.shiftKey);
        return next ? go(next) : undefined; // past the last cell, Tab leaves the grid
      }
      case 'Enter':
      case 'F2':
        e.preventDefault();
        return startEdit(active, null);
      case 'Delete':
        e.preventDefault();
        return cells.applyTexts(cellsOf(selection).map((pos) => ({ pos, raw: '' })));
      case 'Backspace':
        e.preventDefault();
        return startEdit(active, '');
      case 'Escape':
        return setAnchor(active);
    }
    if (ctrl && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      setAnchor({ row: 0, col: 0 });
      setActive({ row: shape.rows - 1, col: shape.cols - 1 });
    } else if (isTypingKey(e)) {
      e.preventDefault();
      startEdit(active, e.key);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTableElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (editing && !/[\t\r\n]/.test(text)) return; // one value goes into the editor as typed text
    e.preventDefault();
    const block = parseClipboardTable(text);
    if (block.length === 0 || shape.rows === 0) return;
    const target = editing ? rangeOf(editing.pos, editing.pos) : selection;
    if (editing) {
      closing.current = true;
      setEditing(null);
    }
    const { cells: placed, outside } = placePaste(block, target, shape);
    pasted.current = placed.length;
    cells.applyTexts(placed, 'paste');
    const bottom = Math.max(...placed.map((c) => c.pos.row));
    const right = Math.max(...placed.map((c) => c.pos.col));
    setActive({ row: target.top, col: target.left });
    setAnchor({ row: bottom, col: right });
    setNote(
      outside > 0
        ? t('indicators.grid.pastedOutside', { count: placed.length, outside })
        : t('indicators.grid.pasted', { count: placed.length }),
    );
  }

  function onCopy(e: ClipboardEvent<HTMLTableElement>) {
    if (editing) return;
    e.preventDefault();
    const lines: string[] = [];
    for (let row = selection.top; row <= selection.bottom; row++) {
      const line: string[] = [];
      for (let col = selection.left; col <= selection.right; col++) {
        const invalid = cells.invalidAt({ row, col });
        line.push(invalid ? invalid.raw : copyText(cells.valueAt({ row, col })));
      }
      lines.push(line.join('\t'));
    }
    e.clipboardData.setData('text/plain', `${lines.join('\r\n')}\r\n`);
  }

  function onMouseDown(e: MouseEvent<HTMLTableElement>) {
    const pos = posFromEvent(e);
    if (!pos || e.button !== 0 || (editing && editing.pos.row === pos.row && editing.pos.col === pos.col))
      return;
    setNote('');
    moveTo(pos, e.shiftKey);
  }

  function onDoubleClick(e: MouseEvent<HTMLTableElement>) {
    const pos = posFromEvent(e);
    if (pos && !editing) startEdit(pos, null);
  }

  const goToCell = (pos: CellPos) => {
    hasFocus.current = true;
    moveTo(pos);
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.row}:${pos.col}"]`)?.focus();
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
            period: grid.periods[c.pos.col]!.label,
            raw: c.raw,
          }),
        }))}
        onRetry={() => void cells.retry()}
        onGoTo={goToCell}
      />
      {cells.pending ? <ConfirmValues grid={grid} pending={cells.pending} /> : null}
      <div className="visually-hidden">
        {grid.rows.flatMap((row, r) =>
          grid.periods.map((p, c) => {
            const list = cells.warningsAt({ row: r, col: c }) ?? [];
            return list.length > 0 && !cells.invalidAt({ row: r, col: c }) ? (
              <span key={`${row.indicatorId}|${p.key}`} id={warningId({ row: r, col: c })}>
                {`${t('indicators.grid.warned')}: ${list.map(warningText).join(' ')}`}
              </span>
            ) : null;
          }),
        )}
      </div>
      <div className="value-grid-scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-label={t('indicators.grid.label', { year: grid.year })}
          aria-describedby="value-grid-help"
          aria-rowcount={shape.rows + 1}
          aria-colcount={FIRST_PERIOD_COLINDEX - 1 + shape.cols}
          aria-multiselectable="true"
          data-testid="value-grid"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          onMouseDown={onMouseDown}
          onDoubleClick={onDoubleClick}
          onFocus={() => {
            hasFocus.current = true;
          }}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) hasFocus.current = false;
          }}
        >
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th role="columnheader" aria-colindex={1} className="col-indicator">
                {t('indicators.grid.indicator')}
              </th>
              <th role="columnheader" aria-colindex={2} className="col-unit">
                {t('indicators.grid.unit')}
              </th>
              <th role="columnheader" aria-colindex={3} className="col-num">
                {t('indicators.grid.target')}
              </th>
              {grid.periods.map((p, c) => (
                <th
                  key={p.key}
                  role="columnheader"
                  aria-colindex={FIRST_PERIOD_COLINDEX + c}
                  className="col-num"
                >
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={row.indicatorId} role="row" aria-rowindex={r + 2}>
                <th
                  role="rowheader"
                  aria-colindex={1}
                  className="col-indicator"
                  title={`${row.code} ${row.name}`}
                >
                  <span className="ind-code">{row.code}</span> <span className="ind-name">{row.name}</span>
                </th>
                <td role="gridcell" aria-colindex={2} aria-readonly="true" className="col-unit">
                  {row.unit}
                </td>
                <td role="gridcell" aria-colindex={3} aria-readonly="true" className="col-num">
                  {row.target === null ? '—' : displayNumber(row.target)}
                </td>
                {grid.periods.map((p, c) => {
                  const pos = { row: r, col: c };
                  const isEditing = editing?.pos.row === r && editing.pos.col === c;
                  return (
                    <GridCell
                      key={p.key}
                      row={r}
                      col={c}
                      colIndex={FIRST_PERIOD_COLINDEX + c}
                      code={row.code}
                      period={p.key}
                      label={t('indicators.grid.cellLabel', { code: row.code, period: p.label })}
                      value={cells.valueAt(pos)}
                      invalid={cells.invalidAt(pos)}
                      warning={(cells.warningsAt(pos) ?? []).map(warningText).join(' ')}
                      warningLabel={t('indicators.grid.warned')}
                      unsaved={cells.isUnsaved(pos)}
                      unsavedLabel={t('indicators.grid.unsaved')}
                      active={active.row === r && active.col === c}
                      selected={inRange(selection, pos)}
                      editor={isEditing ? { draft: editing.draft, onDraft, onBlur: onEditorBlur } : undefined}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
