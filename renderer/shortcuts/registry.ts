// The keyboard shortcuts of the whole app in one place: what each key does, whether it may fire while
// the person types in a field, and how the help dialog (ShortcutsHelp) lists it. Pure: no DOM, so the
// matching rules are tested in node (test/unit/renderer/shortcuts.test.ts).
import { PAGES, type PageName } from '../stores/route';

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
  ...PAGES.map((page): ShortcutHelp => ({ action: 'go', page, keys: [['G', GO_KEYS[page].toUpperCase()]] })),
];

/** Actions that fire even while the focus is in a text field (Esc is the dialogs' own). */
const WHILE_TYPING: ReadonlySet<ShortcutAction> = new Set(['search', 'save']);

/** Actions that fire while a dialog is open over the page (the page under it is inert). */
export const IN_DIALOG: ReadonlySet<ShortcutAction> = new Set(['save']);

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
    if (action && WHILE_TYPING.has(action)) return action;
    if (typing) return null;
    if (pendingG && plain(e)) {
      const letter = e.key.toLowerCase();
      const page = PAGES.find((p) => GO_KEYS[p] === letter);
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
