// Saves grid cells without a save button: every committed cell joins a queue that is sent as one
// `indicators.setValues` batch shortly after the last change (a pasted block is one batch). Only one
// request is in flight at a time; cells changed meanwhile go in the next batch. A failed batch stays
// queued, so nothing typed is lost: the next change or "Thử lại" sends it again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeSetRef } from '../../../../shared/api/types';
import { writeChange } from '../../../api/writes';

export interface CellValue {
  indicatorId: string;
  period: string;
  value: number | null;
  /** The clipboard text of a pasted value (the server checks it, and whether it reads ambiguously). */
  pasted?: string;
  /** The person confirmed this value's plausibility warnings (see useGridCells). */
  confirmed?: boolean;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving'; count: number }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

const DEBOUNCE_MS = 300;
/** The contract's largest batch. */
const MAX_BATCH = 5000;

export const cellKey = (indicatorId: string, period: string) => `${indicatorId}|${period}`;

/** `onSaved` hears each saved batch with the change set it wrote (one batch, one change set: what Ctrl+Z undoes). */
export function useValueSaver(onSaved: (cells: CellValue[], changeSet: ChangeSetRef | null) => void) {
  const queue = useRef(new Map<string, CellValue>());
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** Keys not yet confirmed by the backend, to mark those cells as unsaved. */
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  /** Who waits for everything to be saved (an undo must not overtake a pending save). */
  const waiting = useRef<((saved: boolean) => void)[]>([]);
  const settle = (saved: boolean) => {
    const waiters = waiting.current;
    waiting.current = [];
    for (const resolve of waiters) resolve(saved);
  };

  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current || queue.current.size === 0) return;
    const batch = [...queue.current.values()].slice(0, MAX_BATCH);
    for (const cell of batch) queue.current.delete(cellKey(cell.indicatorId, cell.period));
    inFlight.current = true;
    setStatus({ kind: 'saving', count: batch.length });
    try {
      const { changeSet } = await writeChange('indicators.setValues', { values: batch });
      onSavedRef.current(batch, changeSet);
      setUnsaved(new Set(queue.current.keys()));
      inFlight.current = false;
      if (queue.current.size > 0) return flush();
      setStatus({ kind: 'saved', at: new Date() });
      settle(true);
    } catch (error) {
      // Put the batch back unless a newer value for the same cell was queued meanwhile.
      for (const cell of batch) {
        const key = cellKey(cell.indicatorId, cell.period);
        if (!queue.current.has(key)) queue.current.set(key, cell);
      }
      inFlight.current = false;
      setUnsaved(new Set(queue.current.keys()));
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      settle(false);
    }
  }, []);

  /** Sends what is queued at once; true when everything typed is saved, false when a save failed. */
  const whenSaved = useCallback((): Promise<boolean> => {
    if (!inFlight.current && queue.current.size === 0) return Promise.resolve(true);
    const done = new Promise<boolean>((resolve) => waiting.current.push(resolve));
    void flush();
    return done;
  }, [flush]);

  const enqueue = useCallback(
    (cells: CellValue[]) => {
      if (cells.length === 0) return;
      for (const cell of cells) queue.current.set(cellKey(cell.indicatorId, cell.period), cell);
      setUnsaved(new Set(queue.current.keys()));
      setStatus({ kind: 'saving', count: queue.current.size });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  // Leaving the page (or switching plan/year, which remounts the grid) sends what is queued; closing
  // the window with unsaved cells asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (queue.current.size > 0 || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void flush();
    };
  }, [flush]);

  return { status, unsaved, enqueue, retry: flush, whenSaved };
}
