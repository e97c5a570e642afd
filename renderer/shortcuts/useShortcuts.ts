// The one keydown listener of the app (installed by App): matches the key against the registry and
// runs whoever answers it (handlers.ts).
import { useEffect } from 'react';
import { PAGES, useRoute } from '../stores/route';
import { shortcutHandler } from './handlers';
import { createShortcutMatcher, isTypingTarget, planShortcut } from './registry';

/** The topmost open modal dialog, if any (the page under it is inert). */
function openDialog(): HTMLDialogElement | null {
  const open = document.querySelectorAll<HTMLDialogElement>('dialog[open]');
  return open.length > 0 ? (open[open.length - 1] ?? null) : null;
}

/**
 * Ctrl+S where no one registered a save: submits the form of the open dialog, or the form the focus is
 * in, as its own save button would (Modal's forms submit through onSubmit).
 */
function submitForm(dialog: HTMLDialogElement | null): void {
  const active = document.activeElement;
  const form =
    (active instanceof HTMLElement ? active.closest('form') : null) ?? dialog?.querySelector('form') ?? null;
  if (form && (!dialog || dialog.contains(form))) form.requestSubmit();
}

export function useShortcuts(): void {
  useEffect(() => {
    const match = createShortcutMatcher();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const active = document.activeElement;
      const typing = isTypingTarget(active instanceof HTMLElement ? active : null);
      const action = match(e, typing, e.timeStamp);
      if (!action) return;
      const dialog = openDialog();
      const handler = shortcutHandler(action);
      const plan = planShortcut(action, dialog !== null, handler !== undefined);
      if (plan.preventDefault) e.preventDefault();
      if (plan.run === 'handler') handler?.();
      else if (plan.run === 'submit') submitForm(dialog);
      else if (plan.run === 'navigate') {
        const page = PAGES.find((p) => `go:${p}` === action);
        if (page) useRoute.getState().navigate(page);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
