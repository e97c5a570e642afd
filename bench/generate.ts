// A large generated province for the benchmark: at the base size 200 agencies, 10,000 tasks, 300
// indicators and 50,400 indicator values, written through the services (so audit and search rows are
// realistic). The growth run scales tasks, agencies and indicators together (`scaledSize`): a province
// ten times larger has ten times of each, so every figure's 100k/10k ratio can be read against 10x.
import { addDays, isoDate } from '../shared/dates';
import { TASK_STATES } from '../shared/domain';
import { periodKeys, parsePeriod } from '../shared/rules/periods';
import { createAgency } from '../main/services/agencies';
import { inTransaction, type ServiceContext } from '../main/services/context';
import { createIndicator, setTarget, setValues } from '../main/services/indicators';
import { listPillars, seedPillars } from '../main/services/pillars';
import { createPlan } from '../main/services/plans';
import { createTask } from '../main/services/tasks';
import { flushSearch } from '../main/services/search';

export interface ProvinceSize {
  agencies: number;
  tasks: number;
  indicators: number;
  /** Years of values per indicator, 7 periods each (4 quarters, 6 and 9 months, the year). */
  valueYears: number;
}

/** The large province of the README's figures. */
export const SIZE: ProvinceSize = { agencies: 200, tasks: 10_000, indicators: 300, valueYears: 24 };

/** The large province scaled to `tasks` tasks, agencies and indicators in proportion. */
export function scaledSize(tasks: number): ProvinceSize {
  const k = tasks / SIZE.tasks;
  return {
    agencies: Math.round(SIZE.agencies * k),
    tasks,
    indicators: Math.round(SIZE.indicators * k),
    valueYears: SIZE.valueYears,
  };
}

export const describeSize = (s: ProvinceSize): string =>
  `${s.agencies} agencies, ${s.tasks} tasks, ${s.indicators} indicators, ${s.indicators * s.valueYears * 7} values`;

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

/** Runs `each(i)` for i in [0, n) in transactions of `chunk`, as a person's imports would arrive. */
function inChunks(ctx: ServiceContext, n: number, chunk: number, each: (i: number) => void): void {
  for (let from = 0; from < n; from += chunk)
    inTransaction(ctx, () => {
      for (let i = from; i < Math.min(n, from + chunk); i++) each(i);
    });
}

export function generateLargeProvince(
  ctx: ServiceContext,
  year: number,
  size: ProvinceSize = SIZE,
): { planId: string; pillars: string[]; agencies: string[] } {
  const { pillars, agencies, planId } = inTransaction(ctx, () => {
    seedPillars(ctx);
    const agencyIds: string[] = [];
    for (let i = 0; i < size.agencies; i++) {
      agencyIds.push(
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
    return { pillars: listPillars(ctx, false).map((p) => p.id), agencies: agencyIds, planId: plan.id };
  });
  inChunks(ctx, size.tasks, 2000, (i) => createTask(ctx, taskFields(planId, i, pillars, agencies, year)));
  inChunks(ctx, size.indicators, 50, (i) => {
    const ind = createIndicator(ctx, {
      planId,
      code: `CT${i}`,
      name: `Chỉ tiêu số ${i}`,
      unit: '%',
      pillarId: pillars[i % pillars.length]!,
      direction: i % 5 === 0 ? 'decrease' : 'increase',
      leadAgencyId: agencies[i % agencies.length]!,
      definition: '',
    });
    const values = [];
    for (let y = year - size.valueYears + 1; y <= year; y++) {
      setTarget(ctx, { indicatorId: ind.id, year: y, baseline: 10, target: 90 });
      for (const key of periodKeys(y))
        values.push({ indicatorId: ind.id, period: parsePeriod(key)!.key, value: 10 + ((i + y) % 80) });
    }
    setValues(ctx, { values });
  });
  flushSearch(ctx); // the search rows, as the app writes them once a call's answer is out
  return { planId, pillars, agencies };
}
