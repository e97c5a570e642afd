// The handle on a column header's right edge: drag it (mouse or touch, run by TanStack Table), or focus
// it and press ←/→ (Shift for bigger steps); Enter or a double-click gives the column back its automatic
// width. A focusable separator with its value, so a screen reader says what it does and how wide it is.
import type { KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { phrase } from '../../i18n/phrase';
import { DEFAULT_MIN_SIZE, MAX_SIZE, type ColumnSpec } from './columnLayout';
import type { ColumnWidths } from './useColumnWidths';
import './strings';
import './table.css';

const STEP = 16;
const BIG_STEP = 64;

interface Props {
  columns: ColumnWidths;
  spec: ColumnSpec;
  /** The column's name as its header shows it. */
  label: string;
}

interface Words {
  language: string;
  resize(column: string): string;
  value(width: number): string;
  hint: string;
}

let prepared: Words | undefined;

/** The handles' words, prepared once per language: a table has a handle per column, each rendered often. */
function wordsIn(t: TFunction, language: string): Words {
  if (prepared?.language !== language) {
    prepared = {
      language,
      resize: phrase(t, 'table.resize', 'column'),
      value: phrase(t, 'table.resizeValue', 'width'),
      hint: t('table.resizeHint'),
    };
  }
  return prepared;
}

export function ColumnResizer({ columns, spec, label }: Props) {
  const { t, i18n } = useTranslation();
  const words = wordsIn(t, i18n.language);
  const header = columns.header(spec.id);
  const width = columns.widths[spec.id] ?? spec.size;
  const min = spec.minSize ?? DEFAULT_MIN_SIZE;
  if (!header) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const next = width + (e.key === 'ArrowRight' ? step : -step);
      columns.setWidth(spec.id, Math.min(MAX_SIZE, Math.max(min, next)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      columns.setWidth(spec.id, null);
    }
  };
  const drag = header.getResizeHandler();
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={words.resize(label)}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={MAX_SIZE}
      aria-valuetext={words.value(width)}
      tabIndex={0}
      className={`col-resizer${header.column.getIsResizing() ? ' col-resizing' : ''}`}
      data-testid={`col-resizer-${spec.id}`}
      title={words.hint}
      onMouseDown={drag}
      onTouchStart={drag}
      onDoubleClick={() => columns.setWidth(spec.id, null)}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
