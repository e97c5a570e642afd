// A form's side of the unsaved-changes guard (stores/unsaved): while `dirty`, the form is counted as
// holding edits, so navigating away or closing the window asks first; `guard` wraps the form's own
// ways out (Hủy, ×, Esc) so they ask too. Saving clears `dirty` through the form's own state.
import { useCallback, useEffect, useId } from 'react';
import { confirmDiscard, useUnsaved } from '../stores/unsaved';

export interface UnsavedChanges {
  /** `leave` wrapped: runs at once when nothing is unsaved, else after the person agrees to discard. */
  guard(leave: () => void): () => void;
  /** Resolves true when leaving is fine (nothing unsaved, or the person agreed to discard). */
  confirmLeave(): Promise<boolean>;
}

export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const id = useId();
  const setDirty = useUnsaved((s) => s.setDirty);
  useEffect(() => setDirty(id, dirty), [id, dirty, setDirty]);
  useEffect(() => () => setDirty(id, false), [id, setDirty]);
  const confirmLeave = useCallback(() => confirmDiscard(id), [id]);
  const guard = useCallback(
    (leave: () => void) => () => {
      void confirmLeave().then((ok) => ok && leave());
    },
    [confirmLeave],
  );
  return { guard, confirmLeave };
}
