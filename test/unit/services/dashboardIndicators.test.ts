// The dashboard counts the indicators by assessment without building the indicator list's rows
// (indicatorAssessments): its counts must be exactly what the list says of each indicator at D.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Direction } from '../../../shared/domain';
import { summariseAssessments } from '../../../shared/rules/indicatorAssessment';
import { getDashboard } from '../../../main/services/dashboard';
import {
  archiveIndicator,
  createIndicator,
  indicatorAssessments,
  listIndicators,
  setTarget,
  setValues,
} from '../../../main/services/indicators';
import { createPlan } from '../../../main/services/plans';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let planId: string;
let otherPlanId: string;

const plan = (code: string) =>
  createPlan(store.ctx, {
    code,
    title: `Kế hoạch ${code}`,
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: '2025-01-20',
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  }).id;

/** An indicator with (or without) a 2025 target and a Quý II value typed on 1 July. */
function indicator(
  inPlan: string,
  code: string,
  direction: Direction,
  target: { baseline: number | null; target: number } | null,
  q2: number | null,
): string {
  const id = createIndicator(store.ctx, {
    planId: inPlan,
    code,
    name: `Chỉ tiêu ${code}`,
    unit: '%',
    pillarId: null,
    direction,
    leadAgencyId: null,
    definition: '',
  }).id;
  if (target) setTarget(store.ctx, { indicatorId: id, year: 2025, ...target });
  if (q2 !== null) setValues(store.ctx, { values: [{ indicatorId: id, period: '2025-Q2', value: q2 }] });
  return id;
}

beforeEach(async () => {
  store = await openTestStore('2025-07-01T03:00:00.000Z');
  planId = plan('45/KH-UBND');
  otherPlanId = plan('46/KH-UBND');
  indicator(planId, 'CT01', 'increase', { baseline: 0, target: 80 }, 85); // met
  indicator(planId, 'CT02', 'increase', { baseline: 0, target: 100 }, 70); // on track at 30/09 (0.70 against 0.75 - 0.1)
  indicator(planId, 'CT03', 'increase', { baseline: 0, target: 100 }, 10); // needs effort
  indicator(planId, 'CT04', 'decrease', { baseline: 50, target: 20 }, 18); // met, downwards
  indicator(planId, 'CT05', 'decrease', { baseline: null, target: 20 }, 40); // no progress: needs effort
  indicator(planId, 'CT06', 'increase', null, 70); // no target: nothing to assess against
  indicator(planId, 'CT07', 'increase', { baseline: 0, target: 100 }, null); // no value
  archiveIndicator(store.ctx, indicator(planId, 'CT08', 'increase', { baseline: 0, target: 1 }, 5));
  indicator(otherPlanId, 'CT01', 'increase', { baseline: 0, target: 1 }, 5);
  store.clock.set('2025-10-01T03:00:00.000Z');
});
afterEach(() => store.close());

const filter = (at: string) => ({ planId, pillarId: null, leadAgencyId: null, q: '', at });

describe('the dashboard counts indicators as the indicator list assesses them', () => {
  it('counts each assessment of the live indicators of the plan, those without a target as without data', () => {
    expect(getDashboard(store.ctx, { planId, at: '2025-09-30' }).indicators).toEqual({
      da_dat: 2,
      co_kha_nang_dat: 1,
      can_no_luc: 2,
      chua_co_so_lieu: 2,
      total: 7,
    });
  });

  it.each(['2025-06-30', '2025-07-01', '2025-09-30', '2025-12-31'])(
    'agrees with the list, indicator by indicator, at %s (values typed on 1 July)',
    (at) => {
      const list = listIndicators(store.ctx, filter(at));
      expect(indicatorAssessments(store.ctx, filter(at)).sort()).toEqual(
        list.map((i) => i.assessment).sort(),
      );
      expect(getDashboard(store.ctx, { planId, at }).indicators).toEqual(
        summariseAssessments(list.map((i) => i.assessment)),
      );
    },
  );
});
