// The whole-plan list in ascending code order walks the code-key index (main/services/taskCodeOrder.ts)
// instead of sorting the plan: its pages must be exactly the general query's, with two plans in the file,
// archived tasks, codes whose natural order differs from their text order, and every offset; a refused
// task leaves no key behind (its keys are written before its row).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../shared/api/contract';
import { TASK_SITUATIONS } from '../../../shared/rules/taskSituation';
import { wholeTaskList } from '../../../main/services/taskListFilter';
import { addPlan, taskFields } from '../../helpers/records';
import { inTransaction } from '../../../main/services/context';
import {
  archiveTask,
  codeOrderWalk,
  createTask,
  listQueries,
  listTasks,
  WALK_MIN_MATCHES,
} from '../../../main/services/tasks';
import { column } from '../../../main/db/sql';
import { codeOrderPageSql } from '../../../main/services/taskCodeOrder';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
});
afterEach(() => store.close());

const plan = (code: string) => addPlan(store.ctx, code);

const task = (planId: string, code: string, title = `Nhiệm vụ ${code}`) =>
  createTask(store.ctx, taskFields(planId, code, { title }));

const filter = (
  planId: string,
  over: Partial<ParsedInput<'tasks.list'>> = {},
): ParsedInput<'tasks.list'> => ({ ...wholeTaskList(planId, '2025-11-20'), limit: 200, ...over });

describe('the code-ordered page from the key index', () => {
  it('equals the general query on every page, with another plan and archived tasks in the file', () => {
    const a = plan('A/KH');
    const b = plan('B/KH');
    const codes = ['1.10', '1.9', '1.2a', '1.2', '2.1', '10.1', 'II.3', 'ii.4', '1.1.1', '3'];
    for (const code of codes) task(a, code);
    for (const code of codes) task(b, code);
    archiveTask(store.ctx, task(a, '1.5').id);
    for (const offset of [0, 1, 3, 9, 11]) {
      for (const limit of [1, 4, 200]) {
        const fast = listTasks(store.ctx, filter(a, { offset, limit }));
        // Every situation named: the same rows, but the general query (the filter is not the whole plan).
        const general = listTasks(store.ctx, filter(a, { offset, limit, situations: [...TASK_SITUATIONS] }));
        expect(fast).toEqual(general);
      }
    }
    expect(listTasks(store.ctx, filter(a)).rows.map((r) => r.code)).toEqual([
      '1.1.1',
      '1.2',
      '1.2a',
      '1.9',
      '1.10',
      '2.1',
      '3',
      '10.1',
      'II.3',
      'ii.4',
    ]);
  });

  it('walks the index in order and stops after the page: no sort of the plan', () => {
    store.ctx.db.exec('ANALYZE');
    const page = codeOrderPageSql({ planId: 'x', limit: 200, offset: 0 });
    const plan = (
      store.ctx.db.prepare(`EXPLAIN QUERY PLAN ${page.text}`).all(...page.params) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan[0]).toMatch(/SCAN k USING COVERING INDEX task_sort_key_code/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('leaves no key behind for a task refused for its duplicate code', () => {
    const a = plan('A/KH');
    task(a, '1.1');
    const before = store.ctx.db.prepare('SELECT COUNT(*) FROM task_sort_key').pluck().get();
    expect(() => task(a, '1.1')).toThrow();
    expect(store.ctx.db.prepare('SELECT COUNT(*) FROM task_sort_key').pluck().get()).toBe(before);
  });

  it('walks the index for a text filter of many matches: the same pages as sorting every match', () => {
    const a = plan('A/KH');
    const b = plan('B/KH');
    // Two tasks in three match "chuyen doi so", their codes out of text order; the other plan matches too.
    const n = Math.ceil((WALK_MIN_MATCHES * 3) / 2) + 60;
    const archived: string[] = [];
    inTransaction(store.ctx, () => {
      for (let i = 0; i < n; i++) {
        const title = i % 3 === 2 ? `Nâng cấp hạ tầng ${i}` : `Chuyển đổi số lĩnh vực ${i}`;
        const t = task(a, `${i % 7}.${i}`, title);
        if (i % 50 === 0) archived.push(t.id);
        if (i % 10 === 0) task(b, `${i}`, title);
      }
    });
    for (const id of archived) archiveTask(store.ctx, id);
    const q = 'chuyen doi so';
    const total = listTasks(store.ctx, filter(a, { q, limit: 1 })).total;
    expect(total).toBeGreaterThanOrEqual(WALK_MIN_MATCHES);
    for (const [offset, limit] of [
      [0, 200],
      [37, 200],
      [200, 50],
      [total - 5, 200],
    ] as const) {
      const f = filter(a, { q, offset, limit });
      // The first pages walk the index; a page past the first quarter of the matches sorts them.
      expect(codeOrderWalk(f, total)?.ids !== undefined).toBe(4 * (offset + limit) <= total);
      const sorted = column<number>(store.ctx, listQueries(store.ctx, f).page);
      const fast = listTasks(store.ctx, f);
      expect(fast.total).toBe(total);
      expect(fast.rows.map((r) => r.id)).toEqual(
        listTasks(store.ctx, filter(a, { q, offset, limit, situations: [...TASK_SITUATIONS] })).rows.map(
          (r) => r.id,
        ),
      );
      expect(fast.rows.length).toBe(sorted.length);
    }
    // A rare word's few matches are sorted, not walked to.
    expect(codeOrderWalk(filter(a, { q: 'ha tang' }), 40)).toBeNull();
  });

  it('tests the matches on the walk before reading a task, with no sort', () => {
    store.ctx.db.exec('ANALYZE');
    const walk = codeOrderWalk(filter('x', { q: 'chuyen doi so' }), 100_000)!;
    const page = codeOrderPageSql(walk);
    const plan = (
      store.ctx.db.prepare(`EXPLAIN QUERY PLAN ${page.text}`).all(...page.params) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan[0]).toMatch(/SCAN k USING COVERING INDEX task_sort_key_code/);
    expect(plan.join('\n')).toMatch(/LIST SUBQUERY/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
