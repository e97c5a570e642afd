// One table's column widths: TanStack Table keeps the sizing state and runs the drag (columnResizeMode
// 'onChange', so the column follows the pointer), columnLayout spreads the window's free width over the
// growing columns, columnStorage remembers what the person chose. The table's data, sorting, selection
// and virtualisation stay in the page: this hook only knows column ids and widths.
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnSizingState,
  type Header,
  type Updater,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { layoutColumns, type ColumnSpec } from './columnLayout';
import { loadColumnSizes, saveColumnSizes } from './columnStorage';

const NO_ROWS: never[] = [];

export interface ColumnWidths {
  /** The columns as the table declared them, in order. */
  specs: readonly ColumnSpec[];
  /** Put on the element whose width the table fills (the scroll container, without padding). */
  measureRef(el: HTMLElement | null): (() => void) | undefined;
  /** The width of each column in pixels, and their sum (the table's width). */
  widths: Readonly<Record<string, number>>;
  total: number;
  /** TanStack's header for a column, for its resize handle. */
  header(id: string): Header<never, unknown> | undefined;
  /** Sets (or, with null, resets to automatic) a column's width, as the keyboard does. */
  setWidth(id: string, width: number | null): void;
}

/** Width of the element's content box: what its table may fill. */
function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

export function useColumnWidths(tableId: string, specs: readonly ColumnSpec[]): ColumnWidths {
  const [chosen, setChosen] = useState<ColumnSizingState>(() => loadColumnSizes(tableId));
  const [available, setAvailable] = useState(0);
  // Measured in the ref callback, in the commit that attaches the element: a virtualised table has no
  // rows yet then (TaskTable), so that forced layout is a small one, the virtualiser's own measure reads
  // the same layout, and the rows render once, at their widths. React calls the returned cleanup when
  // the element goes.
  const measureRef = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    setAvailable(contentWidth(el));
    const observer = new ResizeObserver(() => setAvailable(contentWidth(el)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const widths = useMemo(() => layoutColumns(specs, chosen, available), [specs, chosen, available]);
  // Each column's default size is its laid-out width, so a drag starts from the width on screen.
  const columns = useMemo<ColumnDef<never>[]>(
    () =>
      specs.map((s) => ({
        id: s.id,
        size: widths[s.id],
        minSize: s.minSize ?? 48,
        maxSize: 2000,
        enableResizing: true,
      })),
    [specs, widths],
  );
  const onColumnSizingChange = useCallback((u: Updater<ColumnSizingState>) => {
    setChosen((old) => (typeof u === 'function' ? u(old) : u));
  }, []);
  const table = useReactTable<never>({
    data: NO_ROWS,
    columns,
    getCoreRowModel: getCoreRowModel(),
    columnResizeMode: 'onChange',
    state: { columnSizing: chosen },
    onColumnSizingChange,
  });
  const resizing = table.getState().columnSizingInfo.isResizingColumn;

  useEffect(() => {
    // Saved once the drag ends, not on every pointer move.
    if (!resizing) saveColumnSizes(tableId, chosen);
  }, [tableId, chosen, resizing]);

  const headers = table.getFlatHeaders();
  const header = useCallback((id: string) => headers.find((h) => h.column.id === id), [headers]);
  const setWidth = useCallback((id: string, width: number | null) => {
    setChosen((old) => {
      const { [id]: _drop, ...rest } = old;
      return width === null ? rest : { ...rest, [id]: width };
    });
  }, []);
  const total = Object.values(widths).reduce((a, b) => a + b, 0);
  return { specs, measureRef, widths, total, header, setWidth };
}
