// Pure rules of the value grid: where the active cell goes on each key, which cells a selection
// covers, how Excel's clipboard text becomes a block of cells, and whether a typed text is a value.
// No React here, so the behaviour that officers rely on can be read (and tested) in one place.
import { parseViNumber } from '../../../../shared/format/vi';

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
