// The search dialog's pure parts: where each kind of result opens, the grouping by kind, and the marks
// on the words typed (diacritics and đ ignored, prefixes of words only, long texts cut around the match).
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/api/types';
import { matchParts } from '../../../renderer/components/search/matchText';
import { groupHits, searchTarget } from '../../../renderer/components/search/searchTargets';

const hit = (entity: SearchHit['entity'], id: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  entity,
  id,
  title: id,
  snippet: '',
  ...extra,
});

const marked = (text: string, q: string, around?: number) =>
  matchParts(text, q, around)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('search results', () => {
  it('opens each kind of record in its page', () => {
    expect(searchTarget(hit('task', 't1'))).toEqual({ page: 'tasks', params: { open: 't1' } });
    expect(searchTarget(hit('indicator', 'i1'))).toEqual({ page: 'indicators', params: { id: 'i1' } });
    expect(searchTarget(hit('agency', 'a1'))).toEqual({ page: 'catalog', params: { agency: 'a1' } });
    expect(searchTarget(hit('plan', 'p1'))).toEqual({ page: 'plans', params: { plan: 'p1' } });
    expect(searchTarget(hit('meeting', 'm1'))).toEqual({ page: 'meetings', params: { id: 'm1' } });
    expect(searchTarget(hit('conclusion', 'c1', { meetingId: 'm1' }))).toEqual({
      page: 'meetings',
      params: { id: 'm1', conclusion: 'c1' },
    });
  });

  it('groups hits by kind, daily work first, keeping the rank order inside a group', () => {
    const hits = [hit('agency', 'a1'), hit('task', 't2'), hit('conclusion', 'c1'), hit('task', 't1')];
    expect(groupHits(hits).map((g) => [g.kind, g.hits.map((h) => h.id)])).toEqual([
      ['task', ['t2', 't1']],
      ['conclusion', ['c1']],
      ['agency', ['a1']],
    ]);
    expect(groupHits([])).toEqual([]);
  });

  it('marks the words typed whatever their marks, and only at the start of a word', () => {
    expect(marked('Nâng cấp Đường truyền, đường tỉnh', 'duong')).toEqual(['Đường', 'đường']);
    expect(marked('UBND xã Lạc Dương', 'lac duong')).toEqual(['Lạc', 'Dương']);
    expect(marked('Chuyển đổi số', 'chuy')).toEqual(['Chuy']);
    // "uong" is inside "đường", not the start of a word.
    expect(marked('đường', 'uong')).toEqual([]);
    // The whole text comes back, marked or not.
    expect(
      matchParts('Sở Giao thông', 'giao')
        .map((p) => p.text)
        .join(''),
    ).toBe('Sở Giao thông');
  });

  it('cuts a long text to a window around the first match', () => {
    const text = `${'mở đầu '.repeat(30)}nâng cấp đường truyền${' kết thúc'.repeat(30)}`;
    const parts = matchParts(text, 'duong', 60);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(62);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['đường']);
    // A short text is not cut.
    expect(
      matchParts('đường tỉnh', 'duong', 60)
        .map((p) => p.text)
        .join(''),
    ).toBe('đường tỉnh');
  });
});
