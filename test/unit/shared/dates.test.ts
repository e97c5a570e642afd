import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInYear,
  isValidIsoDate,
  isoDate,
  todayIso,
  yearOf,
} from '../../../shared/dates';

describe('isValidIsoDate', () => {
  it.each([
    ['2025-03-04', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-02-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-4', false],
    ['2025-03-04T00:00:00Z', false],
    [' 2025-03-04', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%j -> %s', (s, expected) => {
    expect(isValidIsoDate(s)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-03-04', 0, '2025-03-04'],
    ['2025-03-04', 7, '2025-03-11'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    // Across the European/US DST switch: calendar arithmetic must not drift by an hour.
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 3, '2025-10-28'],
  ])('%s + %i = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-03-04', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-03-04', '2025-03-04', 0],
    ['2025-03-04', '2025-03-11', 7],
    ['2025-03-11', '2025-03-04', -7],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
  ])('%s -> %s = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('isoDate, yearOf, daysInYear, todayIso', () => {
  it('builds and pads dates', () => {
    expect(isoDate(2025, 3, 4)).toBe('2025-03-04');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });

  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 4, 31],
    [2025, 0, 1],
    [2025.5, 1, 1],
  ])('isoDate(%d, %d, %d) throws', (y, m, d) => {
    expect(() => isoDate(y, m, d)).toThrow(RangeError);
  });

  it('reads the year', () => {
    expect(yearOf('2025-12-31')).toBe(2025);
    expect(() => yearOf('2025')).toThrow(RangeError);
  });

  it.each([
    [2024, 366],
    [2025, 365],
    [2000, 366],
    [2100, 365],
  ])('daysInYear(%i) = %i', (y, n) => {
    expect(daysInYear(y)).toBe(n);
  });

  it('gives the local calendar date of an instant', () => {
    expect(todayIso(new Date(2025, 2, 4, 23, 59))).toBe('2025-03-04');
    expect(todayIso(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});
