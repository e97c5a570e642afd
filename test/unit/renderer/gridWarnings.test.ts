// The value grid asks about the same warnings the server will check (renderer/pages/indicators/grid/gridWarnings.ts).
import { describe, expect, it } from 'vitest';
import type { ValueGrid } from '../../../shared/api/types';
import {
  cellKey,
  cellWarnings,
  nextCellWarnings,
} from '../../../renderer/pages/indicators/grid/gridWarnings';

const row: ValueGrid['rows'][number] = {
  indicatorId: 'i1',
  code: 'CT01',
  name: 'Số hồ sơ',
  unit: 'hồ sơ',
  target: 1000,
  values: {},
  warnings: {},
  before: { '2024-Q4': 10, '2024': 500 },
};
const TODAY = '2025-10-20';

describe('cellWarnings', () => {
  it("compares Quý I with last year's Quý IV and the year with last year", () => {
    const values = new Map<string, number | null>();
    expect(cellWarnings(row, '2025-Q1', 200, values, TODAY, null).map((w) => w.code)).toEqual(['jump']);
    expect(cellWarnings(row, '2025', 600, values, TODAY, null)).toEqual([]);
  });

  it('compares Quý II with Quý I as the grid holds it (edited in the same paste)', () => {
    const values = new Map<string, number | null>([[cellKey('i1', '2025-Q1'), 20]]);
    expect(cellWarnings(row, '2025-Q2', 300, values, TODAY, null)).toEqual([
      { code: 'jump', value: 300, previous: 20, previousPeriod: '2025-Q1' },
    ]);
    values.set(cellKey('i1', '2025-Q1'), null);
    expect(cellWarnings(row, '2025-Q2', 300, values, TODAY, null)).toEqual([]);
  });

  it('questions a pasted ambiguous separator and a period not started', () => {
    const values = new Map<string, number | null>();
    expect(cellWarnings(row, '2025-Q3', 1234, values, TODAY, '1.234').map((w) => w.code)).toEqual([
      'ambiguous_separator',
    ]);
    expect(cellWarnings(row, '2026-Q1', 5, values, TODAY, null).map((w) => w.code)).toEqual(['not_started']);
  });
});

describe('nextCellWarnings', () => {
  it("refreshes the next period's jump warning and keeps its other warnings", () => {
    const values = new Map<string, number | null>([
      [cellKey('i1', '2025-Q1'), 10],
      [cellKey('i1', '2025-Q2'), 150],
    ]);
    const paste = { code: 'ambiguous_separator' as const, text: '150', value: 150, other: 150 };
    const stored = new Map([[cellKey('i1', '2025-Q2'), [paste]]]);
    expect(nextCellWarnings(row, '2025-Q1', values, stored, TODAY)).toEqual({
      key: cellKey('i1', '2025-Q2'),
      warnings: [paste, { code: 'jump', value: 150, previous: 10, previousPeriod: '2025-Q1' }],
    });
    values.set(cellKey('i1', '2025-Q1'), 100);
    expect(nextCellWarnings(row, '2025-Q1', values, stored, TODAY)?.warnings).toEqual([paste]);
    expect(nextCellWarnings(row, '2025-Q2', values, stored, TODAY)).toBeNull();
  });
});
