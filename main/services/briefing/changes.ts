// What changed between the previous meeting (P) and this one (D).
//   completed:     completed_on in (P, D]
//   newly overdue: overdue at D but not at P, i.e. situation at D is qua_han and due_date >= P
//                  (due < D is implied by qua_han; paused and cancelled tasks are never qua_han)
//   values:        indicator values first entered on a day in (P, D] (entered_at, the instant it was
//                  typed, as the indicator service counts it when assessing at a past date)
import type { BriefingModel, BriefingValue } from '../../../shared/api/types';
import { parsePeriod } from '../../../shared/rules/periods';
import type { ServiceContext } from '../context';
import { selectTasks } from './taskRows';
import { bySortKey } from '../../db/functions';

type Params = { at: string; soon: string; since: string };

export function completedSince(ctx: ServiceContext, p: Params) {
  return selectTasks(
    ctx,
    "t.state = 'hoan_thanh' AND t.completed_on > @since AND t.completed_on <= @at",
    `t.completed_on, ${bySortKey('t.code')}`,
    p,
  );
}

export function newlyOverdue(ctx: ServiceContext, p: Params) {
  return selectTasks(
    ctx,
    "t.situation = 'qua_han' AND t.due_date >= @since",
    `t.due_date, ${bySortKey('t.code')}`,
    p,
  );
}

interface ValueRow {
  indicator_id: string;
  code: string;
  name: string;
  unit: string;
  period: string;
  value: number;
  entered_on: string;
  lead_agency_name: string | null;
}

export function valuesEnteredSince(ctx: ServiceContext, p: Params): BriefingValue[] {
  const rows = ctx
    .prepare(
      `SELECT v.indicator_id, i.code, i.name, i.unit, v.period, v.value, substr(v.entered_at, 1, 10) AS entered_on,
         COALESCE(a.short_name, a.name) AS lead_agency_name
       FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id AND i.archived_at IS NULL
       LEFT JOIN agency a ON a.id = i.lead_agency_id
       WHERE substr(v.entered_at, 1, 10) > @since AND substr(v.entered_at, 1, 10) <= @at
       ORDER BY ${bySortKey('i.code')}, v.period_end, length(v.period)`,
    )
    .all({ since: p.since, at: p.at }) as ValueRow[];
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    period: r.period,
    periodLabel: parsePeriod(r.period)?.label ?? r.period,
    value: r.value,
    enteredOn: r.entered_on,
    leadAgencyName: r.lead_agency_name,
  }));
}

export function changesSince(ctx: ServiceContext, p: Params): BriefingModel['changes'] {
  return {
    completed: completedSince(ctx, p),
    newlyOverdue: newlyOverdue(ctx, p),
    values: valuesEnteredSince(ctx, p),
  };
}
