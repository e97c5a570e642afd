// The figures the centre consolidates, checked as data from anyone: a received report's embedded model
// passed the signature check, but its shape is still the sender's, so every number the consolidation adds
// up is validated here (zod) and the counts must agree with each other (done = on time + late, the
// situations add up to the total, the assessments to the indicators). A model that does not is refused.
import { z } from 'zod';
import { ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { REPORT_MODEL_SCHEMA } from '../../../shared/report/model';

const count = z.number().int().min(0).max(10_000_000);
const figure = z.number().finite().nullable();
const text = (max: number) => z.string().max(max);

const taskFigures = z.object({
  total: count,
  done: count,
  doneOnTime: count,
  doneLate: count,
  overdue: count,
  dueSoon: count,
  inTime: count,
  noDeadline: count,
  paused: count,
  cancelled: count,
  completionRate: z.number().min(0).max(1).nullable(),
});

const assessmentCounts = z.object({
  da_dat: count,
  co_kha_nang_dat: count,
  can_no_luc: count,
  chua_co_so_lieu: count,
  total: count,
});

const indicatorRow = z.object({
  code: text(200),
  name: text(2000),
  unit: text(200),
  target: figure,
  actual: figure,
  ratio: figure,
  assessment: z.enum(ASSESSMENTS),
  assessmentLabel: text(200),
});

export const consolidatedReport = z
  .object({
    schema: z.literal(REPORT_MODEL_SCHEMA),
    province: text(200).min(1),
    committee: text(500),
    generatedAt: text(40),
    referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    docNumber: text(200),
    period: z.object({ key: text(20), label: text(100), from: text(10), to: text(10) }),
    header: z.object({ title: text(200), subtitle: text(1000) }),
    summary: z.object({ tasks: taskFigures, indicators: assessmentCounts }),
    annex1: z.object({ groups: z.array(z.object({ rows: z.array(indicatorRow).max(20_000) })).max(1000) }),
  })
  .refine(
    (m) => {
      const t = m.summary.tasks;
      const situations =
        t.doneOnTime + t.doneLate + t.overdue + t.dueSoon + t.inTime + t.noDeadline + t.paused + t.cancelled;
      const i = m.summary.indicators;
      const rows = m.annex1.groups.reduce((n, g) => n + g.rows.length, 0);
      return (
        t.done === t.doneOnTime + t.doneLate &&
        situations === t.total &&
        i.da_dat + i.co_kha_nang_dat + i.can_no_luc + i.chua_co_so_lieu === i.total &&
        rows === i.total
      );
    },
    { message: 'các con số trong dữ liệu báo cáo không khớp nhau' },
  );

export type ConsolidatedReport = z.infer<typeof consolidatedReport>;

/** The model's figures, or a Vietnamese reason it cannot be consolidated. */
export function readConsolidatedReport(
  model: unknown,
): { ok: true; report: ConsolidatedReport } | { ok: false; reason: string } {
  const parsed = consolidatedReport.safeParse(model);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (trường ${issue.path.join('.')})` : '';
  return {
    ok: false,
    reason: `Dữ liệu báo cáo kèm theo không đúng mẫu của TienDo${where}: ${issue?.message ?? ''}`.trim(),
  };
}
