// The plan import through the router, on annexes in the layouts provinces publish (test/fixtures/plans):
// each dry run finds the expected tasks, pillars, agencies and deadlines and writes nothing; the apply is
// one change set that changes.undo takes back; a second import of the same file changes nothing; the
// broken annex is refused row by row with sheet, row and column; the person's corrections (header row,
// columns, agencies) are honoured; .xls and .csv files are handled as the issue says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createRouter, type Route } from '../../../main/api';
import type { PlanImportDryRun, PlanImportResult } from '../../../shared/api/sheetTypes';
import type { Agency, Page, Plan, Task, TaskRow } from '../../../shared/api/types';
import { openTestStore, type TestStore } from '../../helpers/store';
import {
  ANNEX_AGENCIES,
  annexA,
  annexB,
  annexBroken,
  annexC,
  annexCsv,
  toWindows1258,
} from '../../fixtures/plans/annexes';

let store: TestStore;
let route: Route;

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await route(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const upload = (fileName: string, bytes: Buffer | string) => ({
  fileName,
  fileBase64: Buffer.from(bytes).toString('base64'),
});

const counts = () =>
  store.ctx.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM task) AS tasks, (SELECT COUNT(*) FROM plan) AS plans, (SELECT COUNT(*) FROM agency) AS agencies,
        (SELECT COUNT(*) FROM pillar) AS pillars, (SELECT COUNT(*) FROM audit) AS audit, (SELECT COUNT(*) FROM change_set) AS sets`,
    )
    .get() as Record<'tasks' | 'plans' | 'agencies' | 'pillars' | 'audit' | 'sets', number>;

beforeEach(async () => {
  store = await openTestStore('2025-01-15T03:00:00.000Z');
  route = createRouter(createHandlers(store.host));
  await call('app.startEmpty', {});
  for (const a of ANNEX_AGENCIES) await call('agencies.create', { ...a, kind: 'so_ban_nganh' });
});
afterEach(() => store.close());

const rowsOf = (d: PlanImportDryRun) =>
  d.rows.map((r) => [
    r.code,
    r.pillarName,
    r.lead,
    r.supporting.join(', '),
    r.due?.text ?? null,
    r.due?.date ?? null,
  ]);

describe('plan annexes as provinces publish them', () => {
  it('layout A (merged group rows): pillars and code prefixes from the groups, real dates and quarters', async () => {
    const before = counts();
    const d = await call<PlanImportDryRun>('imports.planDryRun', {
      ...upload('phu-luc.xlsx', await annexA()),
      planId: null,
    });
    expect(counts()).toEqual(before);
    expect(d.plan).toMatchObject({
      id: null,
      code: '45/KH-UBND',
      title: 'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025',
      yearFrom: 2025,
    });
    expect(d.sheets[0]).toMatchObject({ name: 'Phụ lục', used: true, headerRow: 6 });
    expect(d.groups.map((g) => [g.text, g.prefix, g.pillar?.name, g.action])).toEqual([
      ['I. CHÍNH QUYỀN SỐ', 'I', 'Chính quyền số', 'existing'],
      ['II. KINH TẾ SỐ', 'II', 'Kinh tế số', 'existing'],
      ['III. HẠ TẦNG VÀ NỀN TẢNG SỐ', 'III', 'Hạ tầng và nền tảng số', 'existing'],
      ['1. Hạ tầng số', 'III.1', 'Hạ tầng và nền tảng số', 'existing'],
    ]);
    expect(rowsOf(d)).toEqual([
      ['I.1', 'Chính quyền số', 'Văn phòng UBND tỉnh', 'Sở KH&CN', '30/06/2025', '2025-06-30'],
      ['I.2', 'Chính quyền số', 'Sở Nội vụ', '', 'Quý II/2025', '2025-06-30'],
      ['II.1', 'Kinh tế số', 'Sở Công Thương', 'Sở Tài chính', 'Năm 2025', '2025-12-31'],
      ['III.1.1', 'Hạ tầng và nền tảng số', 'Sở KH&CN', 'Công an tỉnh', '31/12/2025', '2025-12-31'],
      ['III.1.2', 'Hạ tầng và nền tảng số', 'Sở KH&CN', '', 'Thường xuyên', null],
    ]);
    expect(d.agencyNames).toEqual([
      expect.objectContaining({
        text: 'Các sở, ban, ngành',
        kind: 'collective',
        resolution: 'ignored',
        cells: ['Phụ lục!D9'],
      }),
    ]);
    expect(d.summary.total).toEqual({ new: 5, updated: 0, unchanged: 0, refused: 0 });
    expect(d.canApply).toBe(true);
  });

  it('layout B (several agencies in a cell): the first leads, the others and the supporting cell support', async () => {
    const d = await call<PlanImportDryRun>('imports.planDryRun', {
      ...upload('nv.xlsx', await annexB()),
      planId: null,
    });
    expect(rowsOf(d)).toEqual([
      ['XHS.01', 'Xã hội số', 'Sở GD&ĐT', 'Sở KH&CN', '30/9/2025', '2025-09-30'],
      ['XHS.02', 'Xã hội số', 'Sở Y tế', 'Sở KH&CN, Công an tỉnh', 'Tháng 12/2025', '2025-12-31'],
      ['DLS.01', 'Dữ liệu số', 'Sở KH&CN', 'Sở Tài chính, Sở Nội vụ', '6 tháng đầu năm 2025', '2025-06-30'],
    ]);
    expect(d.sheets[0]!.columns.map((c) => `${c.field}:${c.column}`)).toEqual([
      'stt:A',
      'code:B',
      'title:C',
      'lead:D',
      'supporting:E',
      'due:F',
      'note:G',
    ]);
  });

  it('layout C (two-row header, deadlines as periods, an indicators sheet)', async () => {
    const d = await call<PlanImportDryRun>('imports.planDryRun', {
      ...upload('kh.xlsx', await annexC()),
      planId: null,
    });
    expect(d.sheets.map((s) => [s.name, s.headerRow])).toEqual([
      ['Kế hoạch', 4],
      ['Chỉ tiêu', 1],
    ]);
    expect(
      d.rows
        .filter((r) => r.kind === 'task')
        .map((r) => [r.code, r.pillarName, r.due?.text, r.due?.date, r.due?.kind]),
    ).toEqual([
      ['A.1', 'Nhận thức số', 'Thường xuyên', null, 'ongoing'],
      ['A.2', 'Nhận thức số', 'Quý IV/2025', '2025-12-31', 'quarter'],
      ['B.1', 'Thể chế số', 'Tháng 6/2025', '2025-06-30', 'month'],
      ['B.2', 'Thể chế số', '6 tháng cuối năm 2025', '2025-12-31', 'half'],
      ['B.3', 'Thể chế số', 'Trước 15/8/2025', '2025-08-15', 'before'],
      ['B.4', 'Thể chế số', '2025-2026', '2026-12-31', 'range'],
    ]);
    expect(
      d.rows.filter((r) => r.kind === 'indicator').map((r) => [r.code, r.title, r.unit, r.target, r.lead]),
    ).toEqual([
      ['1', 'Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', '%', 80, 'Văn phòng UBND tỉnh'],
      ['2', 'Số bộ dữ liệu mở được công bố', 'bộ', 1200, 'Sở KH&CN'],
    ]);
    expect(d.summary).toMatchObject({ tasks: { new: 6 }, indicators: { new: 2 } });
  });

  it('refuses the broken annex row by row with sheet, row, column and what to fix, and applies nothing', async () => {
    const file = upload('hong.xlsx', await annexBroken());
    const d = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId: null });
    const problems = d.rows.flatMap((r) => r.problems.map((p) => [p.sheet, p.row, p.column, p.message]));
    expect(problems).toEqual([
      ['Danh mục', 3, 'B', 'Dòng có STT 2 nhưng không có tên nhiệm vụ; hãy nhập tên hoặc xóa dòng.'],
      [
        'Danh mục',
        4,
        'D',
        expect.stringMatching(/^Không đọc được thời hạn «Sớm nhất có thể»; hãy viết theo/),
      ],
      [
        'Danh mục',
        5,
        'C',
        'Cơ quan «Sở Không Tồn Tại» chưa có trong Danh mục cơ quan; hãy chọn cơ quan tương ứng, tạo mới hoặc bỏ qua.',
      ],
      ['Danh mục', 6, 'E', 'Ô có lỗi #DIV/0!; hãy sửa công thức hoặc nhập giá trị.'],
      ['Danh mục', 7, 'A', 'Mã 1 trùng với dòng 2; hãy sửa mã hoặc STT cho khác nhau.'],
    ]);
    expect(d.summary.total).toEqual({ new: 1, updated: 0, unchanged: 0, refused: 5 });
    expect(d.canApply).toBe(false);
    const before = counts();
    const r = await route('imports.planApply', { ...file, planId: null });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NHAP_BI_TU_CHOI');
    expect(r.error.message).toMatch(/^Chưa nhập gì: 5 dòng bị từ chối\..*Trang «Danh mục», dòng 3, cột B:/);
    expect(r.error.fields?.[0]?.path).toBe('Danh mục!B3');
    expect(counts()).toEqual(before);
    // Leaving the refused rows out, as the person chose, imports the one good row.
    const partial = await call<PlanImportResult>('imports.planApply', {
      ...file,
      planId: null,
      skipRefused: true,
    });
    expect(partial.summary.total.new).toBe(1);
  });

  it('applies as one change set that undo takes back; the same file again changes nothing', async () => {
    const file = upload('phu-luc.xlsx', await annexA());
    const result = await call<PlanImportResult>('imports.planApply', { ...file, planId: null });
    expect(result.changeSet).toMatchObject({ kind: 'imports.planApply', undoable: true });
    expect(result.changeSet!.label).toBe('Nhập kế hoạch 45/KH-UBND từ tệp «phu-luc.xlsx»: 5 nhiệm vụ mới');
    const plan = await call<Plan>('plans.get', { id: result.planId });
    expect(plan.taskCount).toBe(5);
    const list = await call<Page<TaskRow>>('tasks.list', { planId: plan.id });
    const task = await call<Task>('tasks.get', { id: list.rows.find((t) => t.code === 'III.1.1')!.id });
    expect(task).toMatchObject({
      dueDate: '2025-12-31',
      leadAgencyName: 'Sở KH&CN',
      pillarName: 'Hạ tầng và nền tảng số',
    });
    const ongoing = list.rows.find((t) => t.code === 'III.1.2')!;
    expect(ongoing).toMatchObject({ dueDate: null, situation: 'khong_thoi_han' });
    const kept = store.ctx.db
      .prepare('SELECT due_text, sheet, row_number FROM imported_task WHERE task_id = ?')
      .get(ongoing.id);
    expect(kept).toEqual({ due_text: 'Thường xuyên', sheet: 'Phụ lục', row_number: 15 });

    const again = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId: plan.id });
    expect(again.summary.total).toEqual({ new: 0, updated: 0, unchanged: 5, refused: 0 });
    const before = counts();
    const second = await call<PlanImportResult>('imports.planApply', { ...file, planId: plan.id });
    expect(second.changeSet).toBeNull();
    expect(counts()).toMatchObject({ tasks: before.tasks, audit: before.audit, sets: before.sets });

    await call('changes.undo', { id: result.changeSet!.id });
    expect((await call<Plan[]>('plans.list', {})).map((p) => p.id)).not.toContain(plan.id);
    expect((await call<Page<TaskRow>>('tasks.list', { planId: plan.id })).total).toBe(0);
  });

  it('lists what an update changes, old and new, and writes only that', async () => {
    const file = upload('phu-luc.xlsx', await annexA());
    const { planId } = await call<PlanImportResult>('imports.planApply', { ...file, planId: null });
    const list = await call<Page<TaskRow>>('tasks.list', { planId });
    const id = list.rows.find((t) => t.code === 'I.2')!.id;
    await call('tasks.update', {
      id,
      patch: { dueDate: '2025-09-30', progress: 40, state: 'dang_thuc_hien' },
    });
    const d = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId });
    const row = d.rows.find((r) => r.code === 'I.2')!;
    expect(row.action).toBe('updated');
    expect(row.changes).toEqual([
      { field: 'dueDate', label: 'Thời hạn', before: '30/09/2025', after: '30/06/2025' },
    ]);
    await call('imports.planApply', { ...file, planId });
    expect(await call<Task>('tasks.get', { id })).toMatchObject({ dueDate: '2025-06-30', progress: 40 });
  });

  it('creates an unknown agency only when the person asks, and honours a mapping to an existing one', async () => {
    const file = upload('hong.xlsx', await annexBroken());
    const agencies = await call<Agency[]>('agencies.list', {});
    const d = await call<PlanImportDryRun>('imports.planDryRun', { ...file, planId: null });
    expect(d.agencyNames[0]).toMatchObject({
      text: 'Sở Không Tồn Tại',
      resolution: 'refused',
      proposal: { code: 'SKTT' },
    });
    const mapped = await call<PlanImportDryRun>('imports.planDryRun', {
      ...file,
      planId: null,
      agencies: { 'Sở Không Tồn Tại': { agencyId: agencies.find((a) => a.code === 'STC')!.id } },
    });
    expect(mapped.rows.find((r) => r.row === 5)).toMatchObject({ action: 'new', lead: 'Sở Tài chính' });
    const before = (await call<Agency[]>('agencies.list', {})).length;
    await call('imports.planApply', {
      ...file,
      planId: null,
      skipRefused: true,
      agencies: {
        'Sở Không Tồn Tại': {
          create: { code: 'SKTT', name: 'Sở Không Tồn Tại', shortName: null, kind: 'so_ban_nganh' },
        },
      },
    });
    expect((await call<Agency[]>('agencies.list', {})).length).toBe(before + 1);
  });

  it('takes the person’s header row and columns', async () => {
    const file = upload('nv.xlsx', await annexB());
    const d = await call<PlanImportDryRun>('imports.planDryRun', {
      ...file,
      planId: null,
      sheets: [{ name: 'Nhiệm vụ 2025', headerRow: 1, columns: { supporting: null, note: 'E' } }],
    });
    expect(d.sheets[0]!.columns.find((c) => c.field === 'note')).toMatchObject({
      column: 'E',
      header: 'Đơn vị phối hợp',
    });
    expect(d.rows.find((r) => r.code === 'DLS.01')!.supporting).toEqual([]);
    const wrong = await call<PlanImportDryRun>('imports.planDryRun', {
      ...file,
      planId: null,
      sheets: [{ name: 'Nhiệm vụ 2025', headerRow: 3 }],
    });
    expect(wrong.problems[0]!.message).toMatch(/dòng 3: không phải dòng tiêu đề/);
    expect(wrong.canApply).toBe(false);
  });

  it('reads a CSV in UTF-8 or in Windows-1258, and refuses an .xls with the advice to save as .xlsx', async () => {
    const utf8 = await call<PlanImportDryRun>('imports.planDryRun', {
      ...upload('nv.csv', annexCsv()),
      planId: null,
    });
    expect(rowsOf(utf8)).toEqual([
      ['XHS.01', 'Xã hội số', 'Sở GD&ĐT', 'Sở KH&CN', '30/9/2025', '2025-09-30'],
      ['XHS.02', 'Xã hội số', 'Sở Y tế', 'Sở KH&CN, Công an tỉnh', 'Tháng 12/2025', '2025-12-31'],
      ['DLS.01', 'Dữ liệu số', 'Sở KH&CN', 'Sở Tài chính, Sở Nội vụ', '6 tháng đầu năm 2025', '2025-06-30'],
    ]);
    // Windows-1258 as Excel writes on a Vietnamese Windows: "Sở Tài chính" with a combining tone mark.
    const cp1258 = toWindows1258('STT,Nhiệm vụ,Cơ quan chủ trì\r\n1,Lập kế hoạch,Sở Tài chính\r\n');
    expect(cp1258.includes(0xec)).toBe(true); // a combining tone mark, as cp1258 writes it
    const win = await call<PlanImportDryRun>('imports.planDryRun', {
      ...upload('ansi.csv', cp1258),
      planId: null,
    });
    expect(win.rows.map((r) => [r.title, r.lead])).toEqual([['Lập kế hoạch', 'Sở Tài chính']]);
    const xls = await route('imports.planDryRun', {
      ...upload('cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])),
      planId: null,
    });
    expect(xls.ok).toBe(false);
    if (!xls.ok)
      expect(xls.error).toMatchObject({
        code: 'DINH_DANG_CU',
        message: expect.stringMatching(/Excel Workbook \(\.xlsx\)/),
      });
  });
});
