// A small scripted province for the report tests: every task situation and indicator assessment of the
// rules at the Quý IV/2025 cut-off (14/12/2025), text that looks like formulas, a Quý IV value entered
// after the cut-off (which the report counts and the dashboard at the cut-off does not), a stale value
// from Quý III and an indicator without any value. The report is made on 16/12/2025.
import { createIndicator, setTarget, setValues } from '../../../main/services/indicators';
import { listPillars, seedPillars } from '../../../main/services/pillars';
import { createPlan } from '../../../main/services/plans';
import { updateSettings } from '../../../main/services/settings';
import { createTask } from '../../../main/services/tasks';
import { addAgency, taskFields, type TaskFields } from '../../helpers/records';
import { openTestStore, type TestStore } from '../../helpers/store';

export const REPORT_DAY = '2025-12-16T03:00:00.000Z';

export interface Province {
  store: TestStore;
  planId: string;
  ids: Record<string, string>;
}

export async function scriptedProvince(): Promise<Province> {
  const store = await openTestStore('2025-09-10T03:00:00.000Z');
  const ctx = store.ctx;
  updateSettings(ctx, {
    provinceName: 'Tỉnh Lâm Đồng',
    committeeName: 'Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng',
    committeeShortName: 'BCĐ',
    secretariatAgency: 'Sở Khoa học và Công nghệ',
    reportPlace: 'Lâm Đồng',
  });
  seedPillars(ctx);
  const pillar = new Map(listPillars(ctx, false).map((p) => [p.code, p.id]));
  const khcn = addAgency(ctx, 'SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN');
  const tc = addAgency(ctx, 'STC', 'Sở Tài chính', 'Sở Tài chính');
  const yt = addAgency(ctx, 'SYT', 'Sở Y tế', 'Sở Y tế');
  const plan = createPlan(ctx, {
    code: '45/KH-UBND',
    title: 'Kế hoạch chuyển đổi số tỉnh Lâm Đồng năm 2025',
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: '2025-01-20',
    issuedBy: 'Ủy ban nhân dân tỉnh Lâm Đồng',
    basis: '',
    state: 'dang_thuc_hien',
  });
  const ids: Record<string, string> = {};
  // Tasks are written as of the report day: their completion dates are past then, never in the future.
  store.clock.set(REPORT_DAY);
  // In progress at 0% unless said otherwise: the situations below come from the fields each task sets.
  const add = (over: Partial<TaskFields> & { code: string }) => {
    const t = createTask(ctx, taskFields(plan.id, over.code, { progress: 0, ...over }));
    ids[t.code] = t.id;
  };
  const cqs = pillar.get('CQS')!;
  const kts = pillar.get('KTS')!;
  add({
    code: '1.10',
    title: 'Cổng dịch vụ công tỉnh',
    pillarId: cqs,
    leadAgencyId: khcn,
    dueDate: '2025-10-15',
    state: 'hoan_thanh',
    completedOn: '2025-10-01',
    progress: 100,
    output: 'Cổng DVC',
    result: 'Đã vận hành.',
  });
  add({
    code: '1.9',
    title: 'Kho dữ liệu dùng chung',
    pillarId: cqs,
    leadAgencyId: tc,
    supportingAgencyIds: [yt, khcn],
    dueDate: '2025-11-30',
    progress: 40,
  });
  // Completed after the cut-off: at 14/12 it was still open, due within 7 days.
  add({
    code: '1.2',
    title: 'Hệ thống họp trực tuyến',
    pillarId: cqs,
    leadAgencyId: khcn,
    dueDate: '2025-12-20',
    state: 'hoan_thanh',
    completedOn: '2025-12-15',
    progress: 100,
  });
  add({
    code: '1.3',
    title: 'Nhiệm vụ đã hủy',
    pillarId: cqs,
    leadAgencyId: yt,
    dueDate: '2025-08-01',
    state: 'huy_bo',
  });
  add({
    code: '2.1',
    title: 'Sàn thương mại điện tử',
    pillarId: kts,
    leadAgencyId: khcn,
    dueDate: '2025-11-01',
    state: 'hoan_thanh',
    completedOn: '2025-11-10',
    progress: 100,
    output: '=HYPERLINK("http://evil.example","bấm vào đây")',
    result: '+1',
  });
  add({
    code: '2.2',
    title: '-x nhiệm vụ thường xuyên',
    pillarId: kts,
    leadAgencyId: tc,
    progress: 50,
    result: '@SUM(A1:A2)',
  });
  add({
    code: '9.1',
    title: 'Nhiệm vụ chưa phân loại',
    leadAgencyId: null,
    dueDate: '2026-03-01',
    progress: 10,
  });

  store.clock.set('2025-09-10T03:00:00.000Z');
  const indicator = (
    code: string,
    pillarId: string | null,
    direction: 'increase' | 'decrease',
    baseline: number | null,
    target: number,
    unit = '%',
  ) => {
    const i = createIndicator(ctx, {
      planId: plan.id,
      code,
      name: `Chỉ tiêu ${code}`,
      unit,
      pillarId,
      direction,
      leadAgencyId: khcn,
      definition: '',
    });
    setTarget(ctx, { indicatorId: i.id, year: 2025, baseline, target });
    ids[code] = i.id;
    return i.id;
  };
  const ct01 = indicator('CT01', cqs, 'increase', 50, 80);
  const ct02 = indicator('CT02', kts, 'increase', 0, 100);
  const ct03 = indicator('CT03', kts, 'decrease', 30, 10);
  const ct04 = indicator('CT04', null, 'increase', null, 1000, 'hồ sơ');
  indicator('CT05', null, 'increase', 0, 50);
  // Quý III value, entered on 10/9 (the store's clock).
  setValues(ctx, { values: [{ indicatorId: ct02, period: '2025-Q3', value: 40, note: 'Ước tính' }] });
  store.clock.set('2025-12-10T03:00:00.000Z');
  setValues(ctx, {
    values: [
      { indicatorId: ct01, period: '2025-Q4', value: 85 },
      { indicatorId: ct03, period: '2025-Q4', value: 12.5 },
    ],
  });
  // Entered the day after the cut-off, as agencies do: the Quý IV report counts it.
  store.clock.set('2025-12-15T03:00:00.000Z');
  setValues(ctx, { values: [{ indicatorId: ct04, period: '2025-Q4', value: 1200 }] });
  store.clock.set(REPORT_DAY);
  return { store, planId: plan.id, ids };
}
