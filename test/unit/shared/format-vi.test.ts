import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateLine,
  formatNumber,
  formatFixed,
  parseViDate,
  parseViNumber,
  readViNumber,
} from '../../../shared/format/vi';

describe('formatNumber', () => {
  it.each<[number, number | undefined, string]>([
    [1234.5, undefined, '1.234,5'],
    [1234567.891, undefined, '1.234.567,89'],
    [0, undefined, '0'],
    [0.5, undefined, '0,5'],
    [12, undefined, '12'],
    [1234, undefined, '1.234'],
    [-1234.5, undefined, '-1.234,5'],
    [-0, undefined, '0'],
    [-0.001, undefined, '0'],
    [1.23456, 4, '1,2346'],
    [1.5, 0, '2'],
    [Number.NaN, undefined, '—'],
    [Number.POSITIVE_INFINITY, undefined, '—'],
  ])('formatNumber(%d, %s) = %s', (n, digits, expected) => {
    expect(formatNumber(n, digits)).toBe(expected);
  });

  it('uses the ASCII hyphen-minus', () => {
    expect(formatNumber(-5).charCodeAt(0)).toBe(0x2d);
  });

  it('writes whole numbers exactly as Intl vi-VN does (they are grouped without it)', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const wholes = [1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 12_345, 999_999, 1_000_000, 123_456_789];
    const samples = [...wholes, ...wholes.map((n) => -n), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (const n of samples) expect(formatNumber(n)).toBe(intl.format(n).replace(/\u2212/g, '-'));
  });
});

describe('formatFixed', () => {
  it.each<[number, number, string]>([
    [81.5, 1, '81,5'],
    [0.5, 2, '0,50'],
    [1234, 0, '1.234'],
    [-0.04, 1, '0,0'],
  ])('formatFixed(%s, %s) = %s', (n, digits, expected) => {
    expect(formatFixed(n, digits)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each<[string | null, string]>([
    ['2025-03-04', '04/03/2025'],
    ['2025-12-31', '31/12/2025'],
    [null, ''],
    ['2025-02-30', '2025-02-30'],
  ])('formatDate(%s) = %j', (d, expected) => {
    expect(formatDate(d)).toBe(expected);
  });
});

describe('parseViDate', () => {
  it.each<[string, string | null]>([
    ['04/03/2025', '2025-03-04'],
    ['4/3/2025', '2025-03-04'],
    [' 04/03/2025 ', '2025-03-04'],
    ['2025-03-04', '2025-03-04'],
    ['04-03-2025', '2025-03-04'],
    ['04.03.2025', '2025-03-04'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2025', '2025-12-31'],
    ['31/02/2025', null],
    ['29/02/2025', null],
    ['32/01/2025', null],
    ['00/01/2025', null],
    ['15/13/2025', null],
    ['2025-02-31', null],
    ['04/03/25', null],
    ['03/2025', null],
    ['', null],
    ['hôm nay', null],
    ['004/03/2025', null],
  ])('parseViDate(%j) = %s', (s, expected) => {
    expect(parseViDate(s)).toBe(expected);
  });
});

describe('parseViNumber', () => {
  it.each<[string, number | null]>([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1.5', 1.5],
    ['1.25', 1.25],
    ['1.2345', 1.2345],
    ['12345.678', 12345.678],
    ['0.125', 0.125],
    ['0,5', 0.5],
    [',5', 0.5],
    ['12,5%', 12.5],
    ['100%', 100],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['+7', 7],
    ['-0', 0],
    [' 1 234,5 ', 1234.5],
    ['1\u00a0234', 1234],
    ['42', 42],
    ['', null],
    ['   ', null],
    ['-', null],
    ['%', null],
    ['abc', null],
    ['12abc', null],
    ['1,234.5', null],
    ['1.23.456', null],
    ['1..2', null],
    ['1,2,3', null],
    ['1.234,', null],
    ['0.123.456', null],
    ['1e5', null],
    ['Infinity', null],
    ['--5', null],
  ])('parseViNumber(%j) = %s', (s, expected) => {
    expect(parseViNumber(s)).toBe(expected);
  });

  it('round-trips formatNumber', () => {
    for (const n of [0, 1, 12.5, 1234.5, -98765.43, 1234567]) expect(parseViNumber(formatNumber(n))).toBe(n);
  });
});

describe('formatDateLine (Nghị định 30/2020)', () => {
  it.each([
    ['Lâm Đồng', '2025-03-04', 'Lâm Đồng, ngày 04 tháng 3 năm 2025'],
    ['Lâm Đồng', '2025-01-05', 'Lâm Đồng, ngày 05 tháng 01 năm 2025'],
    ['Hà Nội', '2025-02-28', 'Hà Nội, ngày 28 tháng 02 năm 2025'],
    ['Huế', '2025-10-10', 'Huế, ngày 10 tháng 10 năm 2025'],
    ['Đà Nẵng', '2025-12-09', 'Đà Nẵng, ngày 09 tháng 12 năm 2025'],
    ['  Cần Thơ ', '2025-11-30', 'Cần Thơ, ngày 30 tháng 11 năm 2025'],
    ['', '2025-03-04', 'ngày 04 tháng 3 năm 2025'],
  ])('%j, %s', (place, d, expected) => {
    expect(formatDateLine(place, d)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => formatDateLine('Lâm Đồng', '2025-02-30')).toThrow(RangeError);
  });
});

describe('readViNumber: the ambiguity of a pasted separator', () => {
  it.each<[string, number | null, number | null]>([
    ['1.234', 1234, 1.234],
    ['1,234', 1.234, 1234],
    ['-12.345', -12345, -12.345],
    ['123,456', 123.456, 123456],
    ['1.234,5', 1234.5, null],
    ['1.234.567', 1234567, null],
    ['0,234', 0.234, null],
    ['1234.5', 1234.5, null],
    ['12,5', 12.5, null],
    ['1.2345', 1.2345, null],
    ['85,5%', 85.5, null],
    [' 1.234 ', 1234, 1.234],
  ])('%j reads %s, another locale %s', (s, value, other) => {
    const read = readViNumber(s);
    expect(read?.value).toBe(value);
    expect(read?.ambiguous?.other ?? null).toBe(other);
  });

  it('returns null for what is not a number, as parseViNumber does', () => {
    expect(readViNumber('1,234.5')).toBeNull();
    expect(readViNumber('abc')).toBeNull();
  });
});
