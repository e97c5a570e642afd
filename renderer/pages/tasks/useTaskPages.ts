// Loads the filtered task list page by page as the table scrolls (200 rows a request), so the first rows
// of a 10,000-task province appear at once and scrolling never waits on more than one page.
// Pages are cached by index; a new filter starts over, a reload after an edit keeps showing the old
// rows until fresh ones arrive, so the table never flickers empty.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TaskRow } from '../../../shared/api/types';
import { api } from '../../api/client';
import type { TaskListInput } from './taskQuery';

export const PAGE_SIZE = 200;

interface CachedPage {
  generation: number;
  rows: TaskRow[];
}

export interface TaskPages {
  /** null until the first page of the current filters has arrived. */
  total: number | null;
  error: Error | null;
  /** Changes whenever rows arrive; use it to re-render. */
  version: number;
  rowAt(index: number): TaskRow | undefined;
  /** Makes sure the rows [start, end] are loaded or loading. */
  ensureRange(start: number, end: number): void;
  /** Fetches the shown pages again (after an edit), keeping the current rows on screen meanwhile. */
  reload(): void;
  /** Puts a saved task in place right away, before the reload confirms it. */
  patchRow(row: TaskRow): void;
  /** Every row of the current filters in one request (printing, select all). */
  fetchAll(): Promise<TaskRow[]>;
}

export function useTaskPages(input: TaskListInput | null): TaskPages {
  const key = input === null ? null : JSON.stringify(input);
  const pages = useRef(new Map<number, CachedPage>());
  const pending = useRef(new Set<string>());
  const generation = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [version, setVersion] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (key === null) return;
      const gen = generation.current;
      const token = `${gen}:${page}`;
      if (pending.current.has(token)) return;
      pending.current.add(token);
      const query = JSON.parse(key) as TaskListInput;
      api.call('tasks.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) => {
          pending.current.delete(token);
          if (gen !== generation.current) return; // filters changed meanwhile
          pages.current.set(page, { generation: gen, rows: result.rows });
          setTotal(result.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          pending.current.delete(token);
          if (gen === generation.current) setError(e instanceof Error ? e : new Error(String(e)));
        },
      );
    },
    [key],
  );

  const ensureRange = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
      for (let p = first; p <= last; p++) {
        if (pages.current.get(p)?.generation !== generation.current) fetchPage(p);
      }
    },
    [fetchPage],
  );

  // New filters: forget everything and load the first page.
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    setTotal(null);
    setError(null);
    setVersion((v) => v + 1);
    if (key !== null) fetchPage(0);
  }, [key, fetchPage]);

  const reload = useCallback(() => {
    generation.current += 1; // cached pages become stale but stay visible until replaced
    const [start, end] = visible.current;
    ensureRange(start, end);
  }, [ensureRange]);

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
    [],
  );

  const patchRow = useCallback((row: TaskRow) => {
    for (const page of pages.current.values()) {
      const i = page.rows.findIndex((r) => r.id === row.id);
      if (i >= 0) page.rows = page.rows.with(i, row);
    }
    setVersion((v) => v + 1);
  }, []);

  const fetchAll = useCallback(async () => {
    if (key === null) return [];
    const query = JSON.parse(key) as TaskListInput;
    return (await api.call('tasks.list', { ...query, offset: 0, limit: 20_000 })).rows;
  }, [key]);

  return useMemo(
    () => ({ total, error, version, rowAt, ensureRange, reload, patchRow, fetchAll }),
    [total, error, version, rowAt, ensureRange, reload, patchRow, fetchAll],
  );
}
