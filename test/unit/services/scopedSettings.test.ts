// "today" (setting timeZone), the audit's actor (operatorName) and the due-soon window (dueSoonDays) are
// read once per transaction of ours (changes/scope.ts scopedSetting), not once per row a bulk writes; a
// change of the setting inside the same transaction is still seen by everything after it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../../main/services/audit';
import { inTransaction } from '../../../main/services/context';
import { addPlan, taskFields } from '../../helpers/records';
import { updateSettings } from '../../../main/services/settings';
import { createTask } from '../../../main/services/tasks';
import { cachedStatement } from '../../../main/db/sql';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
// 16:30Z: 23:30 in Hanoi, still the same day in UTC and New York; 18:30Z is the next day in Hanoi only.
beforeEach(async () => {
  store = await openTestStore('2025-11-20T16:30:00.000Z');
});
afterEach(() => store.close());

const planOf = () => addPlan(store.ctx, '45/KH-UBND', 'Kế hoạch chuyển đổi số năm 2025');

const task = (planId: string, code: string, dueDate: string | null) => taskFields(planId, code, { dueDate });

describe('settings read once per transaction', () => {
  it('sees a change of the time zone, the operator and the due-soon window made inside the transaction', () => {
    const ctx = store.ctx;
    const planId = planOf();
    store.clock.set('2025-11-20T18:30:00.000Z');
    const seen = inTransaction(ctx, () => {
      const hanoi = ctx.today();
      // Due 2025-11-30: ten days after the 20th, so "due soon" only once the window is ten days.
      const before = createTask(ctx, task(planId, '1.1', '2025-11-30'));
      updateSettings(ctx, { timeZone: 'America/New_York', operatorName: 'Chị Lan', dueSoonDays: 10 });
      const newYork = ctx.today();
      const after = createTask(ctx, task(planId, '1.2', '2025-11-30'));
      return { hanoi, newYork, before: before.situation, after: after.situation, id: after.id };
    });
    expect(seen).toMatchObject({
      hanoi: '2025-11-21',
      newYork: '2025-11-20',
      before: 'trong_han',
      after: 'sap_den_han',
    });
    expect(listAudit(ctx, { entity: 'task', entityId: seen.id, limit: 1 })[0]!.actor).toBe('Chị Lan');
  });

  it('reads the time zone and the operator once for 50 tasks written in one transaction', () => {
    const ctx = store.ctx;
    const planId = planOf();
    // The statement both settings are read by (context.ts readTimeZone and readOperator).
    const read = cachedStatement(ctx.db, 'SELECT value FROM setting WHERE key = ?');
    const get = vi.spyOn(read, 'get');
    inTransaction(ctx, () => {
      for (let i = 1; i <= 50; i++) createTask(ctx, task(planId, `2.${i}`, '2025-12-31'));
    });
    expect(get.mock.calls.map((call) => call[0]).sort()).toEqual(['operatorName', 'timeZone']);
    // Outside a transaction every call reads again (nothing is kept across calls).
    get.mockClear();
    ctx.today();
    ctx.today();
    expect(get).toHaveBeenCalledTimes(2);
  });
});
