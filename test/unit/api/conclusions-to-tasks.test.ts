// Several conclusions of a meeting become tasks in one call (conclusions.toTasks), through the router as
// the meetings page calls it: all created in one change set or none, conclusions that already have a task
// skipped as the preview said, and one undo taking them all back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api/contract';
import { openTestStore, type TestStore } from '../../helpers/store';
import { caller, type Caller } from '../changes/helpers';

let store: TestStore;
let api: Caller;
let planId: string;
let agencyA: string;
let agencyB: string;
let meetingId: string;
let conclusions: {
  id: string;
  seq: number;
  agencyId: string | null;
  pillarId: string | null;
  dueDate: string | null;
}[];

beforeEach(async () => {
  store = await openTestStore('2025-12-01T02:00:00.000Z');
  api = caller(store);
  planId = (
    await api.call('plans.create', {
      code: '45/KH-UBND',
      title: 'Kế hoạch 2025',
      yearFrom: 2025,
      yearTo: 2026,
    })
  ).id;
  const agency = (code: string, name: string) =>
    api.call('agencies.create', { code, name, kind: 'so_ban_nganh' });
  agencyA = (await agency('SYT', 'Sở Y tế')).id;
  agencyB = (await agency('SGDDT', 'Sở Giáo dục và Đào tạo')).id;
  meetingId = (await api.call('meetings.create', { number: 4, heldOn: '2025-11-20' })).id;
  for (const [text, agencyId, dueDate] of [
    ['Hoàn thành kết nối hồ sơ sức khỏe điện tử', agencyA, '2026-03-31'],
    ['Số hóa học bạ', agencyB, '2026-06-30'],
    ['Báo cáo tiến độ chuyển đổi số', null, null],
  ] as const)
    await api.call('conclusions.create', { meetingId, text, agencyId, dueDate });
  conclusions = (await api.call('meetings.get', { id: meetingId })).conclusions;
});
afterEach(() => store.close());

/** Each selected conclusion with the values the dialog fills from it. */
const itemsOf = (selected = conclusions): Input<'conclusions.toTasks'>['items'] =>
  selected.map((c) => ({
    conclusionId: c.id,
    planId,
    pillarId: c.pillarId,
    leadAgencyId: c.agencyId,
    dueDate: c.dueDate,
  }));
const taskCount = () =>
  (store.ctx.db.prepare('SELECT COUNT(*) AS n FROM task WHERE archived_at IS NULL').get() as { n: number }).n;

describe('conclusions.toTasks', () => {
  it('creates every task in one change set labelled with the meeting, each linked to its conclusion', async () => {
    const items = itemsOf();
    items[1] = { ...items[1]!, leadAgencyId: agencyA, dueDate: '2026-09-30', code: 'GD.01' };
    const { value, changeSet } = await api.change('conclusions.toTasks', { meetingId, items });
    expect(changeSet.label).toBe('Tạo 3 nhiệm vụ từ kết luận phiên họp số 4/2025');
    expect(value.created.map((t) => t.code)).toEqual(['KL4.1', 'GD.01', 'KL4.3']);
    expect(value.created[1]).toMatchObject({
      leadAgencyId: agencyA,
      dueDate: '2026-09-30',
      startDate: '2025-11-20',
    });
    const after = (await api.call('meetings.get', { id: meetingId })).conclusions;
    expect(after.map((c) => c.task?.code)).toEqual(['KL4.1', 'GD.01', 'KL4.3']);
    // Every row it wrote (three tasks, three conclusions linked) belongs to that one change set.
    const sets = store.ctx.db
      .prepare(
        `SELECT DISTINCT change_set_id AS id FROM audit WHERE (entity = 'task' AND entity_id IN (?, ?, ?)) OR (entity = 'conclusion' AND action = 'update')`,
      )
      .all(...value.created.map((t) => t.id));
    expect(sets).toEqual([{ id: changeSet.id }]);
  });

  it('previews what it will create and skips, writing nothing, and then does exactly that', async () => {
    await api.call('conclusions.toTask', { conclusionId: conclusions[0]!.id, planId });
    const before = taskCount();
    const preview = await api.call('conclusions.previewTasks', { meetingId, items: itemsOf() });
    expect(preview).toMatchObject({ create: 2, skip: 1, refuse: 0 });
    expect(preview.rows.map((r) => [r.seq, r.action, r.code, r.reason])).toEqual([
      [1, 'skip', 'KL4.1', 'Đã giao thành nhiệm vụ KL4.1.'],
      [2, 'create', 'KL4.2', null],
      [3, 'create', 'KL4.3', null],
    ]);
    expect(taskCount()).toBe(before);

    const { value, changeSet } = await api.change('conclusions.toTasks', { meetingId, items: itemsOf() });
    expect(value.created.map((t) => t.code)).toEqual(['KL4.2', 'KL4.3']);
    expect(value.skipped.map((r) => r.seq)).toEqual([1]);
    expect(changeSet.label).toBe('Tạo 2 nhiệm vụ từ kết luận phiên họp số 4/2025');
    expect(taskCount()).toBe(before + 2);
  });

  it('creates none when one row is refused, saying which and why', async () => {
    await api.call('tasks.create', { planId, code: 'KL4.3', title: 'Đã có mã này', leadAgencyId: agencyA });
    const before = taskCount();
    const preview = await api.call('conclusions.previewTasks', { meetingId, items: itemsOf() });
    expect(preview.rows[2]).toMatchObject({ action: 'refuse', field: 'code' });
    expect(preview.rows[2]!.reason).toContain('Mã KL4.3 đã có trong kế hoạch 45/KH-UBND');
    const message = await api.refusal('conclusions.toTasks', { meetingId, items: itemsOf() });
    expect(message).toContain('Chưa tạo nhiệm vụ nào: kết luận 3: Mã KL4.3 đã có');
    expect(taskCount()).toBe(before);
    expect(
      (await api.call('meetings.get', { id: meetingId })).conclusions.every((c) => c.task === null),
    ).toBe(true);
  });

  it('refuses two selected conclusions given the same code, and a due date before the meeting', async () => {
    const items = itemsOf().map((i) => ({ ...i, code: 'TRUNG' }));
    const preview = await api.call('conclusions.previewTasks', { meetingId, items });
    expect(preview.rows.map((r) => r.action)).toEqual(['create', 'refuse', 'refuse']);
    expect(preview.rows[1]!.reason).toBe('Mã TRUNG trùng với một kết luận khác đã chọn; hãy nhập mã khác.');
    const early = itemsOf().map((i) => ({ ...i, dueDate: '2025-10-01' }));
    const late = await api.call('conclusions.previewTasks', { meetingId, items: early });
    expect(late.rows.every((r) => r.action === 'refuse' && r.field === 'dueDate')).toBe(true);
    expect(taskCount()).toBe(0);
  });

  it('refuses when every selected conclusion already has a task', async () => {
    await api.call('conclusions.toTasks', { meetingId, items: itemsOf() });
    expect(await api.refusal('conclusions.toTasks', { meetingId, items: itemsOf() })).toBe(
      'Các kết luận đã chọn đều đã có nhiệm vụ; không có gì để tạo.',
    );
  });

  it('is undone as one: every task it created is removed and the conclusions are free again', async () => {
    const { value, changeSet } = await api.change('conclusions.toTasks', { meetingId, items: itemsOf() });
    await api.call('changes.undo', { id: changeSet.id });
    for (const t of value.created)
      expect((await api.call('tasks.get', { id: t.id })).archivedAt).not.toBeNull();
    expect(taskCount()).toBe(0);
    expect((await api.call('meetings.get', { id: meetingId })).conclusions.map((c) => c.task)).toEqual([
      null,
      null,
      null,
    ]);
    // Free again: the same selection becomes tasks once more.
    expect((await api.call('conclusions.previewTasks', { meetingId, items: itemsOf() })).create).toBe(3);
  });
});

describe('meetings.list', () => {
  it('counts each meeting’s conclusions done, on time and late at the reference date, as the detail shows them', async () => {
    const { value } = await api.change('conclusions.toTasks', {
      meetingId,
      items: itemsOf(conclusions.slice(0, 2)),
    });
    await api.call('tasks.quickUpdate', {
      id: value.created[0]!.id,
      state: 'hoan_thanh',
      progress: 100,
      completedOn: '2025-11-30',
    });
    const row = async (at: string | null) =>
      (await api.call('meetings.list', { at })).find((m) => m.id === meetingId)!.progress;
    // Today (1/12/2025): one done, the second task due 30/6/2026 and the third (no task, no due date) on time.
    expect(await row(null)).toEqual({ done: 1, on_time: 2, late: 0, other: 0 });
    // At 1/7/2026 the second task is past its due date.
    expect(await row('2026-07-01')).toEqual({ done: 1, on_time: 1, late: 1, other: 0 });
    const detail = await api.call('meetings.get', { id: meetingId, at: '2026-07-01' });
    expect(detail.conclusions.map((c) => c.task?.situation ?? null)).toEqual([
      'hoan_thanh_dung_han',
      'qua_han',
      null,
    ]);
  });
});
