// Builds the report model (shared/report/model.ts) for one plan and period from the store, through the
// same services the screens use (listTasks, listIndicators), so a figure is computed one way everywhere.
// Which data: tasks as they stand at the reference date (the cut-off, or today while the period runs);
// indicator values of the periods the report covers as known now, whenever they were typed (figures arrive
// after the cut-off; see main/services/indicatorValues.ts). The dashboard at the cut-off date shows what
// was known that day instead, so the two differ exactly by the values that came in later.
// The model is plain data: the workbook is drawn from it and it is embedded in the file.
import type { TaskRow } from '../../../shared/api/types';
import { formatDateLine } from '../../../shared/format/vi';
import { summariseAssessments } from '../../../shared/rules/indicatorAssessment';
import { parsePeriod } from '../../../shared/rules/periods';
import { completionRate, countSituations } from '../../../shared/rules/taskSituation';
import {
  REPORT_MODEL_SCHEMA,
  type ReportKind,
  type ReportModel,
  type TaskFigures,
} from '../../../shared/report/model';
import {
  ANNEX1_LABEL,
  ANNEX1_TITLE,
  ANNEX2_LABEL,
  ANNEX2_TITLE,
  MOTTO,
  NATION,
  REPORT_TITLE,
  closingParagraph,
  docNumberLine,
  indicatorSentence,
  introParagraph,
  issuingBodyLines,
  reportSubtitle,
  taskSentence,
} from '../../../shared/report/text';
import { appError } from '../../errors';
import type { ServiceContext } from '../context';
import { listIndicators } from '../indicators';
import { listPillars } from '../pillars';
import { getPlan } from '../plans';
import { getSettings } from '../settings';
import { listTaskRows } from '../tasks';
import { wholeTaskList } from '../taskListFilter';
import {
  indicatorAnnex,
  indicatorLegend,
  taskAnnex,
  taskDetails,
  taskRemarks,
  taskSubtotal,
} from './annexes';
import { getReportDraft } from './drafts';
import { reportSections } from './narrative';

export interface ReportRequest {
  planId: string;
  period: string;
  kind: ReportKind;
}

function taskFigures(tasks: TaskRow[]): TaskFigures {
  const c = countSituations(tasks.map((t) => t.situation));
  const done = c.hoan_thanh_dung_han + c.hoan_thanh_qua_han;
  return {
    total: c.total,
    done,
    doneOnTime: c.hoan_thanh_dung_han,
    doneLate: c.hoan_thanh_qua_han,
    overdue: c.qua_han,
    dueSoon: c.sap_den_han,
    inTime: c.trong_han,
    noDeadline: c.khong_thoi_han,
    paused: c.tam_dung,
    cancelled: c.huy_bo,
    completionRate: completionRate({ total: c.total, done, cancelled: c.huy_bo }),
  };
}

/**
 * The figures are taken at the period's cut-off (Nghị định 09/2019); while the period is still running
 * (a Quý IV report drafted on 1 December), at today instead: a task due on 10 December is not yet late.
 */
export function referenceDateOf(periodTo: string, today: string): string {
  return periodTo < today ? periodTo : today;
}

/**
 * A report is for a period within the plan's years: Quý I/2025 of a 2026 plan would count that plan's
 * tasks against a year they were not planned for, and print it as if it were a report on the plan. Refused,
 * saying what to choose instead (a report on another year belongs to that year's plan).
 */
export function refuseOutsidePlan(
  period: { year: number; label: string },
  plan: { code: string; yearFrom: number; yearTo: number },
): void {
  if (period.year >= plan.yearFrom && period.year <= plan.yearTo) return;
  const years =
    plan.yearFrom === plan.yearTo ? `năm ${plan.yearFrom}` : `các năm ${plan.yearFrom}-${plan.yearTo}`;
  throw appError('KY_BAO_CAO_NGOAI_KE_HOACH', {
    period: period.label,
    plan: plan.code,
    years,
    year: period.year,
  });
}

export function buildReportModel(
  ctx: ServiceContext,
  request: ReportRequest,
  overrides: { docNumber?: string } = {},
): ReportModel {
  const period = parsePeriod(request.period);
  if (!period) throw appError('KY_BAO_CAO_MAU_SAI', { period: request.period });
  const plan = getPlan(ctx, request.planId);
  refuseOutsidePlan(period, plan);
  const settings = getSettings(ctx);
  const stored = getReportDraft(ctx, request);
  const draft =
    overrides.docNumber === undefined ? stored : { ...stored, docNumber: overrides.docNumber.trim() };
  const today = ctx.today();
  const at = referenceDateOf(period.to, today);

  const pillars = listPillars(ctx, true);
  // Not in pages: each page (LIMIT/OFFSET) sorted the whole plan again to skip the rows before it, so a
  // plan ten times larger cost a hundred times more (90x from 10,000 to 100,000 tasks in `npm run bench`).
  const tasks = listTaskRows(ctx, wholeTaskList(plan.id, at));
  const indicators = listIndicators(
    ctx,
    { planId: plan.id, pillarId: null, leadAgencyId: null, q: '', at },
    { kind: 'report', period: period.key, to: period.to },
  );

  const figures = taskFigures(tasks);
  const indicatorCounts = summariseAssessments(indicators.map((i) => i.assessment));
  const summary = {
    tasks: figures,
    taskSentence: taskSentence(figures),
    indicators: indicatorCounts,
    indicatorSentence: indicatorSentence(indicatorCounts),
  };
  const details = taskDetails(ctx, plan.id);
  const taskGroups = taskAnnex(details, tasks, pillars);
  const indicatorGroups = indicatorAnnex(indicators, pillars, period.to);
  const planLabel = `Kế hoạch số ${plan.code}`;

  return {
    schema: REPORT_MODEL_SCHEMA,
    kind: request.kind,
    generatedAt: ctx.now().toISOString(),
    province: settings.provinceName,
    committee: settings.committeeName,
    plan: {
      id: plan.id,
      code: plan.code,
      title: plan.title,
      issuedOn: plan.issuedOn,
      issuedBy: plan.issuedBy,
    },
    period: { key: period.key, label: period.label, from: period.from, to: period.to },
    referenceDate: at,
    header: {
      issuingBody: issuingBodyLines(settings.provinceName, settings.committeeName),
      nation: NATION,
      motto: MOTTO,
      docNumber: docNumberLine(draft.docNumber, settings.committeeShortName),
      placeDateLine: formatDateLine(settings.reportPlace, today),
      date: today,
      title: REPORT_TITLE,
      subtitle: reportSubtitle(period.label),
    },
    summary,
    intro: introParagraph(plan, period.label),
    sections: reportSections(draft.sections, {
      planLabel,
      referenceDate: at,
      periodTo: period.to,
      summary,
      taskGroups,
      remarks: taskRemarks(details, taskGroups),
    }),
    closing: closingParagraph(settings.committeeName, period.label),
    annex1: {
      label: ANNEX1_LABEL,
      title: ANNEX1_TITLE,
      groups: indicatorGroups,
      total: indicatorCounts,
      legend: indicatorLegend(indicators),
    },
    annex2: { label: ANNEX2_LABEL, title: ANNEX2_TITLE, groups: taskGroups, total: taskSubtotal(tasks) },
    recipients: draft.recipients,
    signer: draft.signer,
    docNumber: draft.docNumber,
  };
}
