// The value grid as a table: indicators down, reporting periods across, with the ARIA grid roles a
// screen reader needs (row and column indexes, the active and selected cells). It only draws: keys,
// clipboard and mouse arrive as handlers from ValueGrid.
import type { ClipboardEvent, FocusEvent, KeyboardEvent, MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueGrid } from '../../../../shared/api/types';
import { useWarningText } from '../warningText';
import { GridCell, displayNumber, warningId } from './GridCell';
import { inRange } from './gridModel';
import type { GridCells } from './useGridCells';
import type { GridEditor } from './useGridEditor';
import { periodLabel } from '../../../i18n/periodLabel';

/** aria-colindex of the first period column, after the indicator, unit and target columns. */
const FIRST_PERIOD_COLINDEX = 4;

export interface GridHandlers {
  onKeyDown(e: KeyboardEvent<HTMLTableElement>): void;
  onPaste(e: ClipboardEvent<HTMLTableElement>): void;
  onCopy(e: ClipboardEvent<HTMLTableElement>): void;
  onMouseDown(e: MouseEvent<HTMLTableElement>): void;
  onDoubleClick(e: MouseEvent<HTMLTableElement>): void;
  onFocus(): void;
  onBlur(e: FocusEvent<HTMLTableElement>): void;
}

export function ValueGridTable({
  grid,
  cells,
  editor,
  handlers,
  tableRef,
}: {
  grid: ValueGrid;
  cells: GridCells;
  editor: GridEditor;
  handlers: GridHandlers;
  tableRef: RefObject<HTMLTableElement | null>;
}) {
  const { t } = useTranslation();
  const warningText = useWarningText();
  const { active, editing, selection } = editor;
  return (
    <>
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
          aria-rowcount={grid.rows.length + 1}
          aria-colcount={FIRST_PERIOD_COLINDEX - 1 + grid.periods.length}
          aria-multiselectable="true"
          data-testid="value-grid"
          {...handlers}
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
                  {periodLabel(p.key)}
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
                      label={t('indicators.grid.cellLabel', { code: row.code, period: periodLabel(p.key) })}
                      value={cells.valueAt(pos)}
                      invalid={cells.invalidAt(pos)}
                      warning={(cells.warningsAt(pos) ?? []).map(warningText).join(' ')}
                      warningLabel={t('indicators.grid.warned')}
                      unsaved={cells.isUnsaved(pos)}
                      unsavedLabel={t('indicators.grid.unsaved')}
                      active={active.row === r && active.col === c}
                      selected={inRange(selection, pos)}
                      editor={
                        isEditing
                          ? { draft: editing.draft, onDraft: editor.onDraft, onBlur: editor.onEditorBlur }
                          : undefined
                      }
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
