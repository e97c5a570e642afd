// The plan and pillar services on a real file: create, patch only what changed (one audit row each),
// refusals that write nothing, archive, and the seeded pillars.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, fieldProblems } from '../../../main/errors';
import {
  archivePillar,
  createPillar,
  DEFAULT_PILLARS,
  listPillars,
  seedPillars,
  updatePillar,
} from '../../../main/services/pillars';
import {
  archivePlan,
  createPlan,
  defaultPlan,
  getPlan,
  listPlans,
  updatePlan,
} from '../../../main/services/plans';
import { search } from '../../../main/services/search';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const audits = (entity: string, id: string) =>
  (
    store.ctx
      .prepare('SELECT action FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq')
      .all(entity, id) as { action: string }[]
  ).map((r) => r.action);

const planInput = {
  code: '45/KH-UBND',
  title: 'Kế hoạch chuyển đổi số năm 2025',
  yearFrom: 2025,
  yearTo: 2026,
  issuedOn: '2025-02-10',
  issuedBy: null,
  basis: '',
  state: 'dang_thuc_hien' as const,
};

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('plans service', () => {
  it('creates, patches only changed fields and archives, each with its audit row', () => {
    const plan = createPlan(store.ctx, planInput);
    expect(getPlan(store.ctx, plan.id)).toMatchObject({ code: '45/KH-UBND', yearTo: 2026, archivedAt: null });
    expect(defaultPlan(store.ctx)?.id).toBe(plan.id);

    expect(updatePlan(store.ctx, plan.id, { title: 'Kế hoạch CĐS 2025' }).title).toBe('Kế hoạch CĐS 2025');
    updatePlan(store.ctx, plan.id, { title: 'Kế hoạch CĐS 2025' }); // unchanged: nothing recorded
    expect(audits('plan', plan.id)).toEqual(['create', 'update']);

    archivePlan(store.ctx, plan.id);
    expect(listPlans(store.ctx, false)).toEqual([]);
    expect(listPlans(store.ctx, true).map((p) => p.id)).toEqual([plan.id]);
    expect(search(store.ctx, 'CĐS', 10)).toEqual([]);
    expect(audits('plan', plan.id)).toEqual(['create', 'update', 'archive']);
  });

  it('refuses an end year before the start year, naming the field, and writes nothing', () => {
    const plan = createPlan(store.ctx, planInput);
    const error = thrown(() => updatePlan(store.ctx, plan.id, { yearTo: 2024, title: 'Đổi tên' }));
    expect(error.code).toBe('DU_LIEU_KHONG_HOP_LE');
    expect(fieldProblems(error)).toEqual([
      {
        path: 'yearTo',
        message: 'Năm kết thúc phải từ năm bắt đầu trở đi.',
        key: 'NAM_KET_THUC_TRUOC',
        params: {},
      },
    ]);
    expect(getPlan(store.ctx, plan.id)).toMatchObject({ yearTo: 2026, title: planInput.title });
    expect(audits('plan', plan.id)).toEqual(['create']);
  });
});

describe('pillars service', () => {
  it('seeds the nine default pillars once, in order', () => {
    seedPillars(store.ctx);
    seedPillars(store.ctx);
    const listed = listPillars(store.ctx, false);
    expect(listed.map((p) => p.code)).toEqual(DEFAULT_PILLARS.map((p) => p.code));
  });

  it('keeps codes unique among live pillars ignoring case; an archived pillar frees its code', () => {
    const a = createPillar(store.ctx, {
      code: 'CQS',
      name: 'Chính quyền số',
      group: 'tru_cot',
      sortOrder: 1,
    });
    const error = thrown(() =>
      createPillar(store.ctx, { code: 'cqs', name: 'Khác', group: 'tru_cot', sortOrder: 2 }),
    );
    expect(error.message).toMatch(/Mã cqs đã có \(trụ cột «Chính quyền số»\)/);
    expect(fieldProblems(error)?.[0]?.path).toBe('code');
    expect(listPillars(store.ctx, true)).toHaveLength(1);

    expect(updatePillar(store.ctx, a.id, { name: 'Chính quyền số và dịch vụ công' }).name).toBe(
      'Chính quyền số và dịch vụ công',
    );
    archivePillar(store.ctx, a.id);
    expect(listPillars(store.ctx, false)).toEqual([]);
    expect(createPillar(store.ctx, { code: 'CQS', name: 'Mới', group: 'tru_cot', sortOrder: 1 }).code).toBe(
      'CQS',
    );
    expect(audits('pillar', a.id)).toEqual(['create', 'update', 'archive']);
  });
});
