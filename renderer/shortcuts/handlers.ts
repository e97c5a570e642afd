// Who answers a shortcut right now: pages and dialogs register a handler while they are on screen
// (useShortcut); the newest registration of an action wins, and the one before it answers again once
// the newer one goes away (a drawer's save over the page's).
import { useEffect, useRef } from 'react';
import type { ShortcutAction } from './registry';

type Handler = () => void;
const handlers = new Map<ShortcutAction, Handler[]>();

export function shortcutHandler(action: ShortcutAction): Handler | undefined {
  return handlers.get(action)?.at(-1);
}

/** Registers `run` for `action` while the calling component is mounted and `enabled` holds. */
export function useShortcut(action: ShortcutAction, run: () => void, enabled = true): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const handler: Handler = () => latest.current();
    const list = handlers.get(action) ?? [];
    handlers.set(action, [...list, handler]);
    return () => {
      handlers.set(
        action,
        (handlers.get(action) ?? []).filter((h) => h !== handler),
      );
    };
  }, [action, enabled]);
}

/** Scrolls the list `selector` finds by one screen less a row, for Alt+→ / Alt+← on virtualised lists. */
export function scrollByScreen(selector: string, direction: 1 | -1): void {
  const list = document.querySelector<HTMLElement>(selector);
  if (list) list.scrollBy({ top: direction * Math.max(0, list.clientHeight - 40) });
}
