// Search on a real file: Vietnamese text found without its marks (đ too, which unicode61 does not fold),
// every kind of record indexed by its service, the limit, records gone from the index when archived, and
// the index written after commit (a write's own transaction writes no search row; a search sees every
// write before it; a rolled-back write leaves nothing; a crash before the flush is mended at open).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveAgency } from '../../../main/services/agencies';
import { createConclusion, createMeeting } from '../../../main/services/meetings';
import { createPlan } from '../../../main/services/plans';
import { inTransaction, type ServiceContext } from '../../../main/services/context';
import { createTask, updateTask } from '../../../main/services/tasks';
import { caller } from '../changes/helpers';
import {
  flushSearch,
  matchingIds,
  matchingIdsSql,
  RANK_CANDIDATES,
  search,
  searchIndexDirty,
  searchPending,
} from '../../../main/services/search';
import { AppHost } from '../../../main/app';
import { memorySecretStore } from '../../../main/secrets/store';
import { conclusionCreate, meetingCreate } from '../../../shared/api/schemas';
import { addAgency, taskFields } from '../../helpers/records';
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

  it('forgets an archived record', () => {
    archiveAgency(store.ctx, agencyId);
    expect(search(store.ctx, 'dak nong', 50)).toEqual([]);
    expect(matchingIds(store.ctx, 'agency', 'dak nong')).toEqual(new Set());
  });

  it('ranks the best match first, among at most RANK_CANDIDATES matches in the order first indexed', () => {
    // Ranking every match cost in proportion to all records holding a common word (issue 10): the rank
    // is computed for the first RANK_CANDIDATES matches only. Below that bound the ranking is exact: the
    // short record ranks before the long ones indexed earlier.
    const long = (i: number) => `Đường giao thông nông thôn xã số ${i} huyện Lâm Hà giai đoạn hai`;
    const add = (code: string, title: string) => createTask(store.ctx, task(planId, code, title)).id;
    let short = '';
    inTransaction(store.ctx, () => {
      for (let i = 0; i < 10; i++) add(`T${i}`, long(i));
      short = add('X', 'Đường');
    });
    expect(search(store.ctx, 'duong', 1).map((h) => h.id)).toEqual([short]);
    // Beyond the bound, the same short record indexed after RANK_CANDIDATES others is not ranked.
    let late = '';
    inTransaction(store.ctx, () => {
      for (let i = 10; i < RANK_CANDIDATES + 10; i++) add(`T${i}`, long(i));
      updateTask(store.ctx, short, { title: 'Đường.' });
      late = add('Y', 'Đường');
    });
    const hits = search(store.ctx, 'duong', 5).map((h) => h.id);
    expect(hits).toHaveLength(5);
    expect(hits[0]).toBe(short); // its search row keeps its first rowid when re-indexed
    expect(hits).not.toContain(late);
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
    const ids = matchingIdsSql(store.ctx, 'task', '"chuyen"* "doi"*');
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

const task = (planId: string, code: string, title: string) =>
  taskFields(planId, code, { title, dueDate: '2025-12-31' });

const searchRows = (ctx: ServiceContext) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;

describe('search index written after commit', () => {
  it("writes no search row inside the write's own transaction, and the next search sees the write", () => {
    flushSearch(store.ctx); // the plan and agency of beforeEach
    const before = searchRows(store.ctx);
    let inside = -1;
    inTransaction(store.ctx, () => {
      createTask(store.ctx, task(planId, '9.1', 'Số hóa hồ sơ địa chính'));
      inside = searchRows(store.ctx);
    });
    // This is what keeps a write of 2,000 tasks free of 2,000 FTS5 rows (npm run bench).
    expect(inside).toBe(before);
    expect(searchPending(store.ctx.db)).toBe(true);
    expect(searchIndexDirty(store.ctx)).toBe(true);
    expect(search(store.ctx, 'dia chinh', 5).map((h) => h.title)).toEqual(['Số hóa hồ sơ địa chính']);
    expect(searchPending(store.ctx.db)).toBe(false);
    expect(searchIndexDirty(store.ctx)).toBe(false);
    expect(searchRows(store.ctx)).toBe(before + 1);
  });

  it('follows an edit, an archive and its undo through the router, written once each answer is out', async () => {
    const api = caller(store);
    const afterAnswer = () => new Promise<void>((resolve) => setImmediate(resolve));
    const t = await api.call('tasks.create', task(planId, '9.2', 'Số hóa hồ sơ địa chính'));
    // The router writes the search rows right after the call's answer, before any search asks.
    expect(searchPending(store.ctx.db)).toBe(true);
    await afterAnswer();
    expect(searchPending(store.ctx.db)).toBe(false);
    expect(searchIndexDirty(store.ctx)).toBe(false);
    await api.call('tasks.update', { id: t.id, patch: { title: 'Cơ sở dữ liệu đất đai' } });
    expect(await api.call('search.query', { q: 'dia chinh', limit: 5 })).toEqual([]);
    expect((await api.call('search.query', { q: 'dat dai', limit: 5 })).map((h) => h.id)).toEqual([t.id]);
    const archived = await api.change('tasks.archive', { id: t.id });
    expect(await api.call('search.query', { q: 'dat dai', limit: 5 })).toEqual([]);
    await api.call('changes.undo', { id: archived.changeSet.id });
    expect((await api.call('search.query', { q: 'dat dai', limit: 5 })).map((h) => h.id)).toEqual([t.id]);
  });

  it('leaves the index as it was when the write rolls back', () => {
    expect(() =>
      inTransaction(store.ctx, () => {
        createTask(store.ctx, task(planId, '9.3', 'Trung tâm giám sát điều hành'));
        throw new Error('the person cancelled');
      }),
    ).toThrow('the person cancelled');
    expect(search(store.ctx, 'giam sat', 5)).toEqual([]);
    expect(searchIndexDirty(store.ctx)).toBe(false);
  });

  it('a search inside a write sees it, and a rollback of that write takes its row back out', () => {
    expect(() =>
      inTransaction(store.ctx, () => {
        createTask(store.ctx, task(planId, '9.4', 'Trung tâm giám sát điều hành'));
        expect(search(store.ctx, 'giam sat', 5)).toHaveLength(1);
        throw new Error('the person cancelled');
      }),
    ).toThrow('the person cancelled');
    expect(search(store.ctx, 'giam sat', 5)).toEqual([]);
    const t = createTask(store.ctx, task(planId, '9.5', 'Trung tâm giám sát điều hành'));
    expect(search(store.ctx, 'giam sat', 5).map((h) => h.id)).toEqual([t.id]);
  });

  it('rebuilds at the next search when another connection wrote and did not flush', async () => {
    // Another writer on the same file (a tool, a test's fixtures): its marks are in its own memory, but
    // the dirty flag it set is in the file, so this connection's next search rebuilds and finds it.
    const Database = (await import('better-sqlite3')).default;
    const { createContext } = await import('../../../main/services/context');
    const { registerFunctions } = await import('../../../main/db/functions');
    flushSearch(store.ctx); // the plan and agency of beforeEach
    const other = new Database(store.dbFile);
    registerFunctions(other);
    try {
      const t = createTask(createContext(other), task(planId, '9.7', 'Kho dữ liệu dùng chung'));
      expect(searchPending(store.ctx.db)).toBe(false);
      expect(search(store.ctx, 'kho du lieu', 5).map((h) => h.id)).toEqual([t.id]);
      expect(searchIndexDirty(store.ctx)).toBe(false);
    } finally {
      other.close();
    }
  });

  it('rebuilds the index at open when the process died between a commit and its flush', async () => {
    const t = createTask(store.ctx, task(planId, '9.6', 'Hệ thống họp trực tuyến'));
    // The process dies here: the task is committed, its search row never written. A second host on a
    // copy of the file (this one keeps its lock) stands for the next start.
    expect(searchIndexDirty(store.ctx)).toBe(true);
    const copy = `${store.dbFile}.after-crash.db`;
    await store.ctx.db.backup(copy);
    const next = await AppHost.open({
      dbFile: copy,
      mode: 'browser',
      version: 'test',
      secrets: memorySecretStore(),
    });
    try {
      expect(searchIndexDirty(next.ctx)).toBe(false);
      expect(search(next.ctx, 'hop truc tuyen', 5).map((h) => h.id)).toEqual([t.id]);
      // Every record was indexed again, not only the lost one.
      expect(search(next.ctx, 'lam dong', 5).map((h) => h.entity)).toEqual(['plan']);
      expect(search(next.ctx, 'dak nong', 5).map((h) => h.entity)).toEqual(['agency']);
    } finally {
      next.close();
    }
    flushSearch(store.ctx);
  });
});
