// Undo through the router, as the screens call it: each kind of action is one change set, and undoing it
// (a new change set of kind 'undo', linked both ways) writes back exactly what it changed. A later change
// to the same field refuses the undo with a message naming it, changing nothing; an undo undone redoes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeSetView } from '../../../shared/api/types';
import { createAppRouter } from '../../../main/api';
import { openTestStore, type TestStore } from '../../helpers/store';
import { caller, localTime, type Caller } from './helpers';

let store: TestStore;
let api: Caller;
let planId: string;
let agencyA: string;
let agencyB: string;

beforeEach(async () => {
  store = await openTestStore('2026-12-01T02:00:00.000Z');
  api = caller(store);
  await api.call('settings.update', { operatorName: 'Trần Thị A' });
  planId = (
    await api.call('plans.create', {
      code: '45/KH-UBND',
      title: 'Kế hoạch 2026',
      yearFrom: 2026,
      yearTo: 2026,
    })
  ).id;
  const agency = (code: string, name: string, shortName: string) =>
    api.call('agencies.create', { code, name, shortName, kind: 'so_ban_nganh' });
  agencyA = (await agency('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT')).id;
  agencyB = (await agency('SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN')).id;
});
afterEach(() => store.close());

const task = async (code: string, over: Record<string, unknown> = {}) =>
  (
    await api.call('tasks.create', {
      planId,
      code,
      title: `Nhiệm vụ ${code}`,
      leadAgencyId: agencyA,
      dueDate: '2026-12-31',
      state: 'dang_thuc_hien',
      progress: 20,
      ...over,
    })
  ).id;

const undo = (id: number) => api.call('changes.undo', { id });
const history = (entity: 'task' | 'agency' | 'indicator' | 'plan', entityId: string) =>
  api.call('changes.list', { entity, entityId });
const rowCount = () =>
  (
    store.ctx.db
      .prepare('SELECT (SELECT COUNT(*) FROM audit) + (SELECT COUNT(*) FROM change_set) AS n')
      .get() as {
      n: number;
    }
  ).n;

describe('a form save', () => {
  it('is one change set naming the fields, and its undo puts exactly those fields back', async () => {
    const id = await task('1.2');
    const { changeSet } = await api.change('tasks.update', {
      id,
      patch: { progress: 60, result: 'Đã triển khai' },
    });
    expect(changeSet).toMatchObject({ kind: 'tasks.update', undoable: true });
    expect(changeSet.label).toBe('Sửa nhiệm vụ 1.2: Tiến độ, Kết quả thực hiện');

    const undone = await undo(changeSet.id);
    expect(undone).toMatchObject({
      kind: 'undo',
      revertsId: changeSet.id,
      label: 'Hoàn tác: Sửa nhiệm vụ 1.2: Tiến độ, Kết quả thực hiện',
    });
    expect(await api.call('tasks.get', { id })).toMatchObject({
      progress: 20,
      result: '',
      dueDate: '2026-12-31',
    });

    const [last, edit] = await history('task', id);
    expect(last).toMatchObject({ id: undone.id, revertsId: changeSet.id });
    expect(last!.entries[0]!.changed.sort()).toEqual(['progress', 'result']);
    expect(edit).toMatchObject({ id: changeSet.id, revertedById: undone.id });
    expect(edit!.cannotUndo).toMatch(/^Thay đổi này đã được Trần Thị A hoàn tác lúc/);
  });

  it('a call that writes nothing carries no change set (an autosave of unchanged text, a read)', async () => {
    const route = createAppRouter(store.host);
    const draft = {
      planId,
      period: '2026-Q4',
      kind: 'bao_cao_dinh_ky' as const,
      sections: { achievements: 'Đạt', shortcomings: '', nextTasks: '', proposals: '' },
      docNumber: '',
      recipients: [],
      signer: { authority: 'TM.' as const, authorityName: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: '' },
    };
    const first = await route('reports.draft.save', draft);
    expect(first).toMatchObject({ ok: true, changeSet: { kind: 'reports.draft.save', undoable: false } });
    const before = rowCount();
    const again = await route('reports.draft.save', draft);
    expect(again.ok && again.changeSet).toBeUndefined();
    expect(await route('tasks.list', { planId })).not.toHaveProperty('changeSet');
    expect(rowCount()).toBe(before);
  });
});

describe('a bulk update', () => {
  it('changes only the field set, is labelled with it, and is undone for every task at once', async () => {
    const t1 = await task('1.1', { progress: 10, pillarId: null });
    const t2 = await task('1.2', { progress: 40, state: 'tam_dung' });
    const { changeSet } = await api.change('tasks.bulkUpdate', { ids: [t1, t2], patch: { progress: 60 } });
    expect(changeSet.label).toBe('Cập nhật hàng loạt 2 nhiệm vụ: Tiến độ 60%');
    for (const id of [t1, t2]) {
      const [latest] = await history('task', id);
      expect(latest).toMatchObject({ id: changeSet.id, label: changeSet.label });
      expect(latest!.entries.map((e) => e.changed)).toEqual([['progress']]);
    }
    expect(await api.call('tasks.get', { id: t2 })).toMatchObject({
      state: 'tam_dung',
      leadAgencyId: agencyA,
    });

    await undo(changeSet.id);
    expect((await api.call('tasks.get', { id: t1 })).progress).toBe(10);
    expect((await api.call('tasks.get', { id: t2 })).progress).toBe(40);
  });
});

describe('a merge of agencies', () => {
  it('records every moved record, and its undo brings the old agency and all its work back', async () => {
    const lead = await task('2.1');
    const supported = await task('2.2', { leadAgencyId: agencyB, supportingAgencyIds: [agencyA] });
    const done = await task('2.3', { state: 'hoan_thanh', progress: 100, completedOn: '2026-11-30' });
    const indicator = (
      await api.call('indicators.create', { code: 'CT01', name: 'Tỷ lệ', unit: '%', leadAgencyId: agencyA })
    ).id;
    const meeting = (await api.call('meetings.create', { number: 3, heldOn: '2026-11-20' })).id;
    const conclusion = (
      await api.call('conclusions.create', {
        meetingId: meeting,
        text: 'Sở TT&TT rà soát',
        agencyId: agencyA,
      })
    ).id;

    const { value, changeSet } = await api.change('agencies.merge', {
      fromId: agencyA,
      intoId: agencyB,
      on: '2026-12-01',
    });
    expect(value).toEqual({ movedTasks: 1, movedIndicators: 1, movedConclusions: 1 });
    expect(changeSet.label).toBe(
      'Sáp nhập cơ quan Sở TT&TT vào cơ quan Sở KH&CN (chuyển 1 nhiệm vụ, 1 chỉ tiêu, 1 kết luận)',
    );
    expect((await api.call('tasks.get', { id: supported })).supportingAgencyIds).toEqual([]);
    const [conclusionMerge] = await api.call('changes.list', { entity: 'conclusion', entityId: conclusion });
    expect(conclusionMerge!.entries[0]).toMatchObject({
      action: 'merge',
      before: { agencyId: agencyA },
      after: { agencyId: agencyB },
    });

    const undone = await undo(changeSet.id);
    const a = (await api.call('agencies.list', { includeArchived: true })).find((x) => x.id === agencyA);
    expect(a).toMatchObject({ archivedAt: null, successorId: null, validTo: null });
    expect(await api.call('tasks.get', { id: lead })).toMatchObject({ leadAgencyId: agencyA });
    expect(await api.call('tasks.get', { id: supported })).toMatchObject({
      leadAgencyId: agencyB,
      supportingAgencyIds: [agencyA],
    });
    expect(await api.call('tasks.get', { id: done })).toMatchObject({ leadAgencyId: agencyA });
    expect(await api.call('indicators.get', { id: indicator })).toMatchObject({ leadAgencyId: agencyA });
    const m = await api.call('meetings.get', { id: meeting });
    expect(m.conclusions[0]).toMatchObject({ id: conclusion, agencyId: agencyA });
    expect((await api.call('search.query', { q: 'thong tin truyen thong' })).map((h) => h.id)).toContain(
      agencyA,
    );

    // Undoing the undo merges again: the same records move, the old agency is closed with its successor.
    const redone = await undo(undone.id!);
    expect(redone.label).toMatch(/^Làm lại: Sáp nhập cơ quan Sở TT&TT/);
    const again = (await api.call('agencies.list', { includeArchived: true })).find((x) => x.id === agencyA);
    expect(again).toMatchObject({ successorId: agencyB, validTo: '2026-12-01' });
    expect(again!.archivedAt).not.toBeNull();
    expect(await api.call('tasks.get', { id: lead })).toMatchObject({ leadAgencyId: agencyB });
    expect(await api.call('tasks.get', { id: supported })).toMatchObject({ supportingAgencyIds: [] });
    expect(await api.call('indicators.get', { id: indicator })).toMatchObject({ leadAgencyId: agencyB });
    expect((await api.call('meetings.get', { id: meeting })).conclusions[0]).toMatchObject({
      agencyId: agencyB,
    });
  });
});

describe('values typed or pasted in the grid', () => {
  it('are one change set; its undo restores the overwritten cells and removes the new ones', async () => {
    const a = (await api.call('indicators.create', { code: 'CT01', name: 'Tỷ lệ A', unit: '%' })).id;
    const b = (await api.call('indicators.create', { code: 'CT02', name: 'Tỷ lệ B', unit: '%' })).id;
    await api.call('indicators.setValues', {
      values: [{ indicatorId: a, period: '2026-Q1', value: 45, note: 'Báo cáo Sở' }],
    });
    const { changeSet } = await api.change('indicators.setValues', {
      values: [
        { indicatorId: a, period: '2026-Q1', value: 50 },
        { indicatorId: a, period: '2026-Q2', value: 55 },
        { indicatorId: b, period: '2026-Q1', value: 12.5 },
      ],
    });
    expect(changeSet.label).toBe('Nhập số liệu 3 ô của 2 chỉ tiêu (CT01, CT02)');

    await undo(changeSet.id);
    const grid = await api.call('indicators.valueGrid', { year: 2026 });
    const values = Object.fromEntries(grid.rows.map((r) => [r.code, r.values]));
    expect(values.CT01).toMatchObject({ '2026-Q1': 45, '2026-Q2': null });
    expect(values.CT02).toMatchObject({ '2026-Q1': null });
    expect((await api.call('indicators.get', { id: a })).values[0]).toMatchObject({
      value: 45,
      note: 'Báo cáo Sở',
    });
  });

  it('brings back a value whose plausibility warning was confirmed, without asking again', async () => {
    const a = (await api.call('indicators.create', { code: 'CT01', name: 'Tỷ lệ A', unit: '%' })).id;
    await api.call('indicators.setValues', {
      values: [{ indicatorId: a, period: '2026-Q1', value: 120, confirmed: true }],
    });
    const { changeSet } = await api.change('indicators.setValues', {
      values: [{ indicatorId: a, period: '2026-Q1', value: 90 }],
    });
    await undo(changeSet.id);
    const cell = (await api.call('indicators.get', { id: a })).values[0];
    expect(cell).toMatchObject({ value: 120 });
    expect(cell!.warnings.map((w) => w.code)).toContain('percent_range');
  });

  it('a target set for the first time is removed by its undo, a changed one put back', async () => {
    const a = (await api.call('indicators.create', { code: 'CT01', name: 'Tỷ lệ A', unit: '%' })).id;
    const first = await api.change('indicators.setTarget', {
      indicatorId: a,
      year: 2026,
      baseline: 40,
      target: 70,
    });
    expect(first.changeSet.label).toBe('Đặt chỉ tiêu kế hoạch năm 2026 của chỉ tiêu CT01: 70');
    const second = await api.change('indicators.setTarget', {
      indicatorId: a,
      year: 2026,
      baseline: 40,
      target: 80,
    });
    await undo(second.changeSet.id);
    expect((await api.call('indicators.get', { id: a })).targets).toEqual([
      { year: 2026, baseline: 40, target: 70 },
    ]);
    await undo(first.changeSet.id);
    expect((await api.call('indicators.get', { id: a })).targets).toEqual([]);
  });
});

describe('a creation and an archive', () => {
  it('a created task is archived by the undo, and undoing that undo brings it back (redo)', async () => {
    const created = await api.change('tasks.create', { planId, code: '3.1', title: 'Nhiệm vụ mới' });
    expect(created.changeSet.label).toBe('Thêm nhiệm vụ 3.1');
    const undone = await undo(created.changeSet.id);
    expect((await api.call('tasks.get', { id: created.value.id })).archivedAt).not.toBeNull();
    expect((await api.call('tasks.list', { planId })).total).toBe(0);

    const redone = await undo(undone.id!);
    expect(redone.label).toBe('Làm lại: Thêm nhiệm vụ 3.1');
    expect((await api.call('tasks.get', { id: created.value.id })).archivedAt).toBeNull();
    expect((await api.call('tasks.list', { planId, q: 'nhiem vu moi' })).total).toBe(1);
    // The undo is now itself undone: it says so and points to the redo.
    const [, undoView] = await history('task', created.value.id);
    expect(undoView).toMatchObject({ id: undone.id, revertedById: redone.id });
  });

  it('an archived plan comes back with its undo', async () => {
    const { changeSet } = await api.change('plans.archive', { id: planId });
    expect(changeSet.label).toBe('Lưu trữ kế hoạch 45/KH-UBND');
    await undo(changeSet.id);
    expect((await api.call('plans.get', { id: planId })).archivedAt).toBeNull();
    expect((await api.call('plans.list', {})).map((p) => p.id)).toContain(planId);
  });

  it('a conclusion turned into a task: the undo archives the task and frees the conclusion', async () => {
    const meeting = (await api.call('meetings.create', { number: 3, heldOn: '2026-11-20' })).id;
    const conclusion = (
      await api.call('conclusions.create', { meetingId: meeting, text: 'Rà soát', agencyId: agencyA })
    ).id;
    const { value, changeSet } = await api.change('conclusions.toTask', { conclusionId: conclusion, planId });
    expect(changeSet.label).toBe('Giao kết luận 1 của phiên họp thứ 3 thành nhiệm vụ KL3.1');
    await undo(changeSet.id);
    expect((await api.call('tasks.get', { id: value.id })).archivedAt).not.toBeNull();
    expect((await api.call('meetings.get', { id: meeting })).conclusions[0]!.task).toBeNull();
  });

  it('a saved notice is taken back to the generated draft', async () => {
    const meeting = (await api.call('meetings.create', { number: 3, heldOn: '2026-11-20' })).id;
    const signer = {
      authority: 'KT.' as const,
      authorityName: 'TRƯỞNG BAN',
      title: 'PHÓ TRƯỞNG BAN',
      name: 'Nguyễn Văn C',
    };
    const { changeSet } = await api.change('meetings.saveNotice', {
      meetingId: meeting,
      body: 'Nội dung đã sửa',
      recipients: ['Lưu: VT'],
      signer,
    });
    expect(changeSet.label).toBe('Lưu thông báo kết luận phiên họp thứ 3');
    await undo(changeSet.id);
    expect((await api.call('meetings.notice', { meetingId: meeting })).saved).toBe(false);
  });

  it('settings are put back field by field', async () => {
    const { changeSet } = await api.change('settings.update', {
      provinceName: 'Tỉnh Gia Lai',
      dueSoonDays: 10,
    });
    expect(changeSet.label).toBe('Sửa cài đặt: Tên tỉnh, Số ngày sắp đến hạn');
    await undo(changeSet.id);
    expect(await api.call('settings.get', {})).toMatchObject({
      provinceName: 'Tỉnh Lâm Đồng',
      dueSoonDays: 7,
      operatorName: 'Trần Thị A',
    });
  });
});

describe('refusals', () => {
  it('refuses, changing nothing, when a later change set touched the same field, and names it', async () => {
    const t1 = await task('1.2', { progress: 10 });
    const bulk = await api.change('tasks.bulkUpdate', { ids: [t1], patch: { progress: 60 } });
    await api.call('settings.update', { operatorName: 'Nguyễn Văn B' });
    const later = '2026-12-01T03:32:00.000Z';
    store.clock.set(later);
    await api.call('tasks.quickUpdate', {
      id: t1,
      state: 'dang_thuc_hien',
      progress: 70,
      completedOn: null,
      result: '',
    });

    const before = rowCount();
    expect(await api.refusal('changes.undo', { id: bulk.changeSet.id })).toBe(
      `Không thể hoàn tác: Tiến độ của nhiệm vụ 1.2 đã được Nguyễn Văn B sửa lúc ${localTime(later)} sau thay đổi này. Hãy hoàn tác thay đổi đó trước.`,
    );
    expect(rowCount()).toBe(before);
    expect((await api.call('tasks.get', { id: t1 })).progress).toBe(70);

    // Undo the later change first, then the bulk change goes through.
    const [latest] = await history('task', t1);
    await undo(latest!.id!);
    await undo(bulk.changeSet.id);
    expect((await api.call('tasks.get', { id: t1 })).progress).toBe(10);
  });

  it('a later change to another field does not stand in the way', async () => {
    const t1 = await task('1.2', { progress: 10 });
    const bulk = await api.change('tasks.bulkUpdate', { ids: [t1], patch: { progress: 60 } });
    await api.call('tasks.update', { id: t1, patch: { result: 'Đã xong bước 1' } });
    await undo(bulk.changeSet.id);
    expect(await api.call('tasks.get', { id: t1 })).toMatchObject({ progress: 10, result: 'Đã xong bước 1' });
  });

  it('refuses a change set already undone', async () => {
    const t1 = await task('1.2');
    const edit = await api.change('tasks.update', { id: t1, patch: { progress: 30 } });
    await undo(edit.changeSet.id);
    expect(await api.refusal('changes.undo', { id: edit.changeSet.id })).toMatch(
      /^Không thể hoàn tác: thay đổi này đã được Trần Thị A hoàn tác lúc .+\. Muốn làm lại, hãy hoàn tác “Hoàn tác: Sửa nhiệm vụ 1\.2: Tiến độ”\.$/,
    );
  });

  it('refuses an action that cannot be undone, or one that does not exist, saying why', async () => {
    const { changeSet } = await api.change('reports.draft.save', {
      planId,
      period: '2026-Q4',
      kind: 'bao_cao_dinh_ky',
      sections: { achievements: 'Đạt', shortcomings: '', nextTasks: '', proposals: '' },
      docNumber: '',
      recipients: [],
      signer: { authority: 'TM.', authorityName: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: '' },
    });
    expect(await api.refusal('changes.undo', { id: changeSet.id })).toBe(
      'Không thể hoàn tác: dự thảo báo cáo được lưu tự động trong khi gõ; hãy sửa trực tiếp nội dung trong trang Báo cáo.',
    );
    expect(await api.refusal('changes.undo', { id: 999 })).toBe(
      'Không tìm thấy thay đổi cần hoàn tác; hãy tải lại trang.',
    );
  });

  it('an undo that a rule of the service refuses changes nothing and says why', async () => {
    const created = await api.change('agencies.archive', { id: agencyA });
    await api.call('agencies.create', { code: 'STTTT', name: 'Sở mới dùng lại mã', kind: 'so_ban_nganh' });
    const before = rowCount();
    expect(await api.refusal('changes.undo', { id: created.changeSet.id })).toBe(
      'Không thể hoàn tác: Mã "STTTT" đã có cơ quan khác dùng. Hãy chọn mã khác.',
    );
    expect(rowCount()).toBe(before);
  });
});

describe('rows written before change sets', () => {
  it('are listed as actions of their own that cannot be undone', async () => {
    const id = await task('1.2');
    store.ctx.db
      .prepare(
        `INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES ('2025-01-01T00:00:00.000Z', 'Cũ', 'task', ?, 'update', '{"progress":0}', '{"progress":20}')`,
      )
      .run(id);
    const views: ChangeSetView[] = await history('task', id);
    const legacy = views.find((v) => v.id === null);
    expect(legacy).toMatchObject({
      label: 'Sửa nhiệm vụ',
      actor: 'Cũ',
      cannotUndo: expect.stringMatching(/trước khi TienDo có chức năng hoàn tác/),
    });
    const log = await api.call('changes.list', {});
    expect(log.at(-1)).toMatchObject({ id: null, actor: 'Cũ' });
  });
});
