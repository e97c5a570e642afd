// The renderer's form helpers without a browser: field errors from zod and from the backend, the plan and
// task drafts read into API input (and refused with a message on the field), what picking a state fills in.
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';
import { z } from 'zod';
import {
  apiFieldErrors,
  formFailure,
  withoutKeys,
  withoutLabel,
  zodFieldErrors,
} from '../../../renderer/components/formErrors';
import { parseHash, routeHref, useRoute } from '../../../renderer/stores/route';
import { emptyPlanDraft, planFormSchema } from '../../../renderer/pages/plans/planDraft';
import {
  draftProblems,
  emptyDraft,
  stateChange,
  taskFormSchema,
} from '../../../renderer/pages/tasks/taskDraft';

// The drafts import the renderer's component kit, whose i18n keeps the chosen language in localStorage
// and on <html lang>, and the api client it imports reads browser mode's token from the address and
// sessionStorage: these stand-ins
// are all of the browser the helpers' imports touch (the helpers themselves touch none).
vi.hoisted(() => {
  const kept = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => kept.set(k, v),
    },
    document: Object.assign(new EventTarget(), { documentElement: { lang: '' } }),
    sessionStorage: { getItem: () => null, setItem: () => undefined },
    window: Object.assign(new EventTarget(), { location: { hash: '', pathname: '/', search: '' } }),
    history: { state: null, replaceState: () => undefined },
  });
});

const PLAN = '11111111-1111-4111-8111-111111111111';

describe('formErrors', () => {
  it('keeps the first message per path, from zod and from the backend', () => {
    const schema = z.object({ a: z.string().min(1, 'A: trống.').min(2, 'A: ngắn.'), b: z.number() });
    const result = schema.safeParse({ a: '', b: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toMatchObject({ a: 'A: trống.' });
    const api = new ApiCallError({
      code: 'DU_LIEU_KHONG_HOP_LE',
      message: 'x',
      fields: [
        { path: 'patch.code', message: 'Mã: trùng.' },
        { path: 'patch.code', message: 'Mã: thứ hai.' },
      ],
    });
    expect(apiFieldErrors(api)).toEqual({ 'patch.code': 'Mã: trùng.' });
    expect(apiFieldErrors(new Error('khác'))).toBeNull();
  });

  it('a failed save puts each message next to its field, without the label and the patch prefix', () => {
    const api = new ApiCallError({
      code: 'DU_LIEU_KHONG_HOP_LE',
      message: 'x',
      fields: [{ path: 'patch.yearTo', message: 'Năm kết thúc: phải từ năm bắt đầu trở đi.' }],
    });
    expect(formFailure(api, { prefix: 'patch.' })).toEqual({
      fields: { yearTo: 'Phải từ năm bắt đầu trở đi.' },
      error: null,
    });
    const duplicate = new ApiCallError({ code: 'TRUNG_MA', message: 'Mã 1.1 đã có.' });
    expect(formFailure(duplicate, { codeField: 'code' })).toEqual({
      fields: { code: 'Mã 1.1 đã có.' },
      error: null,
    });
    const other = new ApiCallError({ code: 'CSDL_HONG', message: 'Tệp hỏng.' });
    expect(formFailure(other, { codeField: 'code' })).toEqual({ fields: {}, error: other });
    expect(withoutLabel('Không có nhãn ở đây')).toBe('Không có nhãn ở đây');
    expect(withoutKeys({ a: '1', b: '2' }, ['a'])).toEqual({ b: '2' });
  });
});

describe('planDraft', () => {
  it('reads a filled draft into the create input and refuses a year that is not a number', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'vi',
      resources: { vi: { translation: { plans: { form: { yearInvalid: 'Năm sai.' } } } } },
    });
    const schema = planFormSchema(i18n.t);
    const draft = { ...emptyPlanDraft(2025), code: '45/KH-UBND', title: 'Kế hoạch', issuedBy: '  ' };
    const ok = schema.safeParse(draft);
    expect(ok.success && ok.data).toMatchObject({
      code: '45/KH-UBND',
      yearFrom: 2025,
      yearTo: 2025,
      issuedBy: null,
    });
    const bad = schema.safeParse({ ...draft, yearTo: 'hai nghìn' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(zodFieldErrors(bad.error).yearTo).toBe('Năm sai.');
  });
});

describe('taskDraft', () => {
  it('picking "Hoàn thành" fills 100% and today; another state clears the completion date', () => {
    const done = stateChange({ progress: '40', completedOn: '' }, 'hoan_thanh', '2025-11-20');
    expect(done.state).toBe('hoan_thanh');
    expect(done.progress).toBe('100');
    expect(done.completedOn).toBeTruthy();
    const reopened = stateChange(
      { progress: '100', completedOn: done.completedOn! },
      'dang_thuc_hien',
      '2025-11-20',
    );
    expect(reopened.completedOn).toBe('');
  });

  it('reads an empty draft into the create input and names a broken consistency rule on its field', () => {
    const draft = { ...emptyDraft(PLAN), code: '1.1', title: 'Nhiệm vụ' };
    const parsed = taskFormSchema().safeParse(draft);
    expect(parsed.success && parsed.data).toMatchObject({
      planId: PLAN,
      code: '1.1',
      progress: 0,
      dueDate: null,
    });
    const problems = draftProblems({ ...draft, state: 'hoan_thanh', progress: '40' }, '2025-11-20');
    expect(Object.keys(problems).length).toBeGreaterThan(0);
    expect(Object.values(problems).join(' ')).toMatch(/100%/);
  });
});

describe('stores/route', () => {
  it('reads a hash into a page and its parameters; an unknown page is the dashboard', () => {
    expect(parseHash('#/tasks?situation=qua_han&planId=p1')).toEqual({
      page: 'tasks',
      params: { situation: 'qua_han', planId: 'p1' },
    });
    expect(parseHash('#/khong-co')).toEqual({ page: 'dashboard', params: {} });
    expect(parseHash('')).toEqual({ page: 'dashboard', params: {} });
  });

  it('writes a hash without empty parameters, with the text encoded, and reads it back', () => {
    const href = routeHref('tasks', { q: 'đường truyền', planId: null, pillarId: '' });
    expect(href).toBe('#/tasks?q=%C4%91%C6%B0%E1%BB%9Dng+truy%E1%BB%81n');
    expect(parseHash(href).params).toEqual({ q: 'đường truyền' });
    expect(routeHref('dashboard')).toBe('#/dashboard');
  });

  it('setParams changes some parameters of the current page in place; null removes one', () => {
    useRoute.setState(parseHash('#/tasks?q=a&planId=p1'));
    useRoute.getState().setParams({ q: null, situation: 'qua_han' });
    expect(useRoute.getState()).toMatchObject({
      page: 'tasks',
      params: { planId: 'p1', situation: 'qua_han' },
    });
    expect(useRoute.getState().params).not.toHaveProperty('q');
  });
});
