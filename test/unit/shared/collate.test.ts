// The one order of lists (shared/text/collate.ts): natural order for codes, Vietnamese order for names.
import { describe, expect, it } from 'vitest';
import { compareText, sortByText, sortKey } from '../../../shared/text/collate';
import { ORDERED } from '../../helpers/sortTable';

const shuffled = (list: string[]) =>
  [...list].reverse().sort((a, b) => ((a.length * 7) % 5) - ((b.length * 7) % 5));

describe('compareText', () => {
  it('orders the tricky table exactly', () => {
    expect([...shuffled(ORDERED)].sort(compareText)).toEqual(ORDERED);
  });

  it.each<[string, string]>([
    ['1.9', '1.10'],
    ['CQS.2', 'CQS.10'],
    ['UBND xã Đam Rông 1', 'UBND xã Tuy Phong'],
    ['Dak', 'Đam Rông'],
    ['Đam Rông', 'Ea'],
    ['a', 'à'],
    ['à', 'ả'],
    ['ả', 'ã'],
    ['ã', 'á'],
    ['á', 'ạ'],
    ['ạ', 'ă'],
    ['ă', 'â'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['u', 'ư'],
    ['Sở Y', 'Sở Y tế'],
    ['Phường 2', 'Phường 10'],
    ['9', 'a'],
  ])('%j comes before %j', (a, b) => {
    expect(compareText(a, b)).toBeLessThan(0);
    expect(compareText(b, a)).toBeGreaterThan(0);
  });

  it('puts a missing value first, as SQL does', () => {
    expect([null, 'A', '1', null].sort(compareText)).toEqual([null, null, '1', 'A']);
    expect(compareText(undefined, 'A')).toBeLessThan(0);
  });

  it('never ties two different texts, and ties a text with itself', () => {
    for (const a of ORDERED) for (const b of ORDERED) expect(compareText(a, b) === 0).toBe(a === b);
    expect(compareText('  Sở Y tế', 'Sở Y tế')).not.toBe(0);
  });

  it('reads precomposed and decomposed text alike', () => {
    expect(sortKey('Quy\u0300nh')).toBe(sortKey('Quỳnh'));
    expect(sortKey('\u0110\u00e0 La\u0323t')).toBe(sortKey('Đà Lạt'));
  });

  it('agrees with ICU Vietnamese numeric collation on the whole table', () => {
    const icu = new Intl.Collator('vi', { numeric: true });
    expect([...ORDERED].sort(icu.compare)).toEqual(ORDERED);
  });

  it('gives an ASCII key, so SQLite (UTF-8 bytes) and JS (UTF-16 units) compare it alike', () => {
    for (const s of ORDERED) expect([...sortKey(s)].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
  });

  it('sortByText sorts a copy by the text of each item', () => {
    const items = [{ n: 'UBND xã Tuy Phong' }, { n: 'UBND xã Đam Rông 1' }];
    expect(sortByText(items, (i) => i.n).map((i) => i.n)).toEqual([
      'UBND xã Đam Rông 1',
      'UBND xã Tuy Phong',
    ]);
    expect(items[0]!.n).toBe('UBND xã Tuy Phong');
  });

  it('sortByText puts items without a text first, keeps equal texts in their order, and agrees with compareText', () => {
    const items = [
      { n: '1.10', i: 0 },
      { n: null, i: 1 },
      { n: '1.9', i: 2 },
      { n: '1.9', i: 3 },
      { n: undefined, i: 4 },
    ];
    expect(sortByText(items, (x) => x.n).map((x) => x.i)).toEqual([1, 4, 2, 3, 0]);
    const many = shuffled(ORDERED).map((n, i) => ({ n, i }));
    expect(sortByText(many, (x) => x.n).map((x) => x.n)).toEqual([...many.map((x) => x.n)].sort(compareText));
  });
});
