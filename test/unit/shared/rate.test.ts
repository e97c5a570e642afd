// The rate rule of shared/format/rate.ts: never 100% unless all, never 0% unless none; the workbook
// number format of a cell says the same as the text.
import { describe, expect, it } from 'vitest';
import { formatRate, rateDigits, rateNumFmt, shownPercentage } from '../../../shared/format/rate';

describe('formatRate', () => {
  it.each<[string, number | null, string]>([
    ['81% as in the national summaries', 102 / 126, '81%'],
    ['all done', 200 / 200, '100%'],
    ['none done', 0 / 300, '0%'],
    ['199 of 200 is not 100%', 199 / 200, '99,5%'],
    ['1 of 300 is not 0%', 1 / 300, '0,3%'],
    ['999 of 1.000 keeps one decimal', 999 / 1000, '99,9%'],
    ['1 of 3.000 needs two decimals', 1 / 3000, '0,03%'],
    ['1.999 of 2.000 needs two decimals', 1999 / 2000, '99,95%'],
    ['1 of 1.000.000', 1 / 1_000_000, '0,0001%'],
    ['1 of 100.000.000 still does not read 0%', 1 / 100_000_000, '0,000001%'],
    ['half-way rounds away from zero like Excel (14,5 -> 15)', 0.145, '15%'],
    ['99,4% stays a whole number', 0.994, '99%'],
    ['0,6% rounds to 1%', 0.006, '1%'],
    ['an indicator at 137% of its target', 1.37, '137%'],
    ['13,7 times the target, thousands grouped', 13.7, '1.370%'],
    ['nothing to count', null, '—'],
    ['not a number', Number.NaN, '—'],
  ])('%s: %s -> %s', (_why, fraction, expected) => {
    expect(formatRate(fraction)).toBe(expected);
  });
});

describe('rateNumFmt: the cell shows what formatRate says', () => {
  it.each<[number | null, string]>([
    [102 / 126, '0%'],
    [1, '0%'],
    [0, '0%'],
    [199 / 200, '0.0%'],
    [1 / 300, '0.0%'],
    [1 / 3000, '0.00%'],
    [1999 / 2000, '0.00%'],
    [1.37, '0%'],
    [null, '0%'],
  ])('%s -> %s', (fraction, numFmt) => {
    expect(rateNumFmt(fraction)).toBe(numFmt);
  });

  it('uses as many decimals as the text, for every k of n up to 400', () => {
    for (let n = 1; n <= 400; n++)
      for (let k = 0; k <= n; k++) {
        const f = k / n;
        const text = formatRate(f);
        const decimals = /,(\d+)%$/.exec(text)?.[1]?.length ?? 0;
        expect(rateDigits(f)).toBe(decimals);
        expect(rateNumFmt(f)).toBe(decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`);
        // The rule itself: whole only when all, nothing only when none.
        if (k < n) expect(shownPercentage(f)).toBeLessThan(100);
        if (k > 0) expect(shownPercentage(f)).toBeGreaterThan(0);
      }
  });
});
