// Nothing typed is lost: forms holding edits not yet saved say so here (useUnsavedChanges), and whatever
// would throw them away (closing a drawer or dialog, going to another page, closing or reloading the
// window) asks first: "Bỏ các thay đổi chưa lưu?", with "Tiếp tục sửa" focused. One prompt for the app
// (DiscardPrompt, in App) answers every such question.
import { create } from 'zustand';
import '../i18n/changeStrings';

interface UnsavedState {
  /** The forms holding unsaved edits (their hook's id). */
  dirty: ReadonlySet<string>;
  /** The question on screen, answered by DiscardPrompt. */
  pending: ((discard: boolean) => void) | null;
  setDirty(id: string, dirty: boolean): void;
  answer(discard: boolean): void;
}

export const useUnsaved = create<UnsavedState>((set, get) => ({
  dirty: new Set(),
  pending: null,
  setDirty: (id, dirty) => {
    const current = get().dirty;
    if (current.has(id) === dirty) return;
    const next = new Set(current);
    if (dirty) next.add(id);
    else next.delete(id);
    set({ dirty: next });
  },
  answer: (discard) => {
    const resolve = get().pending;
    set({ pending: null });
    resolve?.(discard);
  },
}));

export const hasUnsavedEdits = (): boolean => useUnsaved.getState().dirty.size > 0;

/** Asks "Bỏ các thay đổi chưa lưu?"; true when the person chose to discard. */
export function askDiscard(): Promise<boolean> {
  const { pending } = useUnsaved.getState();
  pending?.(false); // a second question replaces the first, which keeps the edits
  return new Promise((resolve) => useUnsaved.setState({ pending: resolve }));
}

/** Resolves true when nothing unsaved would be lost (all forms, or the one named), or the person agreed. */
export async function confirmDiscard(id?: string): Promise<boolean> {
  const dirty = useUnsaved.getState().dirty;
  if (id === undefined ? dirty.size === 0 : !dirty.has(id)) return true;
  const discard = await askDiscard();
  if (discard) useUnsaved.setState({ dirty: id === undefined ? new Set() : withoutId(dirty, id) });
  return discard;
}

function withoutId(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  next.delete(id);
  return next;
}

// Closing or reloading the window: the browser (or Electron's will-prevent-unload) asks.
window.addEventListener('beforeunload', (e) => {
  if (!hasUnsavedEdits()) return;
  e.preventDefault();
  e.returnValue = '';
});
