// The keyboard shortcuts of the whole app in one place: what each key does, whether it may fire while
// the person types in a field, and how the help dialog (ShortcutsHelp) lists it. Pure: no DOM, so the
// matching rules are tested in node (test/unit/renderer/shortcuts.test.ts).
import type { PageName } from '../stores/route';

export type ShortcutAction = 'search' | 'help' | 'new' | 'save' | 'nextPage' | 'prevPage' | `go:${PageName}`;

/** The parts of a KeyboardEvent the matcher reads (a plain object in tests). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** "g" then this letter opens the page: the first letter of its Vietnamese name where it is free. */
export const GO_KEYS: Record<PageName, string> = {
  dashboard: 't', // Tổng quan
  plans: 'k', // Kế hoạch
  tasks: 'n', // Nhiệm vụ
  indicators: 'c', // Chỉ tiêu
  meetings: 'p', // Phiên họp
  rounds: 'd', // Đợt cập nhật
  reports: 'b', // Báo cáo
  catalog: 'm', // Danh mục
  settings: 's', // Cài đặt (s: settings, c is taken)
};

/** The pages in the sidebar's order (the keys above are written in it; the type makes them complete). */
const GO_PAGES = Object.keys(GO_KEYS) as PageName[];

/** How long after "g" the page letter is awaited. */
export const SEQUENCE_MS = 1500;

/** One line of the help dialog: the keys as shown (Mod = Ctrl, or ⌘ on macOS) and what they do. */
export interface ShortcutHelp {
  /** i18n key under `shortcuts.actions.` (the go lines name their page instead). */
  action: 'search' | 'help' | 'new' | 'save' | 'close' | 'pages' | 'go';
  keys: string[][];
  page?: PageName;
}

export const SHORTCUT_HELP: ShortcutHelp[] = [
  { action: 'search', keys: [['Mod', 'K'], ['/']] },
  { action: 'new', keys: [['N'], ['Ctrl', 'Alt', 'N']] },
  { action: 'save', keys: [['Mod', 'S']] },
  { action: 'close', keys: [['Esc']] },
  {
    action: 'pages',
    keys: [
      ['Alt', '←'],
      ['Alt', '→'],
    ],
  },
  { action: 'help', keys: [['?']] },
  ...GO_PAGES.map((page): ShortcutHelp => ({
    action: 'go',
    page,
    keys: [['G', GO_KEYS[page].toUpperCase()]],
  })),
];

/** Actions that fire even while the focus is in a text field (Esc is the dialogs' own). */
const WHILE_TYPING: ReadonlySet<ShortcutAction> = new Set(['search', 'save']);

/** Actions that fire while a dialog is open over the page (the page under it is inert). */
const IN_DIALOG: ReadonlySet<ShortcutAction> = new Set(['save']);

/** What the listener does with a matched key (useShortcuts carries it out). */
export interface ShortcutPlan {
  /** Stop the browser's own use of the key (Ctrl+S would save the web page). */
  preventDefault: boolean;
  /** handler: the registered one; submit: the open form's submit; navigate: a "go" action; none. */
  run: 'handler' | 'submit' | 'navigate' | 'none';
}

/**
 * Decides for a matched action, given whether a dialog is open and whether someone registered a
 * handler. Ctrl+S is always prevented, even with nothing to save; other keys only when they act.
 */
export function planShortcut(action: ShortcutAction, dialogOpen: boolean, hasHandler: boolean): ShortcutPlan {
  const save = action === 'save';
  if (dialogOpen && !IN_DIALOG.has(action)) return { preventDefault: save, run: 'none' };
  if (save) return { preventDefault: true, run: hasHandler && !dialogOpen ? 'handler' : 'submit' };
  if (action.startsWith('go:')) return { preventDefault: true, run: 'navigate' };
  return hasHandler ? { preventDefault: true, run: 'handler' } : { preventDefault: false, run: 'none' };
}

const plain = (e: KeyInput) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyInput) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** The action of one key press, ignoring sequences and where the focus is. */
function singleKey(e: KeyInput): ShortcutAction | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod(e) && !e.shiftKey && key === 'k') return 'search';
  if (mod(e) && !e.shiftKey && key === 's') return 'save';
  if (e.ctrlKey && e.altKey && !e.metaKey && key === 'n') return 'new';
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && key === 'ArrowRight') return 'nextPage';
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && key === 'ArrowLeft') return 'prevPage';
  if (!plain(e)) return null;
  if (key === '/') return 'search';
  if (key === '?') return 'help';
  if (key === 'n' && !e.shiftKey) return 'new';
  return null;
}

/**
 * A matcher with the memory "g" sequences need. `typing` says the focus is in a text field: then only
 * Ctrl+K and Ctrl+S fire, so a person typing "n" or "?" into a title gets the letter.
 */
export function createShortcutMatcher(): (
  e: KeyInput,
  typing: boolean,
  now: number,
) => ShortcutAction | null {
  let gAt: number | null = null;
  return (e, typing, now) => {
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return null;
    const pendingG = gAt !== null && now - gAt <= SEQUENCE_MS;
    gAt = null;
    const action = singleKey(e);
    // Ctrl+K and Ctrl+S, not their plain keys: "/" typed into a field is a slash.
    if (action && WHILE_TYPING.has(action) && mod(e)) return action;
    if (typing) return null;
    if (pendingG && plain(e)) {
      const letter = e.key.toLowerCase();
      const page = GO_PAGES.find((p) => GO_KEYS[p] === letter);
      if (page) return `go:${page}`;
    }
    if (plain(e) && !e.shiftKey && e.key.toLowerCase() === 'g') {
      gAt = now;
      return null;
    }
    return action;
  };
}

/** The parts of an element that say whether keys pressed in it are typing (a plain object in tests). */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

const NOT_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether keys pressed with this element focused go into a field (text, number, date, a select). */
export function isTypingTarget(el: FocusTarget | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !NOT_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
}
