// Pure rules of the value grid: where the active cell goes on each key, which cells a selection
// covers, how Excel's clipboard text becomes a block of cells (and a selection becomes clipboard text),
// and whether a typed text is a value.
// No React here, so the behaviour that officers rely on can be read (and tested) in one place.
import { formatNumber, parseViNumber } from '../../../../shared/format/vi';

export interface CellPos {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** One step in a direction; the active cell stops at the edges, as in Excel. */
export function step(pos: CellPos, shape: GridShape, dir: Direction, by = 1): CellPos {
  const dRow = dir === 'down' ? by : dir === 'up' ? -by : 0;
  const dCol = dir === 'right' ? by : dir === 'left' ? -by : 0;
  return { row: clamp(pos.row + dRow, 0, shape.rows - 1), col: clamp(pos.col + dCol, 0, shape.cols - 1) };
}

/**
 * Tab walks right through a row and on to the next row's first cell; Shift+Tab walks back.
 * Past the last (or before the first) cell it returns null, so focus may leave the grid: a grid that
 * swallows Tab everywhere would trap keyboard users.
 */
export function tabStep(pos: CellPos, shape: GridShape, back: boolean): CellPos | null {
  const index = pos.row * shape.cols + pos.col + (back ? -1 : 1);
  if (index < 0 || index >= shape.rows * shape.cols) return null;
  return { row: Math.floor(index / shape.cols), col: index % shape.cols };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeOf(anchor: CellPos, active: CellPos): CellRange {
  return {
    top: Math.min(anchor.row, active.row),
    bottom: Math.max(anchor.row, active.row),
    left: Math.min(anchor.col, active.col),
    right: Math.max(anchor.col, active.col),
  };
}

export function inRange(r: CellRange, pos: CellPos): boolean {
  return pos.row >= r.top && pos.row <= r.bottom && pos.col >= r.left && pos.col <= r.right;
}

export function cellsOf(r: CellRange): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/**
 * Clipboard text from Excel or LibreOffice: rows end with CR LF or LF (with one trailing line end),
 * columns are separated by tabs, and a cell holding a line break or quote is wrapped in double quotes.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '\t') {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

export interface PasteCell {
  pos: CellPos;
  raw: string;
}

/**
 * Where a pasted block lands: from the top-left of the selection. A single value pasted on a selected
 * range fills the range (as Excel does); cells that would fall outside the grid are counted, not placed.
 */
export function placePaste(
  block: string[][],
  selection: CellRange,
  shape: GridShape,
): { cells: PasteCell[]; outside: number } {
  const single = block.length === 1 && block[0]!.length === 1;
  if (single && (selection.bottom > selection.top || selection.right > selection.left)) {
    const raw = block[0]![0]!;
    return { cells: cellsOf(selection).map((pos) => ({ pos, raw })), outside: 0 };
  }
  const cells: PasteCell[] = [];
  let outside = 0;
  block.forEach((line, r) =>
    line.forEach((raw, c) => {
      const pos = { row: selection.top + r, col: selection.left + c };
      if (pos.row < shape.rows && pos.col < shape.cols) cells.push({ pos, raw });
      else outside++;
    }),
  );
  return { cells, outside };
}

/** The largest magnitude accepted: beyond it a value is a typing or paste accident, not a statistic. */
export const MAX_MAGNITUDE = 1e12;

export type CellCheck =
  { ok: true; value: number | null } | { ok: false; reason: 'not_number' | 'too_large' };

/** Empty text clears the cell; otherwise it must be a number as officers type it ('1.234,5', '85,5%'). */
export function checkCellText(raw: string): CellCheck {
  if (raw.trim() === '') return { ok: true, value: null };
  const value = parseViNumber(raw);
  if (value === null) return { ok: false, reason: 'not_number' };
  if (Math.abs(value) > MAX_MAGNITUDE) return { ok: false, reason: 'too_large' };
  return { ok: true, value };
}

/** Whether a key press starts typing into a cell (a printable character without Ctrl/Alt/Meta). */
export function isTypingKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** The key of a keyboard event, with its modifiers (a plain object, so the rules take no DOM event). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Rows PageUp / PageDown move by. */
export const PAGE_ROWS = 10;

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * Where a key moves the active cell while no cell is edited: `extend` (Shift) keeps the selection's
 * anchor. Ctrl+arrow jumps to the edge, Home / End to the row's ends (with Ctrl: the grid's corners),
 * PageUp / PageDown by PAGE_ROWS. 'leave': Tab past the last cell (or Shift+Tab before the first) lets
 * focus go on. null: not a movement key.
 */
export function moveOnKey(
  e: KeyPress,
  active: CellPos,
  shape: GridShape,
): { to: CellPos; extend: boolean } | 'leave' | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const extend = e.shiftKey;
  const arrow = ARROWS[e.key];
  if (arrow) return { to: step(active, shape, arrow, ctrl ? Math.max(shape.rows, shape.cols) : 1), extend };
  switch (e.key) {
    case 'Home':
      return { to: { row: ctrl ? 0 : active.row, col: 0 }, extend };
    case 'End':
      return { to: { row: ctrl ? shape.rows - 1 : active.row, col: shape.cols - 1 }, extend };
    case 'PageDown':
      return { to: step(active, shape, 'down', PAGE_ROWS), extend };
    case 'PageUp':
      return { to: step(active, shape, 'up', PAGE_ROWS), extend };
    case 'Tab': {
      const next = tabStep(active, shape, e.shiftKey);
      return next ? { to: next, extend: false } : 'leave';
    }
    default:
      return null;
  }
}

/**
 * A key inside the cell editor: Enter commits and goes down (Shift: up), Tab right (Shift: left; at the
 * grid's ends it stays), an arrow commits and moves only in 'enter' mode (opened by typing, as Excel's
 * Enter mode; in 'edit' mode arrows move the caret), Esc cancels. null: the editor keeps the key.
 */
export function editorKey(
  e: KeyPress,
  pos: CellPos,
  mode: 'enter' | 'edit',
  shape: GridShape,
): { commitTo: CellPos } | 'cancel' | null {
  const arrow = ARROWS[e.key];
  if (e.key === 'Enter') return { commitTo: step(pos, shape, e.shiftKey ? 'up' : 'down') };
  if (e.key === 'Tab') return { commitTo: tabStep(pos, shape, e.shiftKey) ?? pos };
  if (arrow && mode === 'enter') return { commitTo: step(pos, shape, arrow) };
  if (e.key === 'Escape') return 'cancel';
  return null;
}

/** The editor's starting text keeps every digit (the cell shows at most 4 decimals). */
export const editText = (n: number | null) => (n === null ? '' : formatNumber(n, 15));

/** A copied cell: no thousands dots, so the text pastes back as the same number here and in Excel. */
export const copyText = (n: number | null) => (n === null ? '' : formatNumber(n, 15).replace(/\./g, ''));

/** A selection as Excel's clipboard text: tabs between cells, CR LF after each row. */
export function copyBlock(range: CellRange, textAt: (pos: CellPos) => string): string {
  const lines: string[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const line: string[] = [];
    for (let col = range.left; col <= range.right; col++) line.push(textAt({ row, col }));
    lines.push(line.join('\t'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** After a paste the selection covers what was placed, the active cell at its top-left. */
export function pastedSelection(
  target: CellRange,
  placed: readonly PasteCell[],
): { active: CellPos; anchor: CellPos } {
  return {
    active: { row: target.top, col: target.left },
    anchor: {
      row: Math.max(target.top, ...placed.map((c) => c.pos.row)),
      col: Math.max(target.left, ...placed.map((c) => c.pos.col)),
    },
  };
}
