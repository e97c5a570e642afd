// The plausibility rule (shared/rules/plausibility.ts): warnings a person confirms, as a table.
import { describe, expect, it } from 'vitest';
import {
  describeWarning,
  nextPeriodKey,
  parseWarnings,
  plausibilityWarnings,
  previousPeriodKey,
  type PlausibilityInput,
  type PlausibilityWarning,
} from '../../../shared/rules/plausibility';

const TODAY = '2025-10-20';
const base: PlausibilityInput = { value: 50, unit: '%', period: '2025-Q3', previous: null };

describe('plausibilityWarnings', () => {
  it.each<[string, Partial<PlausibilityInput>, PlausibilityWarning['code'][]]>([
    ['a plain percentage', {}, []],
    ['0 % and 100 % are fine', { value: 100 }, []],
    ['above 100 %', { value: 1234.5 }, ['percent_range']],
    ['below 0 %', { value: -1 }, ['percent_range']],
    ['a unit other than % has no range', { unit: 'hồ sơ', value: 1234.5 }, []],
    ['" % " counts as %', { unit: ' % ', value: 101 }, ['percent_range']],
    ['"%/năm" is not %', { unit: '%/năm', value: 101 }, []],
    ['ten times the previous is still fine', { unit: 'hồ sơ', value: 100, previous: 10 }, []],
    ['more than ten times', { unit: 'hồ sơ', value: 101, previous: 10 }, ['jump']],
    ['a tenth of the previous is still fine', { unit: 'hồ sơ', value: 1, previous: 10 }, []],
    ['less than a tenth', { unit: 'hồ sơ', value: 0.99, previous: 10 }, ['jump']],
    ['0 after a value is less than a tenth', { unit: 'hồ sơ', value: 0, previous: 10 }, ['jump']],
    ['after a previous 0 there is no ratio', { unit: 'hồ sơ', value: 500, previous: 0 }, []],
    ['no previous value', { unit: 'hồ sơ', value: 500, previous: null }, []],
    ['a sign change is less than a tenth', { unit: 'hồ sơ', value: -5, previous: 10 }, ['jump']],
    ['a period not started yet', { period: '2025-Q4', value: 10 }, []],
    ['a period starting after today', { period: '2026-Q1', value: 10 }, ['not_started']],
    ['the running year has started', { period: '2025', value: 10 }, []],
    ['pasted "1.234" is ambiguous', { unit: 'hồ sơ', value: 1234, pasted: '1.234' }, ['ambiguous_separator']],
    [
      'pasted "1,234" is ambiguous',
      { unit: 'hồ sơ', value: 1.234, pasted: '1,234' },
      ['ambiguous_separator'],
    ],
    ['pasted "1.234,5" is not', { unit: 'hồ sơ', value: 1234.5, pasted: '1.234,5' }, []],
    ['pasted "1.234.567" is not', { unit: 'hồ sơ', value: 1234567, pasted: '1.234.567' }, []],
    ['pasted "0,234" is not (no group starts with 0)', { unit: 'hồ sơ', value: 0.234, pasted: '0,234' }, []],
    ['pasted "12,5" is not', { unit: 'hồ sơ', value: 12.5, pasted: '12,5' }, []],
    ['typed "1.234" is Vietnamese, no question', { unit: 'hồ sơ', value: 1234, pasted: null }, []],
    [
      'everything at once',
      { value: 1234, previous: 10, period: '2026-Q1', pasted: '1.234' },
      ['percent_range', 'jump', 'not_started', 'ambiguous_separator'],
    ],
  ])('%s', (_why, over, codes) => {
    expect(plausibilityWarnings({ ...base, ...over }, TODAY).map((w) => w.code)).toEqual(codes);
  });

  it('says each warning in words', () => {
    const [range, jump, notStarted, paste] = plausibilityWarnings(
      { value: 1234, unit: '%', period: '2026-Q1', previous: 10, pasted: '1.234' },
      TODAY,
    );
    expect(describeWarning(range!)).toBe('Tỷ lệ 1.234% nằm ngoài khoảng 0-100%.');
    expect(describeWarning(jump!)).toBe('1.234 lớn hơn 10 lần số liệu Quý IV/2025 (10).');
    expect(describeWarning(notStarted!)).toBe('Quý I/2026 chưa bắt đầu (từ ngày 15/12/2025).');
    expect(describeWarning(paste!)).toBe(
      '"1.234" được đọc là 1.234; nếu bảng tính gốc dùng dấu chấm thập phân kiểu Anh thì là 1,234.',
    );
    const down = plausibilityWarnings({ value: 1, unit: 'x', period: '2025-Q2', previous: 50 }, TODAY)[0]!;
    expect(describeWarning(down)).toBe('1 nhỏ hơn một phần mười số liệu Quý I/2025 (50).');
  });

  it('refuses an invalid reference date rather than guessing', () => {
    expect(() => plausibilityWarnings(base, '2025-13-01')).toThrow(RangeError);
  });
});

describe('previous and next period of the same kind', () => {
  it.each<[string, string | null, string | null]>([
    ['2025-Q1', '2024-Q4', '2025-Q2'],
    ['2025-Q3', '2025-Q2', '2025-Q4'],
    ['2025-Q4', '2025-Q3', '2026-Q1'],
    ['2025-H1', '2024-H1', '2026-H1'],
    ['2025-9M', '2024-9M', '2026-9M'],
    ['2025', '2024', '2026'],
    ['2000-Q1', null, '2000-Q2'],
    ['2100', '2099', null],
  ])('%s: previous %s, next %s', (key, prev, next) => {
    expect(previousPeriodKey(key)).toBe(prev);
    expect(nextPeriodKey(key)).toBe(next);
  });

  it('knows no neighbours of a key that is not a period', () => {
    expect(previousPeriodKey('2025-Q5')).toBeNull();
    expect(nextPeriodKey('abc')).toBeNull();
  });
});

describe('parseWarnings (the stored column)', () => {
  it.each<[string | null, PlausibilityWarning[]]>([
    [null, []],
    ['', []],
    ['not json', []],
    ['{}', []],
    ['[{"code":"percent_range","value":120}]', [{ code: 'percent_range', value: 120 }]],
    [
      '[{"code":"percent_range"},{"code":"unknown"},{"code":"not_started","period":"2026-Q1","from":"2025-12-15"}]',
      [{ code: 'not_started', period: '2026-Q1', from: '2025-12-15' }],
    ],
  ])('%j', (json, expected) => {
    expect(parseWarnings(json)).toEqual(expected);
  });
});
