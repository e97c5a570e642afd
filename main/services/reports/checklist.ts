// "Cần xem lại trước khi ký": what the secretary should look at before a period's report is exported and
// signed, from the data the report uses (main/services/indicatorValues.ts, the report basis):
//   value_warning  a value of a period the report covers (its reporting year, cut-off on or before the
//                  report's) saved with plausibility warnings a person confirmed (shared/rules/plausibility.ts):
//                  confirmed once, it still deserves a second look before it goes out under a signature
//   no_value       an indicator of the plan with no value for any period the report covers ("chưa có số liệu")
//   stale_value    an indicator whose latest value is of an earlier period than the report's (the annex says
//                  "Số liệu Quý II/2025"): maybe the agency has not sent this period's figure yet
//   no_target      an indicator without a target for the year: it cannot be assessed
// Items come in list order: by indicator code, then period.
import type { ReportChecklist, ReportChecklistItem } from '../../../shared/api/types';
import { isoDate } from '../../../shared/dates';
import { formatNumber } from '../../../shared/format/vi';
import { parsePeriod } from '../../../shared/rules/periods';
import { describeWarning, parseWarnings } from '../../../shared/rules/plausibility';
import { compareText } from '../../../shared/text/collate';
import { appError } from '../../errors';
import type { ServiceContext } from '../context';
import { listIndicators } from '../indicators';
import { getPlan } from '../plans';
import { referenceDateOf } from './model';
import { all, sql } from '../../db/sql';

const label = (key: string) => parsePeriod(key)?.label ?? key;

export function reportChecklist(
  ctx: ServiceContext,
  request: { planId: string; period: string },
): ReportChecklist {
  const period = parsePeriod(request.period);
  if (!period) throw appError('KY_BAO_CAO_DANH_SACH_SAI', { period: request.period });
  const plan = getPlan(ctx, request.planId);
  const at = referenceDateOf(period.to, ctx.today());
  const indicators = listIndicators(
    ctx,
    { planId: plan.id, pillarId: null, leadAgencyId: null, q: '', at },
    { kind: 'report', period: period.key, to: period.to },
  );
  const items: ReportChecklistItem[] = [];
  const base = (i: (typeof indicators)[number]) => ({ indicatorId: i.id, code: i.code, name: i.name });

  const warned = all<{
    indicator_id: string;
    period: string;
    value: number;
    warnings: string;
  }>(
    ctx,
    sql`SELECT v.indicator_id, v.period, v.value, v.warnings FROM indicator_value v
       JOIN indicator i ON i.id = v.indicator_id AND i.archived_at IS NULL AND i.plan_id = ${plan.id}
       WHERE v.warnings <> '[]' AND v.period_end BETWEEN ${isoDate(period.year - 1, 12, 15)} AND ${period.to}`,
  );
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const v of warned) {
    const i = byId.get(v.indicator_id);
    const warnings = parseWarnings(v.warnings);
    if (!i || warnings.length === 0) continue;
    items.push({
      ...base(i),
      kind: 'value_warning',
      period: v.period,
      value: v.value,
      warnings,
      message: `${i.code}, ${label(v.period)} (${formatNumber(v.value, 4)} ${i.unit}): ${warnings.map(describeWarning).join(' ')}`,
    });
  }
  for (const i of indicators) {
    if (!i.target)
      items.push({
        ...base(i),
        kind: 'no_target',
        period: null,
        value: null,
        warnings: [],
        message: `${i.code}: chưa có kế hoạch năm ${period.year}, nên chưa đánh giá được.`,
      });
    if (!i.latest)
      items.push({
        ...base(i),
        kind: 'no_value',
        period: null,
        value: null,
        warnings: [],
        message: `${i.code}: chưa có số liệu của kỳ nào đến ${period.label}.`,
      });
    else if (i.latest.periodEnd < period.to)
      items.push({
        ...base(i),
        kind: 'stale_value',
        period: i.latest.period,
        value: i.latest.value,
        warnings: [],
        message: `${i.code}: báo cáo dùng số liệu ${label(i.latest.period)}; chưa có số liệu ${period.label}.`,
      });
  }
  const order = { value_warning: 0, no_value: 1, stale_value: 2, no_target: 3 } as const;
  items.sort(
    (a, b) => order[a.kind] - order[b.kind] || compareText(a.code, b.code) || compareText(a.period, b.period),
  );
  const count = (k: ReportChecklistItem['kind']) => items.filter((x) => x.kind === k).length;
  return {
    planId: plan.id,
    period: period.key,
    items,
    counts: {
      valueWarnings: count('value_warning'),
      noValue: count('no_value'),
      staleValue: count('stale_value'),
      noTarget: count('no_target'),
    },
  };
}
