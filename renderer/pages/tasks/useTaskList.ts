// The filtered task list, read in the order a person sees it: first the window the screen shows (a few
// dozen rows, so the first rows of a 10,000-task province arrive at once), then the rest in pages of
// PAGE_SIZE, one after another in the background, so scrolling finds them already loaded. Every part is
// a query of the cache (['tasks.list', input with offset and limit]): a write to tasks invalidates them
// (api/writes) and the parts on screen load again while their old rows stay shown.
import { skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../shared/api/contract';
import type { TaskRow } from '../../../shared/api/types';
import { api } from '../../api/client';
import { apiQuery } from '../../api/queries';
import { queryClient } from '../../api/queryClient';
import type { TaskListInput } from './taskQuery';
import { ALL_ROWS, partCount, partOf, partRange, taskListPart } from './taskListQuery';

type ListPage = Output<'tasks.list'>;

/** How long the list must stay as it is before the rest is read. */
const REST_AFTER_MS = 1000;

export interface TaskList {
  /** null until the first window of the current filters has arrived. */
  total: number | null;
  error: Error | null;
  /** Changes whenever rows arrive; use it to re-render. */
  version: number;
  rowAt(index: number): TaskRow | undefined;
  /** The rows [start, end] are on screen: their parts are read (and kept fresh) while they are. */
  ensureRange(start: number, end: number): void;
  /** Every row of the current filters in one request (printing, select all). */
  fetchAll(): Promise<TaskRow[]>;
  /** "Thử lại" after an error. */
  retry(): void;
}

export function useTaskList(input: TaskListInput | null): TaskList {
  const key = input === null ? null : JSON.stringify(input);
  const [shown, setShown] = useState<{ key: string | null; first: number; last: number }>({
    key,
    first: 0,
    last: 0,
  });

  const window0 = input ? taskListPart(input, 0) : null;
  const first = useQuery<ListPage, Error, ListPage, readonly unknown[]>({
    queryKey: window0?.queryKey ?? ['tasks.list', null],
    queryFn: input ? () => api.call('tasks.list', { ...input, ...partRange(0) }) : skipToken,
  });
  const current = first.data !== undefined && !first.isPlaceholderData;
  const total = current ? first.data.total : null;

  // The later parts on screen are observed: they load when scrolled to and again after a write.
  const visibleParts = useMemo(() => {
    if (!input || total === null || shown.key !== key) return [];
    const parts: number[] = [];
    const last = Math.min(partOf(shown.last), partCount(total) - 1);
    for (let p = Math.max(1, partOf(shown.first)); p <= last; p++) parts.push(p);
    return parts;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
  }, [key, total, shown]);
  const later = useQueries({
    queries: input
      ? visibleParts.map((p) => ({ ...taskListPart(input, p), placeholderData: undefined }))
      : [],
  });

  // Then the rest, one part after another, into the cache only (nothing re-renders for them), once the
  // person has paused: while filters are being typed, each new input would only throw the rest away.
  useEffect(() => {
    if (!input || total === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        for (let p = 1; p < partCount(total) && !cancelled; p++) {
          await queryClient.prefetchQuery(taskListPart(input, p));
        }
      })();
    }, REST_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
  }, [key, total]);

  const rowsOf = useMemo(() => {
    const map = new Map<number, TaskRow[]>();
    if (first.data) map.set(0, first.data.rows);
    visibleParts.forEach((p, i) => {
      const rows = later[i]?.data?.rows;
      if (rows) map.set(p, rows);
    });
    return map;
  }, [first.data, visibleParts, later]);

  const rowAt = useCallback(
    (index: number) => {
      const part = partOf(index);
      const rows =
        rowsOf.get(part) ??
        (input ? queryClient.getQueryData<ListPage>(taskListPart(input, part).queryKey)?.rows : undefined);
      return rows?.[index - partRange(part).offset];
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
    [rowsOf, key],
  );

  const ensureRange = useCallback(
    (from: number, to: number) =>
      setShown((s) =>
        s.key === key && partOf(s.first) === partOf(from) && partOf(s.last) === partOf(to)
          ? s
          : { key, first: from, last: to },
      ),
    [key],
  );

  const fetchAll = useCallback(async () => {
    if (!input) return [];
    return (await queryClient.fetchQuery(apiQuery('tasks.list', { ...input, offset: 0, limit: ALL_ROWS })))
      .rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
  }, [key]);

  const error = first.error ?? later.find((q) => q.error)?.error ?? null;
  const version = first.dataUpdatedAt + later.reduce((sum, q) => sum + q.dataUpdatedAt, 0);
  const { refetch } = first;
  const retry = useCallback(() => void refetch(), [refetch]);

  return useMemo(
    () => ({ total, error, version, rowAt, ensureRange, fetchAll, retry }),
    [total, error, version, rowAt, ensureRange, fetchAll, retry],
  );
}
