import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
let route: Route;
beforeEach(async () => {
  store = await openTestStore();
  route = createRouter(createHandlers(store.host));
});
afterEach(() => store.close());

const counts = () =>
  store.ctx.db
    .prepare(
      'SELECT (SELECT COUNT(*) FROM plan) AS plans, (SELECT COUNT(*) FROM task) AS tasks, (SELECT COUNT(*) FROM audit) AS audit',
    )
    .get();

async function newPlan() {
  const r = await route('plans.create', {
    code: '45/KH-UBND',
    title: 'Kế hoạch',
    yearFrom: 2025,
    yearTo: 2025,
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

describe('the router refuses bad calls before any service runs, and changes nothing', () => {
  it.each([
    [
      'wrong type',
      { code: 12, title: 'x', yearFrom: 2025, yearTo: 2025 },
      'code',
      /Số hiệu văn bản: phải là chữ/,
    ],
    ['missing field', { code: 'x', yearFrom: 2025, yearTo: 2025 }, 'title', /Tên kế hoạch/],
    [
      'oversized string',
      { code: 'x'.repeat(101), title: 't', yearFrom: 2025, yearTo: 2025 },
      'code',
      /dài quá 100 ký tự/,
    ],
    ['inconsistent years', { code: 'x', title: 't', yearFrom: 2026, yearTo: 2025 }, 'yearTo', /Năm kết thúc/],
    [
      'year as text',
      { code: 'x', title: 't', yearFrom: '2025', yearTo: 2025 },
      'yearFrom',
      /Năm bắt đầu: phải là số/,
    ],
  ])('%s', async (_name, input, field, message) => {
    const before = counts();
    const r = await route('plans.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('DU_LIEU_KHONG_HOP_LE');
    expect(r.error.message).toMatch(message);
    expect(r.error.fields?.map((f) => f.path)).toContain(field);
    expect(counts()).toEqual(before);
  });

  it('refuses an unknown method', async () => {
    const r = await route('tasks.dropAll', {});
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'KHONG_CO_PHUONG_THUC',
        message: 'Yêu cầu không được hỗ trợ: "tasks.dropAll".',
        key: 'KHONG_CO_PHUONG_THUC',
        params: { method: 'tasks.dropAll' },
      },
    });
    expect(await route('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'KHONG_CO_PHUONG_THUC' },
    });
    expect(await route(42, {})).toMatchObject({ ok: false, error: { code: 'KHONG_CO_PHUONG_THUC' } });
  });

  it('stores SQL-looking text as text', async () => {
    const planId = await newPlan();
    const evil = "1'); DROP TABLE task; --";
    const r = await route('tasks.create', { planId, code: evil, title: "Robert'); DELETE FROM plan;--" });
    expect(r.ok).toBe(true);
    const list = await route('tasks.list', { planId, q: "' OR 1=1 --" });
    expect(list.ok && (list.value as { total: number }).total).toBe(0);
    const all = await route('tasks.list', { planId });
    expect(all.ok && (all.value as { rows: { code: string }[] }).rows[0]!.code).toBe(evil);
    expect(counts()).toMatchObject({ plans: 1, tasks: 1 });
  });

  it('reports a task form error against the field, in Vietnamese', async () => {
    const planId = await newPlan();
    const r = await route('tasks.create', {
      planId,
      code: '1',
      title: 'x',
      state: 'hoan_thanh',
      progress: 150,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = Object.fromEntries((r.error.fields ?? []).map((f) => [f.path, f.message]));
    expect(fields.progress).toBe('Tiến độ: từ 0 đến 100%.');
    expect(counts()).toMatchObject({ tasks: 0 });
  });

  it('reports a missing record without a stack trace', async () => {
    const r = await route('tasks.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'KHONG_TIM_THAY' } });
    expect(JSON.stringify(r)).not.toMatch(/at \w+ \(/);
  });
});

describe('first run', () => {
  it('is offered on a new file, and not again after "start empty" seeded the pillars', async () => {
    const info = async () => {
      const r = await route('app.info', {});
      return r.ok ? (r.value as { isEmpty: boolean }).isEmpty : null;
    };
    expect(await info()).toBe(true);
    expect(await route('app.startEmpty', {})).toEqual({ ok: true, value: { ok: true } });
    expect(await info()).toBe(false);
    // The demo may still be created on a file that holds only the pillars.
    expect((await route('app.createDemo', { year: 2025 })).ok).toBe(true);
    expect((await route('app.createDemo', { year: 2025 })).ok).toBe(false);
  });

  it('names the province, the committee and the place of documents after the province the person typed', async () => {
    expect((await route('app.startEmpty', { province: '  Thành phố   Hà Nội ' })).ok).toBe(true);
    const r = await route('settings.get', {});
    expect(r.ok && r.value).toMatchObject({
      provinceName: 'Thành phố Hà Nội',
      committeeName: expect.stringMatching(/chuyển đổi số thành phố Hà Nội$/),
      reportPlace: 'Hà Nội',
    });
  });

  it('refuses an empty province with a message saying what to type', async () => {
    const r = await route('app.startEmpty', { province: '   ' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('Tên tỉnh') } });
  });
});
