// The plan selector's label: number and a readable title that a 1366-wide header never cuts.
import { describe, expect, it } from 'vitest';
import { planShortLabel, shortTitle } from '../../../renderer/components/planTitle';

describe('shortTitle', () => {
  it.each([
    [
      'a title that fits stays whole',
      'Chuyển đổi số tỉnh Lâm Đồng năm 2026',
      40,
      'Chuyển đổi số tỉnh Lâm Đồng năm 2026',
    ],
    [
      'a long title keeps its first and last words around …',
      'Chuyển đổi số tỉnh Lâm Đồng giai đoạn 2026-2030, định hướng đến năm 2035',
      40,
      'Chuyển đổi số tỉnh … hướng đến năm 2035',
    ],
    ['spaces are collapsed', '  Kế   hoạch  số  ', 40, 'Kế hoạch số'],
    ['one very long word is cut at the budget', 'abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
  ])('%s', (_what, title, budget, expected) => {
    const short = shortTitle(title, budget);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(budget + 1);
  });
});

describe('planShortLabel', () => {
  it('joins the number and the title without the leading "Kế hoạch"', () => {
    expect(planShortLabel({ code: '45/KH-UBND', title: 'Kế hoạch chuyển đổi số tỉnh năm 2026' })).toBe(
      '45/KH-UBND · Chuyển đổi số tỉnh năm 2026',
    );
  });
  it('shows the number alone when the title is only "Kế hoạch"', () => {
    expect(planShortLabel({ code: '12/KH', title: 'Kế hoạch ' })).toBe('12/KH · Kế hoạch');
  });
});
