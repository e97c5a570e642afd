// One editable cell of the value grid. Memoised: moving the active cell re-renders two cells, not all;
// mouse events are handled once on the table (see ValueGrid), not per cell.
import { memo, type KeyboardEvent } from 'react';
import { formatNumber } from '../../../../shared/format/vi';
import type { CellPos } from './gridModel';
import type { InvalidCell } from './useGridCells';

export interface GridCellProps {
  /** Numbers, not a {row, col} object, so that memo's shallow compare sees equal props as equal. */
  row: number;
  col: number;
  colIndex: number;
  code: string;
  period: string;
  label: string;
  value: number | null;
  invalid: InvalidCell | undefined;
  /** The value's plausibility warnings in words (confirmed when it was entered); empty: none. */
  warning: string;
  warningLabel: string;
  unsaved: boolean;
  unsavedLabel: string;
  active: boolean;
  selected: boolean;
  /** Only the cell being edited gets an editor, so the other cells' props stay equal and skip rendering. */
  editor?: { draft: string; onDraft(text: string): void; onBlur(): void };
}

/** Grid display: up to 4 decimals, so a pasted 12,3456 is not shown as 12,35. */
export const displayNumber = (n: number) => formatNumber(n, 4);

export const invalidMessageId = (pos: CellPos) => `grid-invalid-${pos.row}-${pos.col}`;
/** The id of a cell's warning text (ValueGrid lists them outside the table, so the cell's text stays its number). */
export const warningId = (pos: CellPos) => `grid-warning-${pos.row}-${pos.col}`;

function GridCellView(p: GridCellProps) {
  const pos = { row: p.row, col: p.col };
  const text = p.invalid ? p.invalid.raw : p.value === null ? '' : displayNumber(p.value);
  const classes = [
    'cell',
    p.active && 'active',
    p.selected && 'selected',
    p.invalid && 'invalid',
    p.warning && !p.invalid && 'warned',
    p.unsaved && 'unsaved',
  ];
  const warned = Boolean(p.warning) && !p.invalid;
  return (
    <td
      role="gridcell"
      aria-colindex={p.colIndex}
      aria-selected={p.selected}
      aria-invalid={p.invalid ? true : undefined}
      aria-describedby={p.invalid ? invalidMessageId(pos) : warned ? warningId(pos) : undefined}
      tabIndex={p.active && !p.editor ? 0 : -1}
      className={classes.filter(Boolean).join(' ')}
      data-pos={`${p.row}:${p.col}`}
      data-testid="grid-cell"
      data-code={p.code}
      data-period={p.period}
      data-warned={warned || undefined}
      title={
        [p.unsaved ? p.unsavedLabel : '', warned ? `${p.warningLabel}: ${p.warning}` : '']
          .filter(Boolean)
          .join('\n') || undefined
      }
    >
      {!p.editor ? (
        text
      ) : (
        <input
          className="cell-input"
          aria-label={p.label}
          aria-invalid={p.invalid ? true : undefined}
          value={p.editor.draft}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          onFocus={(e) => {
            const end = e.currentTarget.value.length;
            e.currentTarget.setSelectionRange(end, end);
          }}
          onChange={(e) => p.editor?.onDraft(e.target.value)}
          onBlur={p.editor.onBlur}
          onKeyDown={stopIfCaretKey}
        />
      )}
    </td>
  );
}

/** Home/End inside the editor move the caret; they must not also move the active cell. */
function stopIfCaretKey(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key === 'Home' || e.key === 'End') e.stopPropagation();
}

export const GridCell = memo(GridCellView);
