// A form's side of the unsaved-changes guard (stores/unsaved): while `dirty`, the form is counted as
// holding edits, so navigating away or closing the window asks first; `guard` wraps the form's own
// ways out (Hủy, ×, Esc) so they ask too. A save that went through calls `settled()` before whatever
// follows it (closing, opening the saved record): the form no longer holds anything unsaved, even
// before its own state catches up; the next edit (a new `draft`) counts again.
import { useCallback, useEffect, useId } from 'react';
import { confirmDiscard, useUnsaved } from '../stores/unsaved';

export interface UnsavedChanges {
  /** `leave` wrapped: runs at once when nothing is unsaved, else after the person agrees to discard. */
  guard(leave: () => void): () => void;
  /** Resolves true when leaving is fine (nothing unsaved, or the person agreed to discard). */
  confirmLeave(): Promise<boolean>;
  /** What was typed is saved: nothing to ask about until the next edit. */
  settled(): void;
  /** The save did not go through after all: the edits count as unsaved again. */
  unsettled(): void;
}

/** `draft`: the form's values, so that an edit after a save counts as unsaved again. */
export function useUnsavedChanges(dirty: boolean, draft?: unknown): UnsavedChanges {
  const id = useId();
  const setDirty = useUnsaved((s) => s.setDirty);
  useEffect(() => setDirty(id, dirty), [id, dirty, draft, setDirty]);
  useEffect(() => () => setDirty(id, false), [id, setDirty]);
  const confirmLeave = useCallback(() => confirmDiscard(id), [id]);
  const guard = useCallback(
    (leave: () => void) => () => {
      void confirmLeave().then((ok) => ok && leave());
    },
    [confirmLeave],
  );
  const settled = useCallback(() => setDirty(id, false), [id, setDirty]);
  const unsettled = useCallback(() => setDirty(id, dirty), [id, dirty, setDirty]);
  return { guard, confirmLeave, settled, unsettled };
}
