// What needs the committee's attention at D: overdue and due-soon tasks per lead agency (tasks as they
// stood at D, ./tasksAt.ts), and the indicators assessed "cần nỗ lực" at D (shared/rules/indicatorAssessment,
// values known at D).
import type { BriefingAgencyGroup, BriefingIndicator, BriefingTask } from '../../../shared/api/types';
import { parsePeriod } from '../../../shared/rules/periods';
import { compareText } from '../../../shared/text/collate';
import type { ServiceContext } from '../context';
import { listIndicators } from '../indicators';
import { toBriefingTask, type TaskAtD } from './tasksAt';

export const NO_AGENCY = 'Chưa giao cơ quan chủ trì';

/** Tasks ordered by a date (empty last), then naturally by code ('1.9' before '1.10'). */
export function byDateThenCode(date: (t: TaskAtD) => string | null) {
  return (a: TaskAtD, b: TaskAtD): number => {
    const da = date(a) ?? '9999-12-31';
    const db = date(b) ?? '9999-12-31';
    return da < db ? -1 : da > db ? 1 : compareText(a.code, b.code);
  };
}

/** Groups tasks by lead agency: the agency with most tasks first, then by name; tasks keep their order. */
export function groupByAgency(tasks: BriefingTask[]): BriefingAgencyGroup[] {
  const groups = new Map<string, BriefingAgencyGroup>();
  for (const t of tasks) {
    const key = t.leadAgencyId ?? '';
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { agencyId: t.leadAgencyId, agencyName: t.leadAgencyName ?? NO_AGENCY, tasks: [] }),
      );
    g.tasks.push(t);
  }
  return [...groups.values()].sort(
    (a, b) => b.tasks.length - a.tasks.length || compareText(a.agencyName, b.agencyName),
  );
}

export function tasksInSituation(tasks: TaskAtD[], situation: 'qua_han' | 'sap_den_han') {
  return groupByAgency(
    tasks
      .filter((t) => t.situation === situation)
      .sort(byDateThenCode((t) => t.dueDate))
      .map(toBriefingTask),
  );
}

export function indicatorsBehind(ctx: ServiceContext, at: string): BriefingIndicator[] {
  return listIndicators(ctx, { planId: null, pillarId: null, leadAgencyId: null, q: '', at })
    .filter((i) => i.assessment === 'can_no_luc')
    .map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      leadAgencyName: i.leadAgencyName,
      target: i.target?.target ?? null,
      latest: i.latest?.value ?? null,
      latestPeriodLabel: i.latest ? (parsePeriod(i.latest.period)?.label ?? i.latest.period) : null,
      latestPeriod: i.latest?.period ?? null,
      ratio: i.ratio,
    }));
}
