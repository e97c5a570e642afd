// The widths a person gave a table's columns, kept in localStorage: per table, and per person and
// machine because the renderer's storage belongs to the Windows account's profile. What is read back is
// checked (an old or hand-edited value is dropped, never trusted).
import { z } from 'zod';
import type { ColumnSizes } from './columnLayout';

const KEY_PREFIX = 'tiendo.columns.v1.';
const stored = z.record(z.string(), z.number().positive().max(10_000));

export function columnStorageKey(tableId: string): string {
  return `${KEY_PREFIX}${tableId}`;
}

export function loadColumnSizes(tableId: string): ColumnSizes {
  try {
    const raw = localStorage.getItem(columnStorageKey(tableId));
    if (!raw) return {};
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
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
