// Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) in the values grid: each saved batch of cells (a typed cell, a
// pasted block, a Delete) is one change set; Ctrl+Z undoes the grid's last one of this session, Ctrl+Y
// takes the undo back. The backend does the work (changes.undo, with its refusal when someone changed
// the same cell since); the grid then loads its values again (the undo invalidates the query cache), with
// the active cell and the focus where they were.
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSetRef } from '../../../../shared/api/types';
import { errorMessage } from '../../../components';
import { doneMessage, undoChangeSet } from '../../../stores/changes';

export interface GridUndo {
  /** Remembers a saved batch's change set; a new change forgets what could be redone. */
  record(changeSet: ChangeSetRef | null): void;
  /** Undoes the last change (or one given by id, from the status line); resolves with what to say. */
  undo(id?: number): Promise<string>;
  redo(): Promise<string>;
  /** Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z: the key's message promise, or null when the key is not one of them. */
  fromKey(e: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    altKey: boolean;
  }): Promise<string> | null;
}

export function useGridUndo(whenSaved: () => Promise<boolean>): GridUndo {
  const { t } = useTranslation();
  /** Change sets of this session's saves, oldest first. */
  const done = useRef<number[]>([]);
  /** The undos that may be taken back, latest last. */
  const undone = useRef<number[]>([]);
  const running = useRef(false);

  const record = useCallback((changeSet: ChangeSetRef | null) => {
    if (!changeSet?.undoable) return;
    done.current.push(changeSet.id);
    undone.current = [];
  }, []);

  /** Runs one undo or redo after everything typed is saved; one at a time. */
  const step = useCallback(
    async (
      take: () => number | undefined,
      put: (id: number, resultId: number) => void,
      putBack: (id: number) => void,
      none: string,
    ) => {
      if (running.current) return '';
      running.current = true;
      try {
        if (!(await whenSaved())) return t('changes.saveFirst');
        const id = take();
        if (id === undefined) return none;
        try {
          const view = await undoChangeSet(id);
          put(id, view.id!);
          return doneMessage(view);
        } catch (error) {
          putBack(id);
          return errorMessage(error, t('app.unexpected'));
        }
      } finally {
        running.current = false;
      }
    },
    [t, whenSaved],
  );

  const undo = useCallback(
    (id?: number) =>
      step(
        () => {
          if (id === undefined) return done.current.pop();
          done.current = done.current.filter((x) => x !== id);
          return id;
        },
        (_id, undoId) => undone.current.push(undoId),
        (back) => done.current.push(back),
        t('changes.nothingToUndo'),
      ),
    [step, t],
  );

  const redo = useCallback(
    () =>
      step(
        () => undone.current.pop(),
        (_id, redoId) => done.current.push(redoId),
        (back) => undone.current.push(back),
        t('changes.nothingToRedo'),
      ),
    [step, t],
  );

  const fromKey: GridUndo['fromKey'] = (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) return undo();
    if (key === 'y' || (key === 'z' && e.shiftKey)) return redo();
    return null;
  };

  return { record, undo, redo, fromKey };
}
