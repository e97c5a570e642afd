// The two annexes of the periodic report, grouped by pillar in the pillars' own order (then "Chưa phân
// loại"), rows in natural code order ('1.9' before '1.10'), each group with its subtotal.
import { assessmentLegendVi, assessmentNoteVi } from '../../../shared/format/explanationVi';
import type { IndicatorRow, Pillar, TaskRow } from '../../../shared/api/types';
import { parsePeriod } from '../../../shared/rules/periods';
import { ASSESSMENT_LABELS, summariseAssessments } from '../../../shared/rules/indicatorAssessment';
import { completionRate, isDone, TASK_SITUATION_LABELS } from '../../../shared/rules/taskSituation';
import {
  roman,
  type AnnexGroup,
  type AssessmentCounts,
  type IndicatorAnnexRow,
  type TaskAnnexRow,
  type TaskSubtotal,
} from '../../../shared/report/model';
import type { ServiceContext } from '../context';
import { compareText } from '../../../shared/text/collate';
import { all, sql } from '../../db/sql';

const UNGROUPED = 'Chưa phân loại';

/**
 * Groups items by pillar, in pillar sort order; items without a (known) pillar go last. Each group keeps
 * the items' order, which is already TienDo's code order (listTaskRows and listIndicators both read in
 * the order of the code's sort key): sorting again looked each code's key up per comparison, and past
 * the key cache's size (a 100,000-task plan) computed it again each time.
 */
function groupByPillar<T extends { pillarId: string | null; code: string }>(
  items: T[],
  pillars: Pillar[],
): { pillar: Pillar | null; items: T[] }[] {
  const known = new Set(pillars.map((p) => p.id));
  const buckets = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.pillarId && known.has(item.pillarId) ? item.pillarId : null;
    const list = buckets.get(key) ?? [];
    list.push(item);
    buckets.set(key, list);
  }
  const ordered: { pillar: Pillar | null; items: T[] }[] = [];
  for (const p of pillars) if (buckets.has(p.id)) ordered.push({ pillar: p, items: buckets.get(p.id)! });
  if (buckets.has(null)) ordered.push({ pillar: null, items: buckets.get(null)! });
  return ordered;
}

interface TaskDetail {
  output: string;
  result: string;
  supporting: string;
  difficulties: string;
  proposals: string;
}

/** What an agency wrote on a task about its difficulties and proposals (the drafted "Đề xuất, kiến nghị"). */
export interface TaskRemark {
  code: string;
  title: string;
  leadAgency: string;
  difficulties: string;
  proposals: string;
}

/** The columns of the annexes TaskRow does not carry, of each live task of a plan (taskDetails). */
export type TaskDetails = Map<string, TaskDetail>;

/**
 * Output, result, difficulties, proposals and supporting agencies of the plan's live tasks, read once for
 * both annex 2 and the drafted remarks. The supporting agencies are one read of the plan's pairs, put in
 * order per task here: a subquery per task sorted each task's few names in a temporary b-tree of its own,
 * calling the sort-key function back for each (a third of the report model's time at 100,000 tasks).
 */
export function taskDetails(ctx: ServiceContext, planId: string): TaskDetails {
  const rows = all<Omit<TaskDetail, 'supporting'> & { id: string }>(
    ctx,
    sql`SELECT t.id, t.output, t.result, t.difficulties, t.proposals
       FROM task t WHERE t.plan_id = ${planId} AND t.archived_at IS NULL`,
  );
  const pairs = all<{ task_id: string; agency_id: string; name: string }>(
    ctx,
    sql`SELECT s.task_id, s.agency_id, COALESCE(a.short_name, a.name) AS name
       FROM task t JOIN task_supporting_agency s ON s.task_id = t.id JOIN agency a ON a.id = s.agency_id
       WHERE t.plan_id = ${planId} AND t.archived_at IS NULL`,
  );
  const supporting = new Map<string, { agency_id: string; name: string }[]>();
  for (const p of pairs) {
    const list = supporting.get(p.task_id);
    if (list) list.push(p);
    else supporting.set(p.task_id, [p]);
  }
  // TienDo's order of the names (as ORDER BY tiendo_sort_key(name) gave), equal keys by the agency's id
  // (the order SQLite read them in, by the primary key of task_supporting_agency).
  const byName = (a: { agency_id: string; name: string }, b: { agency_id: string; name: string }) =>
    compareText(a.name, b.name) || (a.agency_id < b.agency_id ? -1 : a.agency_id > b.agency_id ? 1 : 0);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        output: r.output,
        result: r.result,
        difficulties: r.difficulties,
        proposals: r.proposals,
        supporting: (supporting.get(r.id) ?? [])
          .sort(byName)
          .map((a) => a.name)
          .join(', '),
      },
    ]),
  );
}

/**
 * Difficulties and proposals written on the plan's tasks, in annex order; cancelled tasks are left out
 * (what they asked for no longer stands).
 */
export function taskRemarks(
  details: TaskDetails,
  groups: AnnexGroup<TaskAnnexRow, TaskSubtotal>[],
): TaskRemark[] {
  const out: TaskRemark[] = [];
  for (const g of groups)
    for (const r of g.rows) {
      const d = details.get(r.taskId);
      if (!d || r.situation === 'huy_bo') continue;
      const difficulties = d.difficulties.trim();
      const proposals = d.proposals.trim();
      if (difficulties || proposals)
        out.push({ code: r.code, title: r.title, leadAgency: r.leadAgency, difficulties, proposals });
    }
  return out;
}

export function taskSubtotal(rows: { situation: TaskRow['situation'] }[]): TaskSubtotal {
  const total = rows.length;
  const done = rows.filter((r) => isDone(r.situation)).length;
  const cancelled = rows.filter((r) => r.situation === 'huy_bo').length;
  const overdue = rows.filter((r) => r.situation === 'qua_han').length;
  return { total, done, overdue, cancelled, rate: completionRate({ total, done, cancelled }) };
}

export function taskAnnex(
  details: TaskDetails,
  tasks: TaskRow[],
  pillars: Pillar[],
): AnnexGroup<TaskAnnexRow, TaskSubtotal>[] {
  let stt = 0;
  return groupByPillar(tasks, pillars).map((g, i) => {
    const rows = g.items.map((t): TaskAnnexRow => {
      const d = details.get(t.id);
      return {
        stt: ++stt,
        taskId: t.id,
        code: t.code,
        title: t.title,
        leadAgency: t.leadAgencyName ?? '',
        supportingAgencies: d?.supporting ?? '',
        output: d?.output ?? '',
        dueDate: t.dueDate,
        progress: t.progress,
        situation: t.situation,
        situationLabel: TASK_SITUATION_LABELS[t.situation],
        result: d?.result ?? '',
      };
    });
    return {
      pillarId: g.pillar?.id ?? null,
      numeral: roman(i + 1),
      pillarName: g.pillar?.name ?? UNGROUPED,
      rows,
      subtotal: taskSubtotal(rows),
    };
  });
}

/**
 * The note of an indicator row: which period the value is from when older than the cut-off, the value's
 * own note, then why the assessment is what it is in a form that fits the printed column (issue 14: the
 * chair reads the reason beside the verdict; the legend under the table, indicatorLegend, reads it).
 */
function indicatorNote(row: IndicatorRow, cutOff: string): string {
  const parts: string[] = [];
  if (row.latest && row.latest.periodEnd < cutOff)
    parts.push(`Số liệu ${parsePeriod(row.latest.period)?.label ?? row.latest.period}`);
  if (row.latest?.note.trim()) parts.push(row.latest.note.trim());
  if (!row.target) parts.push('Chưa giao kế hoạch năm');
  const why = assessmentNoteVi(row.explanation);
  if (why) parts.push(why);
  return parts.join('; ');
}

/** The line under annex 1 that says what its notes' "52% < 82%" mean, with this report's numbers. */
export function indicatorLegend(indicators: IndicatorRow[]): string {
  const e = indicators[0]?.explanation;
  return e ? assessmentLegendVi(e.expected, e.tolerance) : '';
}

export function indicatorAnnex(
  indicators: IndicatorRow[],
  pillars: Pillar[],
  cutOff: string,
): AnnexGroup<IndicatorAnnexRow, AssessmentCounts>[] {
  let stt = 0;
  return groupByPillar(indicators, pillars).map((g, i) => {
    const rows = g.items.map((r): IndicatorAnnexRow => ({
      stt: ++stt,
      indicatorId: r.id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      target: r.target?.target ?? null,
      actual: r.latest?.value ?? null,
      ratio: r.ratio,
      assessment: r.assessment,
      assessmentLabel: ASSESSMENT_LABELS[r.assessment],
      agency: r.leadAgencyName ?? '',
      note: indicatorNote(r, cutOff),
    }));
    return {
      pillarId: g.pillar?.id ?? null,
      numeral: roman(i + 1),
      pillarName: g.pillar?.name ?? UNGROUPED,
      rows,
      subtotal: summariseAssessments(rows.map((r) => r.assessment)),
    };
  });
}
