// Search on a real file: Vietnamese text found without its marks (đ too, which unicode61 does not fold),
// every kind of record indexed by its service, the limit, and records gone from the index when removed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConclusion, createMeeting } from '../../../main/services/meetings';
import { createPlan } from '../../../main/services/plans';
import { inTransaction } from '../../../main/services/context';
import {
  indexForSearch,
  matchingIds,
  matchingIdsSql,
  RANK_CANDIDATES,
  removeFromSearch,
  search,
} from '../../../main/services/search';
import { conclusionCreate, meetingCreate } from '../../../shared/api/schemas';
import { addAgency } from '../../helpers/records';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let planId: string;
let agencyId: string;
beforeEach(async () => {
  store = await openTestStore();
  planId = createPlan(store.ctx, {
    code: '45/KH-UBND',
    title: 'Kế hoạch chuyển đổi số tỉnh Lâm Đồng',
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: null,
    issuedBy: 'Ủy ban nhân dân tỉnh',
    basis: '',
    state: 'dang_thuc_hien',
  }).id;
  agencyId = addAgency(store.ctx, 'STTTT', 'Sở Thông tin và Truyền thông Đắk Nông', 'STTTT');
});
afterEach(() => store.close());

const kindsOf = (text: string) => search(store.ctx, text, 50).map((h) => `${h.entity}:${h.title}`);

describe('search service', () => {
  it('finds Vietnamese words typed without marks, đ as d, and with marks', () => {
    for (const typed of ['lam dong', 'LÂM ĐỒNG', 'Lâm Đồng', 'chuyen doi so'])
      expect(kindsOf(typed), typed).toContain('plan:Kế hoạch chuyển đổi số tỉnh Lâm Đồng');
    expect(kindsOf('dak nong')).toEqual(['agency:Sở Thông tin và Truyền thông Đắk Nông']);
    expect(kindsOf('đắk')).toEqual(['agency:Sở Thông tin và Truyền thông Đắk Nông']);
    // A word that is in neither record finds nothing.
    expect(search(store.ctx, 'hà nội', 50)).toEqual([]);
  });

  it('tells the kinds apart and finds a record by its code and secondary text', () => {
    expect(search(store.ctx, '45/KH', 50).map((h) => [h.entity, h.id])).toEqual([['plan', planId]]);
    expect(search(store.ctx, 'uy ban nhan dan', 50).map((h) => h.entity)).toEqual(['plan']);
    expect(matchingIds(store.ctx, 'agency', 'truyen thong')).toEqual(new Set([agencyId]));
    expect(matchingIds(store.ctx, 'plan', 'truyen thong')).toEqual(new Set());
    // No words at all: no filter, rather than an empty one.
    expect(matchingIds(store.ctx, 'plan', '  -- ')).toBeNull();
  });

  it('returns at most `limit` hits', () => {
    for (let i = 1; i <= 5; i++) addAgency(store.ctx, `PHONG${i}`, `Phòng Văn hóa số ${i}`, `P${i}`);
    expect(search(store.ctx, 'van hoa', 50)).toHaveLength(5);
    expect(search(store.ctx, 'van hoa', 3)).toHaveLength(3);
  });

  it('forgets a removed record', () => {
    removeFromSearch(store.ctx, 'agency', agencyId);
    expect(search(store.ctx, 'dak nong', 50)).toEqual([]);
    expect(matchingIds(store.ctx, 'agency', 'dak nong')).toEqual(new Set());
  });

  it('ranks the best match first, among at most RANK_CANDIDATES matches in the order first indexed', () => {
    // Ranking every match cost in proportion to all records holding a common word (issue 10): the rank
    // is computed for the first RANK_CANDIDATES matches only. Below that bound the ranking is exact: the
    // short record ranks before the long ones indexed earlier.
    const long = (i: number) => `Đường giao thông nông thôn xã số ${i} huyện Lâm Hà giai đoạn hai`;
    inTransaction(store.ctx, () => {
      for (let i = 0; i < 10; i++) indexForSearch(store.ctx, 'task', `t${i}`, long(i), `${i}`, []);
      indexForSearch(store.ctx, 'task', 'short', 'Đường', 'X', []);
    });
    expect(search(store.ctx, 'duong', 1).map((h) => h.id)).toEqual(['short']);
    // Beyond the bound, the same short record indexed after RANK_CANDIDATES others is not ranked.
    inTransaction(store.ctx, () => {
      for (let i = 10; i < RANK_CANDIDATES + 10; i++)
        indexForSearch(store.ctx, 'task', `t${i}`, long(i), `${i}`, []);
      indexForSearch(store.ctx, 'task', 'short', 'Đường', 'X', []);
      indexForSearch(store.ctx, 'task', 'late', 'Đường', 'Y', []);
    });
    const hits = search(store.ctx, 'duong', 5).map((h) => h.id);
    expect(hits).toHaveLength(5);
    expect(hits[0]).toBe('short'); // its search row keeps its first rowid when re-indexed
    expect(hits).not.toContain('late');
  });

  it('names the meeting of a conclusion, where the search dialog opens it', () => {
    const meeting = createMeeting(store.ctx, meetingCreate.parse({ number: 2, heldOn: '2025-04-01' }));
    const c = createConclusion(
      store.ctx,
      conclusionCreate.parse({ meetingId: meeting.id, text: 'Nâng cấp đường truyền số liệu chuyên dùng' }),
    );
    const hits = search(store.ctx, 'duong truyen', 10);
    expect(hits).toEqual([
      { entity: 'conclusion', id: c.id, title: c.text, snippet: '', meetingId: meeting.id },
    ]);
    // Other kinds carry no meeting.
    expect(search(store.ctx, 'dak nong', 10)[0]).not.toHaveProperty('meetingId');
  });

  it("reads a list filter's matches' kind and id from search_key by rowid, after the FTS match", () => {
    const ids = matchingIdsSql('task', '"chuyen"* "doi"*');
    const plan = (
      store.ctx.db.prepare(`EXPLAIN QUERY PLAN ${ids.text}`).all(...ids.params) as { detail: string }[]
    ).map((r) => r.detail);
    // The FTS table is scanned by its MATCH (index 0:M…), then each hit's key row looked up by rowid: no
    // read of the FTS table's stored columns, no walk of every task key probing the index.
    expect(plan[0]).toMatch(/^SCAN s VIRTUAL TABLE INDEX 0:M/);
    expect(plan[1]).toMatch(/^SEARCH k USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(ids.text).not.toMatch(/\bs\.(entity|entity_id|title|subtitle)\b/);
  });
});
