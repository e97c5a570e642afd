import { useCallback, useEffect, useState } from 'react';
import type { TaskRow } from '../../../shared/api/types';
import { usePrintMode } from '../../hooks/usePrintMode';
import type { TaskList } from './useTaskList';

/**
 * What the print table shows. "In danh sách" loads every row first and then opens the print dialog;
 * Ctrl+P prints the rows already loaded (the print table says when that is not all of them).
 */
export function usePrintRows(pages: TaskList, total: number) {
  const printing = usePrintMode();
  const [fullRows, setFullRows] = useState<TaskRow[] | null>(null);
  const [preparing, setPreparing] = useState(false);

  const printAll = useCallback(async () => {
    setPreparing(true);
    try {
      setFullRows(await pages.fetchAll());
    } finally {
      setPreparing(false);
    }
  }, [pages]);

  // Print once the full table is in the DOM; drop it afterwards.
  useEffect(() => {
    if (!fullRows) return;
    const frame = requestAnimationFrame(() => window.print());
    const after = () => setFullRows(null);
    window.addEventListener('afterprint', after, { once: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', after);
    };
  }, [fullRows]);

  let rows: TaskRow[] | null = fullRows;
  if (!rows && printing) {
    rows = [];
    for (let i = 0; i < total; i++) {
      const row = pages.rowAt(i);
      if (row) rows.push(row);
    }
  }
  return { rows, preparing, printAll };
}
