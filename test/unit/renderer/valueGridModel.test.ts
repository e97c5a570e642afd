// The value grid's pure rules: keyboard movement, keys in the editor, Excel clipboard text both ways,
// paste placement, cell texts.
import { describe, expect, it } from 'vitest';
import {
  checkCellText,
  copyBlock,
  copyText,
  editorKey,
  editText,
  moveOnKey,
  PAGE_ROWS,
  pastedSelection,
  isTypingKey,
  parseClipboardTable,
  placePaste,
  rangeOf,
  step,
  tabStep,
} from '../../../renderer/pages/indicators/grid/gridModel';

const shape = { rows: 3, cols: 5 };

describe('movement', () => {
  it('stops at the edges like a spreadsheet', () => {
    expect(step({ row: 0, col: 0 }, shape, 'up')).toEqual({ row: 0, col: 0 });
    expect(step({ row: 2, col: 4 }, shape, 'right')).toEqual({ row: 2, col: 4 });
    expect(step({ row: 1, col: 1 }, shape, 'down', 99)).toEqual({ row: 2, col: 1 });
  });
  it('walks Tab through rows and lets focus leave past either end', () => {
    expect(tabStep({ row: 0, col: 4 }, shape, false)).toEqual({ row: 1, col: 0 });
    expect(tabStep({ row: 1, col: 0 }, shape, true)).toEqual({ row: 0, col: 4 });
    expect(tabStep({ row: 2, col: 4 }, shape, false)).toBeNull();
    expect(tabStep({ row: 0, col: 0 }, shape, true)).toBeNull();
  });
  it('orders a selection whichever way it was drawn', () => {
    expect(rangeOf({ row: 2, col: 3 }, { row: 0, col: 1 })).toEqual({ top: 0, left: 1, bottom: 2, right: 3 });
  });
});

describe('clipboard text from Excel', () => {
  it('splits rows on CR LF or LF and drops the final line end', () => {
    expect(parseClipboardTable('1.234,5\r\n85,5%\r\n')).toEqual([['1.234,5'], ['85,5%']]);
    expect(parseClipboardTable('10\t20\n30\t40')).toEqual([
      ['10', '20'],
      ['30', '40'],
    ]);
  });
  it('keeps empty cells, which clear their target', () => {
    expect(parseClipboardTable('1\t\t3\n')).toEqual([['1', '', '3']]);
    expect(parseClipboardTable('\n')).toEqual([['']]);
  });
  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseClipboardTable('"a\tb"\t"x ""y"""\n"line1\nline2"\n')).toEqual([
      ['a\tb', 'x "y"'],
      ['line1\nline2'],
    ]);
  });
});

describe('paste placement', () => {
  const one = { top: 1, left: 1, bottom: 1, right: 1 };
  it('places a block from the selection and counts what falls outside', () => {
    const { cells, outside } = placePaste(
      [
        ['1', '2'],
        ['3', '4', '5'],
      ],
      { top: 2, left: 3, bottom: 2, right: 3 },
      shape,
    );
    expect(cells.map((c) => [c.pos.row, c.pos.col, c.raw])).toEqual([
      [2, 3, '1'],
      [2, 4, '2'],
    ]);
    expect(outside).toBe(3);
  });
  it('fills a selected range with a single value', () => {
    const { cells } = placePaste([['7']], { top: 0, left: 0, bottom: 1, right: 1 }, shape);
    expect(cells).toHaveLength(4);
    expect(new Set(cells.map((c) => c.raw))).toEqual(new Set(['7']));
  });
  it('puts a single value in the one active cell', () => {
    expect(placePaste([['7']], one, shape).cells).toEqual([{ pos: { row: 1, col: 1 }, raw: '7' }]);
  });
});

describe('cell text', () => {
  it('reads Vietnamese numbers and percentages, empty clears', () => {
    expect(checkCellText('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(checkCellText('85,5%')).toEqual({ ok: true, value: 85.5 });
    expect(checkCellText('  ')).toEqual({ ok: true, value: null });
  });
  it('refuses words and absurd magnitudes', () => {
    expect(checkCellText('abc')).toEqual({ ok: false, reason: 'not_number' });
    expect(checkCellText('1.000.000.000.000.000')).toEqual({ ok: false, reason: 'too_large' });
  });
  it('starts typing only on printable keys without modifiers', () => {
    expect(isTypingKey({ key: '5', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(isTypingKey({ key: 'v', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
    expect(isTypingKey({ key: 'ArrowUp', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
  });
});

const press = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keys on the grid', () => {
  const big = { rows: 30, cols: 4 };
  it('moves with arrows, extends with Shift and jumps to the edge with Ctrl', () => {
    expect(moveOnKey(press('ArrowRight'), { row: 1, col: 1 }, big)).toEqual({
      to: { row: 1, col: 2 },
      extend: false,
    });
    expect(moveOnKey(press('ArrowDown', { shiftKey: true }), { row: 1, col: 1 }, big)).toEqual({
      to: { row: 2, col: 1 },
      extend: true,
    });
    expect(moveOnKey(press('ArrowDown', { ctrlKey: true }), { row: 1, col: 1 }, big)).toEqual({
      to: { row: 29, col: 1 },
      extend: false,
    });
  });
  it('goes to the row ends with Home / End, to the corners with Ctrl, by a page with PageUp / PageDown', () => {
    const at = { row: 5, col: 2 };
    expect(moveOnKey(press('Home'), at, big)).toEqual({ to: { row: 5, col: 0 }, extend: false });
    expect(moveOnKey(press('End', { ctrlKey: true }), at, big)).toEqual({
      to: { row: 29, col: 3 },
      extend: false,
    });
    expect(moveOnKey(press('PageDown'), at, big)).toEqual({
      to: { row: 5 + PAGE_ROWS, col: 2 },
      extend: false,
    });
    expect(moveOnKey(press('PageUp'), at, big)).toEqual({ to: { row: 0, col: 2 }, extend: false });
  });
  it('lets Tab leave the grid past its last cell, and ignores other keys', () => {
    expect(moveOnKey(press('Tab'), { row: 29, col: 3 }, big)).toBe('leave');
    expect(moveOnKey(press('Tab', { shiftKey: true }), { row: 1, col: 0 }, big)).toEqual({
      to: { row: 0, col: 3 },
      extend: false,
    });
    expect(moveOnKey(press('a'), { row: 0, col: 0 }, big)).toBeNull();
  });
});

describe('keys in the cell editor', () => {
  const at = { row: 1, col: 1 };
  it('commits and moves with Enter (down, Shift: up) and Tab; stays at the last cell', () => {
    expect(editorKey(press('Enter'), at, 'edit', shape)).toEqual({ commitTo: { row: 2, col: 1 } });
    expect(editorKey(press('Enter', { shiftKey: true }), at, 'edit', shape)).toEqual({
      commitTo: { row: 0, col: 1 },
    });
    expect(editorKey(press('Tab'), { row: 2, col: 4 }, 'edit', shape)).toEqual({
      commitTo: { row: 2, col: 4 },
    });
  });
  it('moves on arrows only when opened by typing; Esc cancels; other keys stay in the editor', () => {
    expect(editorKey(press('ArrowLeft'), at, 'enter', shape)).toEqual({ commitTo: { row: 1, col: 0 } });
    expect(editorKey(press('ArrowLeft'), at, 'edit', shape)).toBeNull();
    expect(editorKey(press('Escape'), at, 'edit', shape)).toBe('cancel');
    expect(editorKey(press('5'), at, 'enter', shape)).toBeNull();
  });
});

describe('copying and editing texts', () => {
  it('opens the editor with every digit and copies without thousands dots', () => {
    expect(editText(1234567.125)).toBe('1.234.567,125');
    expect(copyText(1234567.125)).toBe('1234567,125');
    expect(editText(null)).toBe('');
  });
  it('writes a selection as Excel clipboard text, which reads back as the same block', () => {
    const text = copyBlock({ top: 0, left: 1, bottom: 1, right: 2 }, ({ row, col }) => `${row}${col}`);
    expect(text).toBe('01\t02\r\n11\t12\r\n');
    expect(parseClipboardTable(text)).toEqual([
      ['01', '02'],
      ['11', '12'],
    ]);
  });
  it('selects what a paste placed, from its top-left', () => {
    const target = { top: 1, left: 1, bottom: 1, right: 1 };
    const placed = placePaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      target,
      shape,
    ).cells;
    expect(pastedSelection(target, placed)).toEqual({
      active: { row: 1, col: 1 },
      anchor: { row: 2, col: 2 },
    });
    expect(pastedSelection(target, [])).toEqual({ active: { row: 1, col: 1 }, anchor: { row: 1, col: 1 } });
  });
});
