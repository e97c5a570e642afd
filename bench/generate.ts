// A large generated province for the benchmark: 200 agencies, 10,000 tasks, 300 indicators and
// 50,400 indicator values, written through the services (so audit and search rows are realistic).
import { addDays, isoDate } from '../shared/dates';
import { TASK_STATES } from '../shared/domain';
import { periodKeys, parsePeriod } from '../shared/rules/periods';
import { createAgency } from '../main/services/agencies';
import { inTransaction, type ServiceContext } from '../main/services/context';
import { createIndicator, setTarget, setValues } from '../main/services/indicators';
import { listPillars, seedPillars } from '../main/services/pillars';
import { createPlan } from '../main/services/plans';
import { createTask } from '../main/services/tasks';

export const SIZE = { agencies: 200, tasks: 10_000, indicators: 300, valueYears: 24 };

const WORDS = [
  'Triển khai',
  'Nâng cấp',
  'Xây dựng',
  'Số hóa',
  'Kết nối',
  'Đào tạo',
  'Đường truyền',
  'chuyển đổi số',
  'dữ liệu',
  'nền tảng',
  'dịch vụ công',
  'an toàn thông tin',
  'hạ tầng',
  'giáo dục',
  'y tế',
  'du lịch',
];

export function taskFields(planId: string, i: number, pillars: string[], agencies: string[], year: number) {
  const state = TASK_STATES[i % TASK_STATES.length]!;
  const due = i % 17 === 0 ? null : addDays(isoDate(year, 1, 1), (i * 37) % 365);
  return {
    planId,
    code: `${1 + (i % 9)}.${i}`,
    title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} số ${i}`,
    pillarId: pillars[i % pillars.length]!,
    leadAgencyId: agencies[i % agencies.length]!,
    supportingAgencyIds: [agencies[(i * 3 + 1) % agencies.length]!],
    output: 'Sản phẩm được nghiệm thu',
    startDate: isoDate(year, 1, 1),
    dueDate: due,
    state,
    // Consistent with the state (shared/rules/taskConsistency): not started is 0%, done 100%, others below.
    progress: state === 'hoan_thanh' ? 100 : state === 'chua_thuc_hien' ? 0 : (i * 7) % 100,
    completedOn: state === 'hoan_thanh' ? addDays(isoDate(year, 1, 1), (i * 29) % 320) : null,
    result: '',
    difficulties: '',
    proposals: '',
    sourceText: '',
  };
}

export function generateLargeProvince(
  ctx: ServiceContext,
  year: number,
): { planId: string; pillars: string[]; agencies: string[] } {
  return inTransaction(ctx, () => {
    seedPillars(ctx);
    const pillars = listPillars(ctx, false).map((p) => p.id);
    const agencies: string[] = [];
    for (let i = 0; i < SIZE.agencies; i++) {
      agencies.push(
        createAgency(ctx, {
          code: `CQ${i}`,
          name: `Cơ quan số ${i} - Đường ${i}`,
          shortName: `CQ ${i}`,
          kind: i % 3 === 0 ? 'ubnd_xa' : 'so_ban_nganh',
          email: null,
          validFrom: null,
          validTo: null,
        }).id,
      );
    }
    const plan = createPlan(ctx, {
      code: 'BENCH/KH',
      title: `Kế hoạch lớn ${year}`,
      yearFrom: year,
      yearTo: year,
      issuedOn: null,
      issuedBy: null,
      basis: '',
      state: 'dang_thuc_hien',
    });
    for (let i = 0; i < SIZE.tasks; i++) createTask(ctx, taskFields(plan.id, i, pillars, agencies, year));
    for (let i = 0; i < SIZE.indicators; i++) {
      const ind = createIndicator(ctx, {
        planId: plan.id,
        code: `CT${i}`,
        name: `Chỉ tiêu số ${i}`,
        unit: '%',
        pillarId: pillars[i % pillars.length]!,
        direction: i % 5 === 0 ? 'decrease' : 'increase',
        leadAgencyId: agencies[i % agencies.length]!,
        definition: '',
      });
      const values = [];
      for (let y = year - SIZE.valueYears + 1; y <= year; y++) {
        setTarget(ctx, { indicatorId: ind.id, year: y, baseline: 10, target: 90 });
        for (const key of periodKeys(y))
          values.push({ indicatorId: ind.id, period: parsePeriod(key)!.key, value: 10 + ((i + y) % 80) });
      }
      setValues(ctx, { values });
    }
    return { planId: plan.id, pillars, agencies };
  });
}
