// For `npm run bench` (bench/exportBench.ts): the report export as the app runs it, stage by stage, and
// the bare-exceljs baseline over the same model for the ratio. Timings are taken by the caller. It lives
// in bench/, not among the services, so the app ships no code that only measurements call.
import type { ReportModel } from '../shared/report/model';
import { writeReportWorkbook } from '../main/excel/report';
import { writeBareWorkbook } from './bareWorkbook';
import { signPackage, type SigningKey } from '../main/excel/signature';
import type { ServiceContext } from '../main/services/context';
import { buildReportModel } from '../main/services/reports/model';

export interface BenchExportResult {
  model: ReportModel;
  bytes: number;
  /** Annex rows written (indicators + tasks). */
  rows: number;
  ms: { model: number; workbook: number; sign: number };
}

/** Model -> workbook (-> signature when a key is given), without recording a submission. */
export async function benchExport(
  ctx: ServiceContext,
  planId: string,
  period: string,
  key?: SigningKey,
): Promise<BenchExportResult> {
  const t0 = performance.now();
  const model = buildReportModel(ctx, { planId, period, kind: 'bao_cao_dinh_ky' });
  const t1 = performance.now();
  let xlsx = await writeReportWorkbook(model);
  const t2 = performance.now();
  if (key) xlsx = await signPackage(xlsx, key, { signingTime: ctx.now() });
  const t3 = performance.now();
  const rows =
    model.annex1.groups.reduce((n, g) => n + g.rows.length, 0) +
    model.annex2.groups.reduce((n, g) => n + g.rows.length, 0);
  return { model, bytes: xlsx.length, rows, ms: { model: t1 - t0, workbook: t2 - t1, sign: t3 - t2 } };
}

/** The baseline: the same cells with bare exceljs. */
export async function benchBareWorkbook(model: ReportModel): Promise<number> {
  return (await writeBareWorkbook(model)).length;
}
