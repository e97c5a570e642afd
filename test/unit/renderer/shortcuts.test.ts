// The shortcut registry without a browser: which key does what, that letters typed into a field stay
// letters (only Ctrl+K and Ctrl+S fire there), the "g then a letter" sequence and its time limit, and
// which elements count as typing.
import { describe, expect, it } from 'vitest';
import {
  createShortcutMatcher,
  GO_KEYS,
  isTypingTarget,
  planShortcut,
  SEQUENCE_MS,
  SHORTCUT_HELP,
  type KeyInput,
} from '../../../renderer/shortcuts/registry';
import { PAGES } from '../../../renderer/stores/pages';

const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcut registry', () => {
  it('maps each key to its action outside fields', () => {
    const match = createShortcutMatcher();
    const cases: [KeyInput, string | null][] = [
      [key('k', { ctrlKey: true }), 'search'],
      [key('K', { metaKey: true }), 'search'],
      [key('/'), 'search'],
      [key('?', { shiftKey: true }), 'help'],
      [key('n'), 'new'],
      [key('n', { ctrlKey: true, altKey: true }), 'new'],
      [key('s', { ctrlKey: true }), 'save'],
      [key('s', { metaKey: true }), 'save'],
      [key('ArrowRight', { altKey: true }), 'nextPage'],
      [key('ArrowLeft', { altKey: true }), 'prevPage'],
      // Not shortcuts: Ctrl+N (the browser's new window), Shift+N, plain arrows, Ctrl+Shift+S.
      [key('n', { ctrlKey: true }), null],
      [key('N', { shiftKey: true }), null],
      [key('ArrowRight'), null],
      [key('s', { ctrlKey: true, shiftKey: true }), null],
      [key('x'), null],
    ];
    for (const [input, action] of cases) expect(match(input, false, 0), JSON.stringify(input)).toBe(action);
  });

  it('fires only Ctrl+K and Ctrl+S while typing in a field', () => {
    const match = createShortcutMatcher();
    expect(match(key('k', { ctrlKey: true }), true, 0)).toBe('search');
    expect(match(key('s', { ctrlKey: true }), true, 0)).toBe('save');
    for (const typed of [
      key('n'),
      key('/'),
      key('?', { shiftKey: true }),
      key('n', { ctrlKey: true, altKey: true }),
    ])
      expect(match(typed, true, 0), typed.key).toBeNull();
    expect(match(key('ArrowLeft', { altKey: true }), true, 0)).toBeNull();
    // "g" then "n" typed into a title is the word "gn", not a trip to the task list.
    expect(match(key('g'), true, 0)).toBeNull();
    expect(match(key('n'), true, 10)).toBeNull();
  });

  it('goes to a page with "g" then its letter, within the time limit only', () => {
    const match = createShortcutMatcher();
    for (const page of PAGES) {
      expect(match(key('g'), false, 0)).toBeNull();
      expect(match(key(GO_KEYS[page]), false, 100), page).toBe(`go:${page}`);
    }
    // Too late: the letter is its own key again ("n" adds a record).
    expect(match(key('g'), false, 0)).toBeNull();
    expect(match(key('n'), false, SEQUENCE_MS + 1)).toBe('new');
    // Shift between the two keys does not break the sequence; another key does.
    expect(match(key('g'), false, 0)).toBeNull();
    expect(match(key('Shift', { shiftKey: true }), false, 10)).toBeNull();
    expect(match(key('t'), false, 20)).toBe('go:dashboard');
    expect(match(key('g'), false, 0)).toBeNull();
    expect(match(key('x'), false, 10)).toBeNull();
    expect(match(key('t'), false, 20)).toBeNull();
  });

  it('gives every page its own letter, and lists every page in the help', () => {
    const letters = PAGES.map((p) => GO_KEYS[p]);
    expect(new Set(letters).size).toBe(PAGES.length);
    expect(SHORTCUT_HELP.filter((s) => s.action === 'go').map((s) => s.page)).toEqual([...PAGES]);
    for (const action of ['search', 'new', 'save', 'close', 'pages', 'help'])
      expect(SHORTCUT_HELP.map((s) => s.action)).toContain(action);
  });

  it('counts text fields, selects and editable text as typing, not buttons and checkboxes', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it("always prevents the browser's Ctrl+S, and acts on other keys only when someone answers them", () => {
    // Ctrl+S: the page's save, else the open form's submit; in a dialog, the dialog's form.
    expect(planShortcut('save', false, true)).toEqual({ preventDefault: true, run: 'handler' });
    expect(planShortcut('save', false, false)).toEqual({ preventDefault: true, run: 'submit' });
    expect(planShortcut('save', true, true)).toEqual({ preventDefault: true, run: 'submit' });
    // N with no page answering it leaves the key alone; with one, it is ours.
    expect(planShortcut('new', false, false)).toEqual({ preventDefault: false, run: 'none' });
    expect(planShortcut('new', false, true)).toEqual({ preventDefault: true, run: 'handler' });
    expect(planShortcut('go:tasks', false, false)).toEqual({ preventDefault: true, run: 'navigate' });
    // Over an open dialog the page under it does not react (its shortcuts would act behind the dialog).
    for (const action of ['new', 'search', 'help', 'nextPage', 'go:tasks'] as const)
      expect(planShortcut(action, true, true), action).toEqual({ preventDefault: false, run: 'none' });
  });
});
