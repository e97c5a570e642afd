import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Row selection by id with spreadsheet habits: click toggles one row, shift-click selects the range from
 * the last clicked row. Indexes refer to the list as currently shown; ids survive re-sorting.
 */
export function useRangeSelection(idAt: (index: number) => string | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<number | null>(null);
  // Read through a ref so `toggle` keeps its identity: memoised rows must not re-render when rows load.
  const idAtRef = useRef(idAt);
  useEffect(() => {
    idAtRef.current = idAt;
  });

  const toggle = useCallback((index: number, shift: boolean) => {
    const idAt = idAtRef.current;
    const id = idAt(index);
    if (id === undefined) return;
    setSelected((prev) => {
      const next = new Set(prev);
      const on = !prev.has(id);
      if (shift && anchor.current !== null) {
        const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
        for (let i = from; i <= to; i++) {
          const rangeId = idAt(i);
          if (rangeId === undefined) continue;
          if (on) next.add(rangeId);
          else next.delete(rangeId);
        }
      } else if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    anchor.current = index;
  }, []);

  const setAll = useCallback((ids: Iterable<string>) => {
    setSelected(new Set(ids));
    anchor.current = null;
  }, []);
  const clear = useCallback(() => setAll([]), [setAll]);

  return { selected, toggle, setAll, clear };
}
