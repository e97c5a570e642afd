// "(Chưa phân loại)" and "(Chưa giao cơ quan)" are values of the task list's filters: tasks.list takes
// 'none' for pillarId and leadAgencyId and lists exactly the tasks without one, as the dashboard's
// "no pillar" / "no agency" group counts them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../helpers/store';
import { caller, type Caller } from '../changes/helpers';

let store: TestStore;
let api: Caller;
let planId: string;

beforeEach(async () => {
  store = await openTestStore('2026-12-01T02:00:00.000Z');
  api = caller(store);
  planId = (
    await api.call('plans.create', { code: 'KH01', title: 'Kế hoạch 2026', yearFrom: 2026, yearTo: 2026 })
  ).id;
  const agency = (await api.call('agencies.create', { code: 'SYT', name: 'Sở Y tế', kind: 'so_ban_nganh' }))
    .id;
  const pillar = (await api.call('pillars.create', { code: 'CQS', name: 'Chính quyền số', group: 'tru_cot' }))
    .id;
  const task = (code: string, over: Record<string, unknown>) =>
    api.call('tasks.create', { planId, code, title: `Nhiệm vụ ${code}`, ...over });
  await task('1', { pillarId: pillar, leadAgencyId: agency });
  await task('2', { pillarId: pillar });
  await task('3', { leadAgencyId: agency });
  await task('4', {});
});
afterEach(() => store.close());

const codes = async (filter: { pillarId?: string; leadAgencyId?: string }) =>
  (await api.call('tasks.list', { planId, ...filter })).rows.map((r) => r.code);

describe('tasks.list with "none"', () => {
  it('lists the tasks without a pillar', async () => {
    expect(await codes({ pillarId: 'none' })).toEqual(['3', '4']);
  });

  it('lists the tasks without a lead agency', async () => {
    expect(await codes({ leadAgencyId: 'none' })).toEqual(['2', '4']);
  });

  it('combines both', async () => {
    expect(await codes({ pillarId: 'none', leadAgencyId: 'none' })).toEqual(['4']);
  });

  it('matches the dashboard’s "no pillar" and "no agency" groups', async () => {
    const d = await api.call('dashboard.get', { planId });
    expect(d.byPillar.find((g) => g.id === null)?.total).toBe(2);
    expect(d.byAgency.find((g) => g.id === null)?.total).toBe(2);
  });

  it('refuses any other word, saying what the filter takes', async () => {
    expect(await api.refusal('tasks.list', { planId, pillarId: 'khong' })).toContain(
      'Bộ lọc phải là một mã định danh hoặc "none"',
    );
  });
});
