// The meeting and indicator services on a real file, through their public functions: meetings with
// their conclusions, a conclusion turned into a task, indicators with targets, each change audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archiveIndicator,
  createIndicator,
  getIndicator,
  listIndicators,
  setTarget,
  updateIndicator,
} from '../../../main/services/indicators';
import {
  archiveConclusion,
  conclusionToTask,
  createConclusion,
  createMeeting,
  getMeeting,
  listMeetings,
  updateMeeting,
} from '../../../main/services/meetings';
import { search } from '../../../main/services/search';
import { getTask } from '../../../main/services/tasks';
import { conclusionCreate, indicatorCreate, meetingCreate } from '../../../shared/api/schemas';
import { addAgency, addPlan } from '../../helpers/records';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let planId: string;
let agencyId: string;
beforeEach(async () => {
  store = await openTestStore();
  planId = addPlan(store.ctx, '45/KH-UBND', 'Kế hoạch 2025');
  agencyId = addAgency(store.ctx, 'SKHCN', 'Sở Khoa học và Công nghệ', 'SKHCN');
});
afterEach(() => store.close());

const actions = (entity: string, id: string) =>
  (
    store.ctx
      .prepare('SELECT action FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq')
      .all(entity, id) as { action: string }[]
  ).map((r) => r.action);

describe('meetings service', () => {
  it('creates a meeting, lists it, patches it and keeps its conclusions', () => {
    const m = createMeeting(
      store.ctx,
      meetingCreate.parse({ number: 3, heldOn: '2025-06-10', title: 'Phiên họp quý II' }),
    );
    expect(listMeetings(store.ctx, false).map((x) => x.number)).toEqual([3]);
    expect(updateMeeting(store.ctx, m.id, { chair: 'Chủ tịch UBND tỉnh' }).chair).toBe('Chủ tịch UBND tỉnh');
    expect(actions('meeting', m.id)).toEqual(['create', 'update']);

    const c = createConclusion(
      store.ctx,
      conclusionCreate.parse({
        meetingId: m.id,
        text: 'Hoàn thành nền tảng dữ liệu dùng chung',
        agencyId,
        dueDate: '2025-09-30',
      }),
    );
    expect(getMeeting(store.ctx, m.id).conclusions.map((x) => x.id)).toEqual([c.id]);
    expect(search(store.ctx, 'nen tang du lieu', 10).map((h) => h.entity)).toEqual(['conclusion']);
    archiveConclusion(store.ctx, c.id);
    expect(getMeeting(store.ctx, m.id).conclusions).toEqual([]);
  });

  it('turns a conclusion into a task of a plan, with its agency and due date', () => {
    const m = createMeeting(store.ctx, meetingCreate.parse({ number: 1, heldOn: '2025-03-01' }));
    const c = createConclusion(
      store.ctx,
      conclusionCreate.parse({ meetingId: m.id, text: 'Triển khai ký số', agencyId, dueDate: '2025-12-31' }),
    );
    const task = conclusionToTask(store.ctx, { conclusionId: c.id, planId, code: 'KL.1' });
    expect(getTask(store.ctx, task.id)).toMatchObject({
      planId,
      code: 'KL.1',
      title: 'Triển khai ký số',
      leadAgencyId: agencyId,
      dueDate: '2025-12-31',
    });
  });
});

describe('indicators service', () => {
  it('creates, patches, sets a yearly target (replacing it) and archives, each audited', () => {
    const i = createIndicator(
      store.ctx,
      indicatorCreate.parse({
        planId,
        code: 'CT.01',
        name: 'Tỷ lệ hồ sơ trực tuyến',
        unit: '%',
        leadAgencyId: agencyId,
      }),
    );
    expect(
      listIndicators(store.ctx, { planId, pillarId: null, leadAgencyId: null, q: '', at: null }).map(
        (r) => r.code,
      ),
    ).toEqual(['CT.01']);
    expect(updateIndicator(store.ctx, i.id, { unit: 'phần trăm' }).unit).toBe('phần trăm');
    setTarget(store.ctx, { indicatorId: i.id, year: 2025, baseline: 40, target: 60 });
    setTarget(store.ctx, { indicatorId: i.id, year: 2025, baseline: 40, target: 70 });
    expect(
      store.ctx
        .prepare('SELECT year, baseline, target FROM indicator_target WHERE indicator_id = ?')
        .all(i.id),
    ).toEqual([{ year: 2025, baseline: 40, target: 70 }]);
    archiveIndicator(store.ctx, i.id);
    expect(getIndicator(store.ctx, i.id).archivedAt).not.toBeNull();
    expect(actions('indicator', i.id)).toEqual(['create', 'update', 'set', 'set', 'archive']);
  });

  it('refuses a target for an indicator that does not exist', () => {
    expect(() =>
      setTarget(store.ctx, {
        indicatorId: '99999999-9999-4999-8999-999999999999',
        year: 2025,
        baseline: null,
        target: 1,
      }),
    ).toThrow(/chỉ tiêu/);
  });
});
