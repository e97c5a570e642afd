// createTask builds the task it returns (and audits) from what it wrote instead of reading it back
// (one read less per row in a bulk of creates): the result must be exactly what getTask reads, on the
// shapes a new task can take, including the names shown for its pillar and lead agency, duplicate
// supporting agencies, the situation at today's date and the meeting conclusion it came from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/services/audit';
import { createAgency } from '../../../main/services/agencies';
import { conclusionToTask, createConclusion, createMeeting } from '../../../main/services/meetings';
import { createPillar } from '../../../main/services/pillars';
import { search } from '../../../main/services/search';
import { auditView, createTask, getTask } from '../../../main/services/tasks';
import { openTestStore, type TestStore } from '../../helpers/store';
import { addPlan, taskFields } from '../../helpers/records';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
});
afterEach(() => store.close());

function fixture() {
  const ctx = store.ctx;
  const plan = addPlan(ctx, '45/KH-UBND', 'Kế hoạch chuyển đổi số năm 2025');
  const agency = (code: string, name: string, shortName: string | null) =>
    createAgency(ctx, {
      code,
      name,
      shortName,
      kind: 'so_ban_nganh',
      email: null,
      validFrom: null,
      validTo: null,
    }).id;
  const pillar = createPillar(ctx, {
    code: 'CQS',
    name: 'Chính quyền số',
    group: 'tru_cot',
    sortOrder: 1,
  }).id;
  return {
    plan,
    pillar,
    named: agency('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT'),
    plain: agency('SYT', 'Sở Y tế', null),
  };
}

const fields = (planId: string, over: Partial<ReturnType<typeof taskFields>>) =>
  taskFields(planId, '1.1', { title: 'Nâng cấp Đường truyền số liệu chuyên dùng', ...over });

describe('createTask returns what it wrote', () => {
  it('equals getTask on every shape of a new task', () => {
    const f = fixture();
    const shapes: Partial<ReturnType<typeof taskFields>>[] = [
      {},
      { pillarId: f.pillar, leadAgencyId: f.named, dueDate: '2025-11-25' },
      { supportingAgencyIds: [f.plain, f.named, f.plain], dueDate: '2025-11-01' },
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-11-10', dueDate: '2025-11-05' },
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-11-20', dueDate: null },
      { state: 'tam_dung', startDate: '2025-02-01', dueDate: '2025-12-31', output: 'Báo cáo', result: 'Đạt' },
      { state: 'chua_thuc_hien', progress: 0, dueDate: '2026-06-30', difficulties: 'Thiếu kinh phí' },
    ];
    shapes.forEach((over, i) => {
      const created = createTask(store.ctx, fields(f.plan, { ...over, code: `1.${i + 1}` }));
      expect(created).toEqual(getTask(store.ctx, created.id));
      // The audit row holds the stored fields, as before.
      const [audit] = listAudit(store.ctx, { entity: 'task', entityId: created.id, limit: 1 });
      expect(audit?.after).toEqual(JSON.parse(JSON.stringify(auditView(getTask(store.ctx, created.id)))));
    });
    // The new rows are found by search (their search row was written without a replace).
    expect(search(store.ctx, 'duong truyen', 30).filter((h) => h.entity === 'task')).toHaveLength(
      shapes.length,
    );
  });

  it('equals getTask for a task made from a meeting conclusion (its source shown)', () => {
    const f = fixture();
    const meetingId = createMeeting(store.ctx, {
      number: 3,
      title: '',
      heldOn: '2025-03-10',
      chair: '',
      mode: 'truc_tiep',
      location: '',
      attendees: '',
      agenda: '',
      noticeNumber: '12/TB-BCĐ',
      noticeDate: null,
    }).id;
    const conclusionId = createConclusion(store.ctx, {
      meetingId,
      text: 'Giao Sở Y tế triển khai bệnh án điện tử',
      agencyId: f.plain,
      pillarId: f.pillar,
      dueDate: '2025-12-31',
    }).id;
    const task = conclusionToTask(store.ctx, { conclusionId, planId: f.plan });
    expect(task.source).toMatchObject({ meetingId, meetingNumber: 3 });
    expect(task).toEqual(getTask(store.ctx, task.id));
  });
});
