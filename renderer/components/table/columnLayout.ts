// How a table's columns share the width of the window: every column has a base width (the one the
// person dragged it to, or its default); columns marked `grow` that the person has not resized take the
// free width left over, in proportion to their weight. So at 1920 wide a task title gets the room it
// needs, and a column the person sized stays the size they chose.

export interface ColumnSpec {
  id: string;
  /** Default width in CSS pixels. */
  size: number;
  /** Narrowest the person may make it (default 48). */
  minSize?: number;
  /** Share of the free width while the person has not resized it; 0 or absent = fixed width. */
  grow?: number;
}

export type ColumnSizes = Readonly<Record<string, number>>;

export const DEFAULT_MIN_SIZE = 48;
export const MAX_SIZE = 2000;

export function clampSize(spec: ColumnSpec, size: number): number {
  return Math.round(Math.min(MAX_SIZE, Math.max(spec.minSize ?? DEFAULT_MIN_SIZE, size)));
}

/**
 * The width of each column for `available` pixels of container: whole pixels that add up to exactly
 * `available` when there is free width and a growing column to take it (no sub-pixel horizontal scroll).
 */
export function layoutColumns(
  specs: readonly ColumnSpec[],
  chosen: ColumnSizes,
  available: number,
): Record<string, number> {
  const widths: Record<string, number> = {};
  let used = 0;
  for (const spec of specs) {
    const own = chosen[spec.id];
    widths[spec.id] = clampSize(spec, own ?? spec.size);
    used += widths[spec.id]!;
  }
  const growing = specs.filter((s) => (s.grow ?? 0) > 0 && chosen[s.id] === undefined);
  const free = Math.floor(available) - used;
  if (free <= 0 || growing.length === 0) return widths;
  const weight = growing.reduce((sum, s) => sum + (s.grow ?? 0), 0);
  let given = 0;
  growing.forEach((spec, i) => {
    const share = i === growing.length - 1 ? free - given : Math.floor((free * (spec.grow ?? 0)) / weight);
    widths[spec.id] = widths[spec.id]! + share;
    given += share;
  });
  return widths;
}
