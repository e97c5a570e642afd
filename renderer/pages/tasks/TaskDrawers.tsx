// The task page's drawers: the quick update beside a row, the full task form (one task, or a new one),
// and the bulk bar over a selection. Their code loads when first needed, and in the background once the
// list's first rows are up, so the first rows wait only on the list's own code, not on the forms.
import { lazy, Suspense, useEffect } from 'react';
import type { TaskRow } from '../../../shared/api/types';
import type { EditorTarget } from './TaskEditor';

const loadEditor = () => import('./TaskEditor');
const loadQuick = () => import('./QuickUpdate');
const loadBulk = () => import('./BulkUpdateBar');
const TaskEditor = lazy(async () => ({ default: (await loadEditor()).TaskEditor }));
const QuickUpdate = lazy(async () => ({ default: (await loadQuick()).QuickUpdate }));
const BulkUpdateBar = lazy(async () => ({ default: (await loadBulk()).BulkUpdateBar }));

/** Loads the drawers' code a moment after the list's first rows are on screen. */
export function usePreloadDrawers(rowsShown: boolean): void {
  useEffect(() => {
    if (!rowsShown) return;
    const id = setTimeout(() => void Promise.all([loadEditor(), loadQuick(), loadBulk()]), 300);
    return () => clearTimeout(id);
  }, [rowsShown]);
}

export function BulkDrawer(props: { ids: string[]; today: string | null; onClear(): void; onDone(): void }) {
  return (
    <Suspense fallback={null}>
      <BulkUpdateBar {...props} />
    </Suspense>
  );
}

export function TaskDrawers({
  quick,
  editor,
  today,
  onCloseQuick,
  onCloseEditor,
}: {
  quick: { row: TaskRow; anchor: DOMRect } | null;
  editor: EditorTarget | null;
  today: string | null;
  onCloseQuick(): void;
  onCloseEditor(): void;
}) {
  return (
    <Suspense fallback={null}>
      {quick ? (
        <QuickUpdate row={quick.row} anchor={quick.anchor} today={today} onClose={onCloseQuick} />
      ) : null}
      {editor ? <TaskEditor target={editor} today={today} onClose={onCloseEditor} /> : null}
    </Suspense>
  );
}
