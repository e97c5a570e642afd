// The value grid's pure rules: keyboard movement, Excel clipboard text, paste placement, cell checks.
import { describe, expect, it } from 'vitest';
import {
  checkCellText,
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
