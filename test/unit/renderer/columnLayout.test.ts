// How resizable tables share the window's width (renderer/components/table/columnLayout).
import { describe, expect, it } from 'vitest';
import { layoutColumns, type ColumnSpec } from '../../../renderer/components/table/columnLayout';

const SPECS: ColumnSpec[] = [
  { id: 'code', size: 80 },
  { id: 'title', size: 200, minSize: 120, grow: 3 },
  { id: 'pillar', size: 100, minSize: 60, grow: 1 },
  { id: 'due', size: 100 },
];
const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe('layoutColumns', () => {
  it('gives the free width to the growing columns by weight, in whole pixels adding up to the box', () => {
    const w = layoutColumns(SPECS, {}, 881);
    expect(w).toEqual({ code: 80, title: 200 + 300, pillar: 100 + 101, due: 100 });
    expect(sum(w)).toBe(881);
  });

  it('keeps default widths when the box is narrower than the columns (the table scrolls)', () => {
    expect(layoutColumns(SPECS, {}, 300)).toEqual({ code: 80, title: 200, pillar: 100, due: 100 });
  });

  it('keeps a column the person sized at their width and lets the others take the rest', () => {
    const w = layoutColumns(SPECS, { title: 300 }, 880);
    expect(w).toEqual({ code: 80, title: 300, pillar: 400, due: 100 });
  });

  it('holds a chosen width to the column minimum and a sane maximum', () => {
    const w = layoutColumns(SPECS, { title: 10, due: 99_999 }, 0);
    expect(w.title).toBe(120);
    expect(w.due).toBe(2000);
  });

  it('leaves free width unused when every growing column was sized by hand', () => {
    const w = layoutColumns(SPECS, { title: 250, pillar: 90 }, 2000);
    expect(sum(w)).toBe(80 + 250 + 90 + 100);
  });
});
