// Uniqueness and consistency through the API, as the person meets them: each rule refuses with a message
// that names the clashing record or says what to change, the field it belongs to, and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import { insertTask } from '../../../main/services/tasks';
import { withoutLabel } from '../../../renderer/components/formErrors';
import type { ApiError } from '../../../shared/api/contract';
import { openTestStore, type TestStore } from '../../helpers/store';
import { taskFields } from '../../helpers/records';

let store: TestStore;
let route: Route;
beforeEach(async () => {
  store = await openTestStore('2025-11-20T03:00:00.000Z');
  route = createRouter(createHandlers(store.host));
});
afterEach(() => store.close());

async function ok<T = Record<string, unknown>>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
async function refused(method: string, input: unknown): Promise<ApiError> {
  const r = await route(method, input);
  if (r.ok) throw new Error(`${method} was accepted`);
  return r.error;
}
const fieldsOf = (e: ApiError) => Object.fromEntries((e.fields ?? []).map((f) => [f.path, f.message]));
const counts = () =>
  store.ctx.db
    .prepare(
      'SELECT (SELECT COUNT(*) FROM task) AS tasks, (SELECT COUNT(*) FROM audit) AS audit, (SELECT total_changes()) AS changes',
    )
    .get();

const plan = (code = '45/KH-UBND') =>
  ok<{ id: string }>('plans.create', { code, title: 'Kế hoạch chuyển đổi số', yearFrom: 2025, yearTo: 2025 });
const task = (planId: string, over: Record<string, unknown> = {}) =>
  ok<{ id: string; code: string }>('tasks.create', {
    planId,
    code: 'ATTT.01',
    title: 'Triển khai giám sát an toàn thông tin',
    state: 'dang_thuc_hien',
    progress: 40,
    dueDate: '2025-12-31',
    ...over,
  });

describe('uniqueness', () => {
  it('a task code is unique in its plan, ignoring case; another plan or an archived task does not block it', async () => {
    const p = await plan();
    const first = await task(p.id);
    const before = counts();
    for (const code of ['ATTT.01', 'attt.01']) {
      const e = await refused('tasks.create', { planId: p.id, code, title: 'Bản sao' });
      expect(e.code).toBe('TRUNG_MA');
      expect(e.message).toBe(
        `Mã ${code} đã có trong kế hoạch 45/KH-UBND (nhiệm vụ «Triển khai giám sát an toàn thông tin»). Hãy chọn mã khác.`,
      );
      expect(fieldsOf(e).code).toBe(e.message);
    }
    expect(counts()).toEqual(before);
    const second = await task(p.id, { code: 'ATTT.02' });
    const e = await refused('tasks.update', { id: second.id, patch: { code: 'ATTT.01' } });
    expect(e.message).toMatch(/^Mã ATTT.01 đã có trong kế hoạch 45\/KH-UBND/);
    // The same code in another plan is fine, and so is reusing the code of an archived task.
    const other = await plan('46/KH-UBND');
    await task(other.id);
    await ok('tasks.archive', { id: first.id });
    expect(
      (await ok<{ code: string }>('tasks.update', { id: second.id, patch: { code: 'ATTT.01' } })).code,
    ).toBe('ATTT.01');
  });

  it('a meeting number is unique in the year of its date; numbers restart the next year', async () => {
    const meeting = (number: number, heldOn: string) => ({ number, heldOn, title: `Phiên ${number}` });
    const m4 = await ok<{ id: string }>('meetings.create', meeting(4, '2025-06-10'));
    const e = await refused('meetings.create', meeting(4, '2025-09-12'));
    expect(e.code).toBe('TRUNG_MA');
    expect(e.message).toBe(
      'Số 4 đã có trong năm 2025 (phiên họp ngày 10/06/2025 «Phiên 4»). Hãy chọn số khác.',
    );
    expect(fieldsOf(e).number).toBe(e.message);
    const next = await ok<{ id: string }>('meetings.create', meeting(4, '2026-03-01'));
    // Moving a meeting into a year that has its number is refused too.
    const moved = await refused('meetings.update', { id: next.id, patch: { heldOn: '2025-12-01' } });
    expect(moved.message).toMatch(/^Số 4 đã có trong năm 2025/);
    await ok('meetings.archive', { id: m4.id });
    await ok('meetings.update', { id: next.id, patch: { heldOn: '2025-12-01' } });
  });

  it('an indicator code is unique in its plan (and among indicators of no plan)', async () => {
    const p = await plan();
    const indicator = (planId: string | null, code: string) => ({
      planId,
      code,
      name: `Tỷ lệ ${code}`,
      unit: '%',
    });
    await ok('indicators.create', indicator(p.id, 'CT01'));
    const e = await refused('indicators.create', indicator(p.id, 'ct01'));
    expect(e.message).toBe(
      'Mã ct01 đã có trong kế hoạch 45/KH-UBND (chỉ tiêu «Tỷ lệ CT01»). Hãy chọn mã khác.',
    );
    await ok('indicators.create', indicator(null, 'CT01'));
    const shared = await refused('indicators.create', indicator(null, 'CT01'));
    expect(shared.message).toBe(
      'Mã CT01 đã có trong danh mục chỉ tiêu chung (chỉ tiêu «Tỷ lệ CT01»). Hãy chọn mã khác.',
    );
  });

  it('agency and pillar codes are unique, ignoring case, and the message names the other record', async () => {
    const agency = (code: string, name: string) => ({ code, name, kind: 'so_ban_nganh' });
    await ok('agencies.create', agency('SYT', 'Sở Y tế'));
    const e = await refused('agencies.create', agency('syt', 'Sở Y tế (bản sao)'));
    expect(e).toMatchObject({
      code: 'TRUNG_MA',
      message: 'Mã syt đã có (cơ quan «Sở Y tế»). Hãy chọn mã khác.',
    });
    expect(fieldsOf(e).code).toBe(e.message);
    await ok('app.startEmpty', {});
    const p = await refused('pillars.create', { code: 'cqs', name: 'Chính quyền số 2', group: 'tru_cot' });
    expect(p.message).toBe('Mã cqs đã có (trụ cột «Chính quyền số»). Hãy chọn mã khác.');
  });

  it('every message attached to a field reads whole in a form (no "label: " the form would strip)', async () => {
    // Forms print a field's message under its label and drop a leading "Label: " (withoutLabel); a
    // message naming the clashing record must keep that name, even with short codes.
    await ok('app.startEmpty', {});
    const p = await plan('1/KH');
    await task(p.id, { code: 'A' });
    await ok('agencies.create', { code: 'X', name: 'Sở X', kind: 'khac' });
    await ok('meetings.create', { number: 1, heldOn: '2025-01-10' });
    await ok('indicators.create', { planId: p.id, code: 'I', name: 'Chỉ tiêu I', unit: '%' });
    const refusals = [
      await refused('tasks.create', { planId: p.id, code: 'a', title: 'x' }),
      await refused('agencies.create', { code: 'x', name: 'Sở Y', kind: 'khac' }),
      await refused('pillars.create', { code: 'KTS', name: 'Trùng', group: 'tru_cot' }),
      await refused('meetings.create', { number: 1, heldOn: '2025-05-10' }),
      await refused('indicators.create', { planId: p.id, code: 'i', name: 'Trùng', unit: '%' }),
      await refused('tasks.create', { planId: p.id, code: 'B', title: 'x', progress: 5 }),
      await refused('tasks.create', { planId: p.id, code: 'C', title: 'x', completedOn: '2025-01-01' }),
    ];
    for (const e of refusals) {
      expect(e.fields?.length).toBeGreaterThan(0);
      for (const f of e.fields ?? []) expect(withoutLabel(f.message)).toBe(f.message);
    }
  });

  it('the database holds the rules too (partial unique indexes)', async () => {
    const p = await plan();
    await task(p.id);
    const raw = () =>
      store.ctx.db
        .prepare(
          `INSERT INTO task (id, plan_id, code, title, state, progress, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-000000000001', ?, 'attt.01', 'x', 'chua_thuc_hien', 0, 'x', 'x')`,
        )
        .run(p.id);
    expect(raw).toThrow(/UNIQUE constraint failed/);
  });
});

describe('consistency of a task', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a completion date on an open task',
      { state: 'dang_thuc_hien', progress: 40, completedOn: '2025-11-01' },
      'completedOn',
      'Chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành; hãy xóa ngày hoàn thành hoặc chọn trạng thái «Hoàn thành».',
    ],
    [
      'a completion date in the future',
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-12-01' },
      'completedOn',
      'Ngày hoàn thành 01/12/2025 chưa đến (hôm nay là 20/11/2025); hãy nhập ngày đã hoàn thành.',
    ],
    [
      'a done task without a date',
      { state: 'hoan_thanh', progress: 100, completedOn: null },
      'completedOn',
      'Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.',
    ],
    [
      'a done task below 100%',
      { state: 'hoan_thanh', progress: 60, completedOn: '2025-11-01' },
      'progress',
      'Nhiệm vụ «Hoàn thành» có tiến độ 100%; hãy sửa tiến độ thành 100% hoặc chọn trạng thái khác.',
    ],
    [
      '"Chưa thực hiện" with 90%',
      { state: 'chua_thuc_hien', progress: 90 },
      'progress',
      'Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 90% thì hãy chọn «Đang thực hiện».',
    ],
    [
      '"Tạm dừng" at 100%',
      { state: 'tam_dung', progress: 100 },
      'progress',
      'Tiến độ 100% nghĩa là đã hoàn thành; hãy chọn trạng thái «Hoàn thành» hoặc nhập tiến độ dưới 100% cho nhiệm vụ «Tạm dừng».',
    ],
    [
      'a start after the due date',
      { startDate: '2026-01-10', dueDate: '2026-01-01' },
      'dueDate',
      'Thời hạn không được trước ngày bắt đầu.',
    ],
  ])('refuses %s on create and on update, and changes nothing', async (_name, fields, field, message) => {
    const p = await plan();
    const before = counts();
    const created = await refused('tasks.create', {
      planId: p.id,
      code: '1',
      title: 'x',
      state: 'dang_thuc_hien',
      progress: 10,
      ...fields,
    });
    expect(fieldsOf(created)[field]).toBe(message);
    expect(counts()).toEqual(before);
    const t = await task(p.id, { state: 'dang_thuc_hien', progress: 10, startDate: null, dueDate: null });
    const mid = counts();
    const updated = await refused('tasks.update', { id: t.id, patch: fields });
    expect(updated.message).toBe(`Nhiệm vụ ATTT.01: ${message}`);
    expect(fieldsOf(updated)[field]).toBe(message);
    expect(counts()).toEqual(mid);
  });

  it('refuses the same through quick update, on the merged record', async () => {
    const p = await plan();
    const t = await task(p.id, { state: 'chua_thuc_hien', progress: 0 });
    const e = await refused('tasks.quickUpdate', { id: t.id, progress: 90 });
    expect(e.message).toBe(
      'Nhiệm vụ ATTT.01: Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 90% thì hãy chọn «Đang thực hiện».',
    );
    const done = await ok<{ state: string; progress: number; completedOn: string }>('tasks.quickUpdate', {
      id: t.id,
      state: 'hoan_thanh',
      progress: 100,
      completedOn: '2025-11-20',
    });
    expect(done).toMatchObject({ state: 'hoan_thanh', progress: 100, completedOn: '2025-11-20' });
  });

  it('does not blame an old inconsistency on an unrelated change (a rename), but on a change of its fields', async () => {
    const p = await plan();
    const t = await task(p.id, { state: 'dang_thuc_hien', progress: 40 });
    // An old row, as a file from before schema 4 may hold it (the trigger is bypassed for the setup).
    store.ctx.db.exec('DROP TRIGGER task_rules_progress');
    store.ctx.db.prepare("UPDATE task SET state = 'chua_thuc_hien', progress = 90 WHERE id = ?").run(t.id);
    await ok('tasks.update', { id: t.id, patch: { code: 'ATTT.01-2', title: 'Tên mới' } });
    const e = await refused('tasks.update', { id: t.id, patch: { progress: 95 } });
    expect(e.message).toMatch(/«Chưa thực hiện» có tiến độ 0%/);
  });

  it('the database refuses an inconsistent row whatever the write path, with a recognisable message', async () => {
    const p = await plan();
    const t = await task(p.id);
    expect(() =>
      store.ctx.db.prepare("UPDATE task SET state = 'chua_thuc_hien' WHERE id = ?").run(t.id),
    ).toThrow('TIENDO_RULE task.not_started_with_progress');
    expect(() =>
      store.ctx.db.prepare("UPDATE task SET completed_on = '2025-01-01' WHERE id = ?").run(t.id),
    ).toThrow('TIENDO_RULE task.completion_when_not_done');
    expect(() =>
      store.ctx.db.prepare("UPDATE task SET start_date = '2026-06-01' WHERE id = ?").run(t.id),
    ).toThrow('TIENDO_RULE task.start_after_due');
    // Columns no rule reads are never blocked (merging agencies, archiving).
    store.ctx.db.prepare("UPDATE task SET title = 'Tên' WHERE id = ?").run(t.id);
  });

  it('turns a trigger refusal into the rule in Vietnamese (a write path that skipped the service checks)', async () => {
    const p = await plan();
    const input = taskFields(p.id, 'X.1', { title: 'Ghi thẳng', state: 'chua_thuc_hien', progress: 30 });
    expect(() => insertTask(store.ctx, input)).toThrow(
      'Nhiệm vụ X.1: Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 30% thì hãy chọn «Đang thực hiện».',
    );
  });
});

describe('bulk update', () => {
  async function planWithTasks(count: number, over: (i: number) => Record<string, unknown>) {
    const p = await plan();
    const ids: string[] = [];
    for (let i = 1; i <= count; i++)
      ids.push((await task(p.id, { code: `T${String(i).padStart(2, '0')}`, ...over(i) })).id);
    return ids;
  }

  it('changes only the named field of each selected task, and only tasks it changes', async () => {
    const a = await planWithTasks(2, (i) => ({ progress: i === 1 ? 60 : 30, pillarId: null }));
    const before = await Promise.all(a.map((id) => ok<Record<string, unknown>>('tasks.get', { id })));
    const preview = await ok('tasks.bulkPreview', { ids: a, patch: { progress: 60 } });
    expect(preview).toEqual({
      selected: 2,
      fields: [{ field: 'progress', value: 60, changes: 1 }],
      changedTasks: 1,
      problems: [],
    });
    expect(await ok('tasks.bulkUpdate', { ids: a, patch: { progress: 60 } })).toEqual({ updated: 1 });
    const after = await Promise.all(a.map((id) => ok<Record<string, unknown>>('tasks.get', { id })));
    for (const [i, t] of after.entries()) {
      const { progress: _p, updatedAt: _u, ...rest } = t;
      const { progress: _bp, updatedAt: _bu, ...restBefore } = before[i]!;
      expect(rest).toEqual(restBefore);
      expect(t.progress).toBe(60);
    }
    // The first task was already at 60%: nothing was written to it.
    expect(after[0]!.updatedAt).toBe(before[0]!.updatedAt);
  });

  it('refuses a patch that would make any task inconsistent, as a whole, naming the first ten tasks', async () => {
    const ids = await planWithTasks(13, (i) =>
      i <= 12
        ? { state: 'hoan_thanh', progress: 100, completedOn: '2025-11-01' }
        : { state: 'dang_thuc_hien', progress: 20 },
    );
    const before = counts();
    const patch = { state: 'tam_dung' };
    const preview = await ok<{ problems: { field: string; message: string }[] }>('tasks.bulkPreview', {
      ids,
      patch,
    });
    const e = await refused('tasks.bulkUpdate', { ids, patch });
    expect(counts()).toEqual(before);
    const list = 'T01, T02, T03, T04, T05, T06, T07, T08, T09, T10 và 2 nhiệm vụ khác';
    expect(e.message).toBe(
      `Chưa cập nhật nhiệm vụ nào. 12 nhiệm vụ (${list}): chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành; hãy xóa ngày hoàn thành hoặc chọn trạng thái «Hoàn thành». ` +
        `12 nhiệm vụ (${list}): tiến độ 100% nghĩa là đã hoàn thành; hãy chọn trạng thái «Hoàn thành» hoặc nhập tiến độ dưới 100% cho nhiệm vụ «Tạm dừng».`,
    );
    expect(preview.problems.map((p) => p.field)).toEqual(['completedOn', 'progress']);
    expect(fieldsOf(e).progress).toBe(preview.problems[1]!.message);
    // Saying what becomes of the date and the progress makes it consistent: all 13 are paused.
    expect(
      await ok('tasks.bulkUpdate', { ids, patch: { state: 'tam_dung', progress: 50, completedOn: null } }),
    ).toEqual({ updated: 13 });
  });

  it('names a single task in full', async () => {
    const [id] = await planWithTasks(1, () => ({ state: 'dang_thuc_hien', progress: 20 }));
    const e = await refused('tasks.bulkUpdate', { ids: [id], patch: { completedOn: '2025-11-01' } });
    expect(e.message).toBe(
      'Chưa cập nhật nhiệm vụ nào. Nhiệm vụ T01: Chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành; hãy xóa ngày hoàn thành hoặc chọn trạng thái «Hoàn thành».',
    );
  });
});

describe('the plan pages open on', () => {
  it('is the one chosen; creating a plan never changes what pages open on', async () => {
    const first = await plan('45/KH-UBND');
    expect((await ok<{ planId: string }>('dashboard.get', {})).planId).toBe(first.id);
    const auditBefore = counts();
    // A later, newer plan: the default is pinned to the one pages showed, before the new plan is added.
    const later = await ok<{ id: string }>('plans.create', {
      code: '101/KH-UBND',
      title: 'Kế hoạch 2026-2030',
      yearFrom: 2026,
      yearTo: 2030,
    });
    expect((await ok<{ defaultPlanId: string }>('settings.get', {})).defaultPlanId).toBe(first.id);
    expect((await ok<{ planId: string }>('dashboard.get', {})).planId).toBe(first.id);
    expect(counts()).not.toEqual(auditBefore);
    await ok('settings.update', { defaultPlanId: later.id });
    expect((await ok<{ planId: string }>('dashboard.get', {})).planId).toBe(later.id);
    const e = await refused('settings.update', { defaultPlanId: '00000000-0000-4000-8000-000000000000' });
    expect(e.message).toBe('Kế hoạch mở mặc định: không tồn tại.');
    // An archived default falls back to the latest plan being carried out.
    await ok('plans.archive', { id: later.id });
    expect((await ok<{ planId: string }>('dashboard.get', {})).planId).toBe(first.id);
  });
});
