// A returned collection form read from whatever tool saved it: the hidden metadata (found by its marker
// in A1 of any sheet, whatever the sheet is called now), the tasks sheet (the one whose header has "Mã" and
// "Tiến độ (%)") and the values sheet ("Mã" and a column beginning with "Giá trị"), columns found by their
// headers. Rows are read by their "Mã", so inserted rows, moved rows and renamed sheets still read.
import { headerKey } from '../../services/imports/headers';
import { cellText, columnLetter, type SheetBook, type SheetCell, type SheetGrid } from '../lists/sheet';
import { META_MARKER } from './layout';

export const TASK_COLUMNS = {
  code: ['ma'],
  progress: ['tien do'],
  state: ['trang thai'],
  completedOn: ['ngay hoan thanh'],
  result: ['ket qua'],
  difficulties: ['kho khan vuong mac', 'kho khan'],
  proposals: ['de xuat kien nghi', 'de xuat'],
} as const;
export type TaskColumn = keyof typeof TASK_COLUMNS;

export const VALUE_COLUMNS = { code: ['ma'], note: ['ghi chu'], evidence: ['minh chung'] } as const;
export type ValueColumn = keyof typeof VALUE_COLUMNS | 'value';

export interface FormSheetRow<F extends string> {
  row: number;
  code: string;
  cells: Partial<Record<F, SheetCell | null>>;
  /** Anything written in the row at all (an empty inserted row is nothing). */
  filled: boolean;
}

export interface FormSheet<F extends string> {
  sheet: string;
  headerRow: number;
  /** Column letter of each field found. */
  columns: Partial<Record<F, string>>;
  rows: FormSheetRow<F>[];
}

export interface ReturnedForm {
  meta: { json: string; mac: string } | null;
  tasks: FormSheet<TaskColumn> | null;
  values: FormSheet<ValueColumn> | null;
  modified: string | null;
}

function metaOf(book: SheetBook): ReturnedForm['meta'] {
  for (const sheet of book.sheets) {
    const first = sheet.rows[0];
    if (!first || first.number !== 1 || cellText(first.cells[0]).trim() !== META_MARKER) continue;
    const mac = cellText(sheet.rows.find((r) => r.number === 2)?.cells[0]).trim();
    const json = sheet.rows
      .filter((r) => r.number >= 3)
      .map((r) => cellText(r.cells[0]))
      .join('');
    return { json, mac };
  }
  return null;
}

/** The header row and the columns of the fields, found by their folded names. */
function findColumns<F extends string>(
  grid: SheetGrid,
  names: Record<string, readonly string[]>,
  extra: (key: string) => F | null,
): { headerRow: number; columns: Partial<Record<F, number>> } | null {
  for (const row of grid.rows.filter((r) => r.number <= 30)) {
    const columns: Partial<Record<F, number>> = {};
    row.cells.forEach((cell, i) => {
      const key = headerKey(cellText(cell));
      if (!key) return;
      const field =
        (Object.entries(names).find(([, keys]) => keys.includes(key))?.[0] as F | undefined) ?? extra(key);
      if (field && columns[field] === undefined) columns[field] = i;
    });
    if (columns['code' as F] !== undefined && Object.keys(columns).length >= 2)
      return { headerRow: row.number, columns };
  }
  return null;
}

function readSheet<F extends string>(
  book: SheetBook,
  names: Record<string, readonly string[]>,
  must: F,
  extra: (key: string) => F | null = () => null,
): FormSheet<F> | null {
  for (const grid of book.sheets) {
    const found = findColumns<F>(grid, names, extra);
    if (!found || found.columns[must] === undefined) continue;
    const letters: Partial<Record<F, string>> = {};
    for (const [f, c] of Object.entries(found.columns) as [F, number][]) letters[f] = columnLetter(c);
    const rows: FormSheetRow<F>[] = [];
    for (const r of grid.rows) {
      if (r.number <= found.headerRow) continue;
      const cells: Partial<Record<F, SheetCell | null>> = {};
      for (const [f, c] of Object.entries(found.columns) as [F, number][]) cells[f] = r.cells[c] ?? null;
      const code = cellText(cells['code' as F]).trim();
      const filled = (Object.keys(found.columns) as F[]).some(
        (f) => f !== 'code' && cellText(cells[f]).trim() !== '',
      );
      if (!code && !filled) continue;
      rows.push({ row: r.number, code, cells, filled });
    }
    return { sheet: grid.name, headerRow: found.headerRow, columns: letters, rows };
  }
  return null;
}

export function readReturnedForm(book: SheetBook): ReturnedForm {
  return {
    meta: metaOf(book),
    tasks: readSheet<TaskColumn>(book, TASK_COLUMNS, 'progress'),
    values: readSheet<ValueColumn>(book, VALUE_COLUMNS, 'value', (key) =>
      key.startsWith('gia tri') ? 'value' : null,
    ),
    modified: book.modified,
  };
}
