// The widths a person gave a table's columns, kept in localStorage: per table, and per person and
// machine because the renderer's storage belongs to the Windows account's profile. What is read back is
// checked (an old or hand-edited value is dropped, never trusted). The check is written out rather than
// a zod schema: this module is on the task list's first frame, and zod's 90 KB would load with it.
import type { ColumnSizes } from './columnLayout';

const KEY_PREFIX = 'tiendo.columns.v1.';
const MAX_WIDTH = 10_000;

/** The stored value when it is an object of widths (each a number above 0, at most MAX_WIDTH), else null. */
function asColumnSizes(value: unknown): ColumnSizes | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const sizes: Record<string, number> = {};
  for (const [id, width] of Object.entries(value)) {
    if (typeof width !== 'number' || !(width > 0 && width <= MAX_WIDTH)) return null;
    sizes[id] = width;
  }
  return sizes;
}

export function columnStorageKey(tableId: string): string {
  return `${KEY_PREFIX}${tableId}`;
}

export function loadColumnSizes(tableId: string): ColumnSizes {
  try {
    const raw = localStorage.getItem(columnStorageKey(tableId));
    if (!raw) return {};
    return asColumnSizes(JSON.parse(raw)) ?? {};
  } catch {
    return {}; // storage blocked or not JSON: the defaults serve
  }
}

export function saveColumnSizes(tableId: string, sizes: ColumnSizes): void {
  try {
    if (Object.keys(sizes).length === 0) localStorage.removeItem(columnStorageKey(tableId));
    else localStorage.setItem(columnStorageKey(tableId), JSON.stringify(sizes));
  } catch {
    // A full or blocked storage only loses the widths, never the work.
  }
}
