// What changed between the previous meeting (P) and this one (D), on the tasks as they stood at D
// (./tasksAt.ts):
//   completed:     done at D with completed_on in (P, D]
//   newly overdue: overdue at D but not at P, i.e. situation at D is qua_han and due_date >= P
//                  (due < D is implied by qua_han; paused and cancelled tasks are never qua_han)
//   values:        indicator values that became known on a day in (P, D]: the last version of each
//                  (indicator, period) recorded in the window, with the number known at D (a value cleared
//                  by D is not listed), from the value versions (main/services/indicatorValues.ts)
import type { BriefingModel, BriefingValue } from '../../../shared/api/types';
import { todayIso } from '../../../shared/dates';
import { parsePeriod } from '../../../shared/rules/periods';
import { compareText } from '../../../shared/text/collate';
import type { ServiceContext } from '../context';
import { endOfDay } from '../indicatorValues';
import { byDateThenCode } from './attention';
import { toBriefingTask, type TaskAtD } from './tasksAt';
import { all, sql } from '../../db/sql';

type Window = { at: string; since: string };

export function completedSince(tasks: TaskAtD[], p: Window) {
  return tasks
    .filter(
      (t) =>
        t.state === 'hoan_thanh' &&
        t.completedOn !== null &&
        t.completedOn > p.since &&
        t.completedOn <= p.at,
    )
    .sort(byDateThenCode((t) => t.completedOn))
    .map(toBriefingTask);
}

export function newlyOverdue(tasks: TaskAtD[], p: Window) {
  return tasks
    .filter((t) => t.situation === 'qua_han' && t.dueDate !== null && t.dueDate >= p.since)
    .sort(byDateThenCode((t) => t.dueDate))
    .map(toBriefingTask);
}

interface ValueRow {
  indicator_id: string;
  code: string;
  name: string;
  unit: string;
  period: string;
  period_end: string;
  value: number | null;
  recorded_at: string;
  lead_agency_name: string | null;
}

export function valuesEnteredSince(ctx: ServiceContext, p: Window): BriefingValue[] {
  const rows = all<ValueRow>(
    ctx,
    sql`SELECT indicator_id, code, name, unit, period, period_end, value, recorded_at, lead_agency_name FROM (
         SELECT v.indicator_id, i.code, i.name, i.unit, v.period, v.period_end, v.value, v.recorded_at,
           COALESCE(a.short_name, a.name) AS lead_agency_name,
           ROW_NUMBER() OVER (PARTITION BY v.indicator_id, v.period ORDER BY v.recorded_at DESC, v.seq DESC) AS rn
         FROM indicator_value_version v JOIN indicator i ON i.id = v.indicator_id AND i.archived_at IS NULL
         LEFT JOIN agency a ON a.id = i.lead_agency_id
         WHERE v.recorded_at >= ${endOfDay(p.since)} AND v.recorded_at < ${endOfDay(p.at)}
       ) WHERE rn = 1 AND value IS NOT NULL`,
  );
  return rows
    .sort(
      (a, b) =>
        compareText(a.code, b.code) ||
        (a.period_end < b.period_end
          ? -1
          : a.period_end > b.period_end
            ? 1
            : a.period.length - b.period.length),
    )
    .map((r) => ({
      indicatorId: r.indicator_id,
      code: r.code,
      name: r.name,
      unit: r.unit,
      period: r.period,
      periodLabel: parsePeriod(r.period)?.label ?? r.period,
      value: r.value!,
      enteredOn: todayIso(new Date(r.recorded_at)),
      leadAgencyName: r.lead_agency_name,
    }));
}

export function changesSince(ctx: ServiceContext, tasks: TaskAtD[], p: Window): BriefingModel['changes'] {
  return {
    completed: completedSince(tasks, p),
    newlyOverdue: newlyOverdue(tasks, p),
    values: valuesEnteredSince(ctx, p),
  };
}
