import { describe, expect, it } from 'vitest';
import {
  currentReportingPeriods,
  parsePeriod,
  periodKeys,
  periodsEndingBy,
  quarterKeys,
  quarterOf,
} from '../../../shared/rules/periods';

describe('parsePeriod: Nghị định 09/2019 cut-offs', () => {
  it.each([
    ['2025-Q1', 'quarter', 1, 'Quý I/2025', '2024-12-15', '2025-03-14'],
    ['2025-Q2', 'quarter', 2, 'Quý II/2025', '2025-03-15', '2025-06-14'],
    ['2025-Q3', 'quarter', 3, 'Quý III/2025', '2025-06-15', '2025-09-14'],
    ['2025-Q4', 'quarter', 4, 'Quý IV/2025', '2025-09-15', '2025-12-14'],
    ['2025-H1', 'half', null, '6 tháng đầu năm 2025', '2024-12-15', '2025-06-14'],
    ['2025-9M', 'nine_months', null, '9 tháng đầu năm 2025', '2024-12-15', '2025-09-14'],
    ['2025', 'year', null, 'Năm 2025', '2024-12-15', '2025-12-14'],
    ['2024-Q4', 'quarter', 4, 'Quý IV/2024', '2024-09-15', '2024-12-14'],
    ['2000-Q1', 'quarter', 1, 'Quý I/2000', '1999-12-15', '2000-03-14'],
    ['2100', 'year', null, 'Năm 2100', '2099-12-15', '2100-12-14'],
  ])('%s', (key, kind, quarter, label, from, to) => {
    const year = Number(key.slice(0, 4));
    expect(parsePeriod(key)).toEqual({ key, kind, year, quarter, label, from, to });
  });

  it.each([
    '2025-Q5',
    '2025-Q0',
    '2025-H2',
    '2025-q1',
    '2025-6M',
    ' 2025',
    '2025 ',
    '25',
    '1999',
    '1999-Q4',
    '2101',
    '2025-',
    '2025Q1',
    '2025-Q1-',
    '',
    'Quý I/2025',
  ])('%j -> null', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });
});

describe('period keys', () => {
  it('lists all periods of a year in natural order', () => {
    expect(periodKeys(2025)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-H1',
      '2025-Q3',
      '2025-9M',
      '2025-Q4',
      '2025',
    ]);
  });

  it('lists the quarters', () => {
    expect(quarterKeys(2025)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('every key parses back to itself', () => {
    for (const key of periodKeys(2031)) expect(parsePeriod(key)?.key).toBe(key);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2024-12-14', '2024-Q4'],
    ['2024-12-15', '2025-Q1'],
    ['2024-12-20', '2025-Q1'],
    ['2024-12-31', '2025-Q1'],
    ['2025-01-01', '2025-Q1'],
    ['2025-03-14', '2025-Q1'],
    ['2025-03-15', '2025-Q2'],
    ['2025-06-14', '2025-Q2'],
    ['2025-06-15', '2025-Q3'],
    ['2025-09-14', '2025-Q3'],
    ['2025-09-15', '2025-Q4'],
    ['2025-12-14', '2025-Q4'],
    ['2025-12-15', '2026-Q1'],
  ])('%s is in %s', (date, key) => {
    const q = quarterOf(date);
    expect(q.key).toBe(key);
    expect(q.from <= date && date <= q.to).toBe(true);
  });

  it('labels the quarter across the year boundary', () => {
    expect(quarterOf('2024-12-20').label).toBe('Quý I/2025');
  });

  it('rejects invalid dates', () => {
    expect(() => quarterOf('2025-02-30')).toThrow(RangeError);
  });
});

describe('currentReportingPeriods', () => {
  it.each([
    ['2024-12-15', ['2025-Q1', '2025-H1', '2025-9M', '2025']],
    ['2025-03-14', ['2025-Q1', '2025-H1', '2025-9M', '2025']],
    ['2025-03-15', ['2025-Q2', '2025-H1', '2025-9M', '2025']],
    ['2025-06-14', ['2025-Q2', '2025-H1', '2025-9M', '2025']],
    ['2025-06-15', ['2025-Q3', '2025-9M', '2025']],
    ['2025-09-15', ['2025-Q4', '2025']],
    ['2025-12-14', ['2025-Q4', '2025']],
    ['2025-12-15', ['2026-Q1', '2026-H1', '2026-9M', '2026']],
  ])('%s -> %j', (date, keys) => {
    const periods = currentReportingPeriods(date);
    expect(periods.map((p) => p.key)).toEqual(keys);
    for (const p of periods) expect(p.from <= date && date <= p.to).toBe(true);
  });
});

describe('periodsEndingBy', () => {
  it.each([
    ['2025-03-13', []],
    ['2025-03-14', ['2025-Q1']],
    ['2025-09-30', ['2025-Q1', '2025-Q2', '2025-Q3']],
    ['2025-12-14', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']],
    ['2027-01-01', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']],
    ['2024-12-31', []],
  ])('2025 by %s -> %j', (date, keys) => {
    expect(periodsEndingBy(2025, date).map((p) => p.key)).toEqual(keys);
  });
});
