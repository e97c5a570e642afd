import { appError } from '../../errors';
import { addDays, isoDate } from '../../../shared/dates';
import { periodKeys, parsePeriod } from '../../../shared/rules/periods';
import type { TaskState } from '../../../shared/domain';
import { createAgency, mergeAgency } from '../agencies';
import { withChangeSet, type ServiceContext } from '../context';
import { createIndicator, setTarget, setValues } from '../indicators';
import { conclusionToTask, createConclusion, createMeeting } from '../meetings';
import { listPillars, seedPillars } from '../pillars';
import { createPlan } from '../plans';
import { updateSettings } from '../settings';
import { createTask, updateTask } from '../tasks';
import { DEMO_AGENCIES, DEMO_INDICATORS, DEMO_MEETINGS, DEMO_MERGED_AGENCY, DEMO_TASKS } from './data';

type Scenario =
  | 'done_on_time'
  | 'done_late'
  | 'overdue'
  | 'due_soon'
  | 'in_time'
  | 'not_started'
  | 'no_deadline'
  | 'paused'
  | 'cancelled';

// One scenario per task, cycled so that every task situation appears, in proportions like a real
// province late in the year (most done, some overdue, a few paused or cancelled).
const PATTERN: Scenario[] = [
  'done_on_time',
  'overdue',
  'done_on_time',
  'in_time',
  'done_on_time',
  'due_soon',
  'done_late',
  'done_on_time',
  'no_deadline',
  'done_on_time',
  'done_on_time',
  'done_on_time',
  'in_time',
  'paused',
  'done_on_time',
  'not_started',
  'done_on_time',
  'due_soon',
  'done_on_time',
  'done_on_time',
  'overdue',
  'done_on_time',
  'cancelled',
  'done_on_time',
];

/** The reference date the demo is built around: today inside the year, else 10 December of that year. */
function demoReference(today: string, year: number): string {
  return today.startsWith(`${year}-`) ? today : isoDate(year, 12, 10);
}

function clampToYear(d: string, year: number): string {
  const start = isoDate(year, 1, 5);
  return d < start ? start : d;
}

function taskDates(s: Scenario, ref: string, year: number, i: number) {
  const k = (i * 7) % 23;
  switch (s) {
    case 'done_on_time': {
      const completed = clampToYear(addDays(ref, -(10 + k * 6)), year);
      return {
        due: addDays(completed, 5 + (i % 20)),
        completed,
        state: 'hoan_thanh' as TaskState,
        progress: 100,
      };
    }
    case 'done_late': {
      const completed = clampToYear(addDays(ref, -(5 + k)), year);
      return {
        due: addDays(completed, -(8 + (i % 15))),
        completed,
        state: 'hoan_thanh' as TaskState,
        progress: 100,
      };
    }
    case 'overdue':
      return {
        due: clampToYear(addDays(ref, -(3 + k * 3)), year),
        completed: null,
        state: 'dang_thuc_hien' as TaskState,
        progress: 30 + (i % 5) * 10,
      };
    case 'due_soon':
      return {
        due: addDays(ref, i % 7),
        completed: null,
        state: 'dang_thuc_hien' as TaskState,
        progress: 60 + (i % 4) * 10,
      };
    case 'in_time':
      return {
        due: addDays(ref, 20 + k * 4),
        completed: null,
        state: 'dang_thuc_hien' as TaskState,
        progress: 20 + (i % 6) * 10,
      };
    case 'not_started':
      return {
        due: addDays(ref, 45 + k),
        completed: null,
        state: 'chua_thuc_hien' as TaskState,
        progress: 0,
      };
    case 'no_deadline':
      return { due: null, completed: null, state: 'dang_thuc_hien' as TaskState, progress: 50 };
    case 'paused':
      return { due: addDays(ref, 30), completed: null, state: 'tam_dung' as TaskState, progress: 20 };
    case 'cancelled':
      return { due: addDays(ref, -30), completed: null, state: 'huy_bo' as TaskState, progress: 0 };
  }
}

const RESULTS: Partial<Record<Scenario, string>> = {
  done_on_time: 'Đã hoàn thành, sản phẩm được nghiệm thu và đưa vào sử dụng.',
  done_late: 'Đã hoàn thành nhưng chậm so với thời hạn do điều chỉnh sau sắp xếp đơn vị hành chính.',
  overdue: 'Đang triển khai; chậm tiến độ do vướng mắc về kinh phí và nhân lực.',
  paused: 'Tạm dừng chờ hướng dẫn của Bộ, ngành Trung ương.',
  cancelled: 'Không triển khai do đã được lồng ghép vào nhiệm vụ khác.',
};

/**
 * A realistic demo province written through the services (audit rows and search index included), in one
 * transaction: about 40 agencies, the pillars, a current-year plan with every task situation, indicators
 * with targets and quarterly values covering every assessment, and three meetings with conclusions.
 */
export function createDemoProvince(base: ServiceContext, options: { year: number }): { planId: string } {
  const ctx: ServiceContext = { ...base, actor: () => 'Dữ liệu mẫu' };
  const { year } = options;
  const thisYear = Number(base.today().slice(0, 4));
  if (year > thisYear)
    // Its tasks are done on past dates, and no completion date may lie in the future (taskConsistency).
    throw appError('NAM_DU_LIEU_MAU_SAU', { year: thisYear });
  const ref = demoReference(base.today(), year);
  // One action, however it is started (the first-run screen or `tiendo demo`): "Tạo dữ liệu mẫu".
  return withChangeSet(ctx, { kind: 'app.createDemo', label: () => 'Tạo dữ liệu mẫu' }, () => {
    updateSettings(ctx, {
      provinceName: 'Tỉnh Lâm Đồng',
      committeeName:
        'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lâm Đồng',
      committeeShortName: 'BCĐ',
      secretariatAgency: 'Sở Khoa học và Công nghệ',
      reportPlace: 'Lâm Đồng',
      centreEmail: 'bcd.chuyendoiso@mst.gov.vn',
    });
    seedPillars(ctx);
    const pillarId = new Map(listPillars(ctx, false).map((p) => [p.code, p.id]));
    const agencyId = new Map<string, string>();
    for (const a of DEMO_AGENCIES) {
      const created = createAgency(ctx, {
        code: a.code,
        name: a.name,
        shortName: a.short,
        kind: a.kind,
        email: a.email ?? null,
        validFrom: '2025-07-01',
        validTo: null,
      });
      agencyId.set(a.code, created.id);
    }
    const merged = createAgency(ctx, {
      code: DEMO_MERGED_AGENCY.code,
      name: DEMO_MERGED_AGENCY.name,
      shortName: DEMO_MERGED_AGENCY.short,
      kind: 'so_ban_nganh',
      email: null,
      validFrom: '2008-01-01',
      validTo: null,
    });
    mergeAgency(ctx, {
      fromId: merged.id,
      intoId: agencyId.get(DEMO_MERGED_AGENCY.successor)!,
      on: DEMO_MERGED_AGENCY.validTo,
    });

    const plan = createPlan(ctx, {
      code: `45/KH-UBND`,
      title: `Kế hoạch chuyển đổi số tỉnh Lâm Đồng năm ${year}`,
      yearFrom: year,
      yearTo: year,
      issuedOn: isoDate(year, 1, 20),
      issuedBy: 'Ủy ban nhân dân tỉnh Lâm Đồng',
      basis:
        'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\nQuyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ\nĐề án 06 theo Quyết định số 06/QĐ-TTg ngày 06/01/2022',
      state: 'dang_thuc_hien',
    });

    const codeCounter = new Map<string, number>();
    const agencyCodes = [...agencyId.keys()];
    DEMO_TASKS.forEach(([pillar, title, lead, output], i) => {
      const scenario = PATTERN[i % PATTERN.length]!;
      const d = taskDates(scenario, ref, year, i);
      const n = (codeCounter.get(pillar) ?? 0) + 1;
      codeCounter.set(pillar, n);
      const support = [
        agencyCodes[(i * 5 + 3) % agencyCodes.length]!,
        agencyCodes[(i * 11 + 7) % agencyCodes.length]!,
      ]
        .filter((c) => c !== lead)
        .map((c) => agencyId.get(c)!);
      createTask(ctx, {
        planId: plan.id,
        code: `${pillar}.${String(n).padStart(2, '0')}`,
        title,
        pillarId: pillarId.get(pillar) ?? null,
        leadAgencyId: agencyId.get(lead) ?? null,
        supportingAgencyIds: [...new Set(support)],
        output,
        startDate: isoDate(year, 1, 20),
        dueDate: d.due,
        state: d.state,
        progress: d.progress,
        completedOn: d.completed,
        result: RESULTS[scenario] ?? '',
        difficulties:
          scenario === 'overdue' ? 'Thiếu kinh phí; nhân lực chuyên trách còn mỏng ở cấp xã.' : '',
        proposals: scenario === 'overdue' ? 'Đề nghị Sở Tài chính bổ sung kinh phí trong quý tới.' : '',
        sourceText: `Kế hoạch số 45/KH-UBND`,
      });
    });

    for (const ind of DEMO_INDICATORS) {
      const created = createIndicator(ctx, {
        planId: plan.id,
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        pillarId: pillarId.get(ind.pillar) ?? null,
        direction: ind.direction,
        leadAgencyId: agencyId.get(ind.agency) ?? null,
        definition: '',
      });
      setTarget(ctx, { indicatorId: created.id, year, baseline: ind.baseline, target: ind.target });
      if (ind.reach === null) continue;
      const quarters = periodKeys(year)
        .map((k) => parsePeriod(k)!)
        .filter((p) => p.kind === 'quarter' && p.from <= ref);
      quarters.forEach((p, qi) => {
        const share = ind.reach! * ((qi + 1) / quarters.length);
        const value = Math.round((ind.baseline + (ind.target - ind.baseline) * share) * 10) / 10;
        const enteredOn = p.to < ref ? p.to : ref;
        const at = new Date(`${enteredOn}T02:00:00.000Z`);
        setValues(
          { ...ctx, now: () => at },
          { values: [{ indicatorId: created.id, period: p.key, value, note: '', evidence: '' }] },
        );
      });
    }

    DEMO_MEETINGS.forEach((m, mi) => {
      const heldOn = isoDate(year, m.month, m.day);
      if (heldOn > ref) return;
      const meeting = createMeeting(ctx, {
        number: mi + 1,
        title: m.title,
        heldOn,
        chair: m.chair,
        mode: mi === 1 ? 'ket_hop' : 'truc_tiep',
        location: 'Hội trường UBND tỉnh, số 36 Trần Phú, phường Xuân Hương - Đà Lạt',
        attendees:
          'Thành viên Ban Chỉ đạo; lãnh đạo các sở, ban, ngành; Chủ tịch UBND các xã, phường (trực tuyến)',
        agenda:
          'Đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số; cho ý kiến về các nhiệm vụ trọng tâm thời gian tới.',
        noticeNumber: `${12 + mi * 37}/TB-BCĐ`,
        noticeDate: addDays(heldOn, 3),
      });
      m.conclusions.forEach(([agency, text, months, pillar], ci) => {
        const c = createConclusion(ctx, {
          meetingId: meeting.id,
          text,
          agencyId: agencyId.get(agency) ?? null,
          pillarId: pillarId.get(pillar) ?? null,
          dueDate: addDays(heldOn, months * 30),
        });
        // The first two conclusions of each meeting became tasks; the earliest of them is done.
        if (ci < 2) {
          const task = conclusionToTask(ctx, { conclusionId: c.id, planId: plan.id });
          if (mi === 0 && ci === 0) {
            const completedOn = addDays(heldOn, 25) < ref ? addDays(heldOn, 25) : ref;
            updateTask(ctx, task.id, {
              state: 'hoan_thanh',
              progress: 100,
              completedOn,
              result: 'Kế hoạch đã được UBND tỉnh ban hành.',
            });
          } else {
            updateTask(ctx, task.id, { state: 'dang_thuc_hien', progress: 40 });
          }
        }
      });
    });
    return { planId: plan.id };
  }).value;
}
