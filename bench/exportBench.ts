// Report export figures on the large province: each stage, the bare-exceljs baseline over the same
// model (the ratio), signing, and how long the main thread stalls while the app's export runs in its
// worker compared with writing the workbook in-process.
import { createSigningIdentity } from '../main/excel/signature';
import { benchBareWorkbook, benchExport } from './reportExport';
import { exportReport } from '../main/services/reports/export';
import type { ServiceContext } from '../main/services/context';
import { referenceDateOf } from '../main/services/reports/model';
import { dueSoonDays } from '../main/services/settings';
import { parsePeriod } from '../shared/rules/periods';
import { bareTaskReads } from './bareTaskReads';
import { median, type Figure } from './measure';

/**
 * The longest gap between ticks of a 5 ms interval while `fn` runs: how long the main thread could not
 * answer anything (IPC, progress polls). monitorEventLoopDelay missed a block that starts in the same
 * tick as enable(), so the interval is started one timer turn before `fn`.
 */
async function longestStall(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const interval = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await fn();
  clearInterval(interval);
  return longest;
}

export async function exportBenchmarks(
  ctx: ServiceContext,
  file: string,
  identityDir: string,
  planId: string,
  period: string,
  runs = 3,
  /** Also measure the main-thread stalls (the growth run leaves them out: they repeat the workbook). */
  stalls = true,
): Promise<Figure[]> {
  const { key } = createSigningIdentity({
    commonName: 'Người đo hiệu năng',
    organization: 'Ban Chỉ đạo',
    locality: 'Lâm Đồng',
    password: 'bench-password',
    now: ctx.now(),
  });
  const model: number[] = [];
  const workbook: number[] = [];
  const sign: number[] = [];
  const bare: number[] = [];
  const reads: number[] = [];
  const inProcessStall: number[] = [];
  const workerStall: number[] = [];
  let rows = 0;
  // The report's reference date for the period (the cut-off, or today while the period runs).
  const at = referenceDateOf(parsePeriod(period)!.to, ctx.today());
  const taskReads = bareTaskReads(file, planId, at, dueSoonDays(ctx));
  // One export and one bare workbook before the timed runs, so that neither is timed with its code
  // still cold; the bare workbook is written from this model (every run's model is the same).
  const warm = await benchExport(ctx, planId, period, key);
  await benchBareWorkbook(warm.model);
  const timeBare = async () => {
    const t0 = performance.now();
    await benchBareWorkbook(warm.model);
    bare.push(performance.now() - t0);
  };
  for (let i = 0; i < runs; i++) {
    // The bare workbook before the export in every other run: each then runs as often after the other,
    // and neither always pays the collector for the garbage of the one before it.
    if (i % 2 === 1) await timeBare();
    const r = await benchExport(ctx, planId, period, key);
    rows = r.rows;
    model.push(r.ms.model);
    workbook.push(r.ms.workbook);
    sign.push(r.ms.sign);
    if (i % 2 === 0) await timeBare();
    const t1 = performance.now();
    taskReads.reportReads();
    reads.push(performance.now() - t1);
    if (!stalls) continue;
    inProcessStall.push(await longestStall(() => benchExport(ctx, planId, period)));
    workerStall.push(
      await longestStall(() =>
        exportReport(ctx, identityDir, {
          planId,
          period,
          kind: 'bao_cao_dinh_ky',
          signWith: { kind: 'none' },
        }),
      ),
    );
  }
  taskReads.close();
  const ratio = median(workbook) / median(bare);
  const readsName = 'its task reads, bare better-sqlite3 (list, details, supporting agencies)';
  const figures: Figure[] = [
    {
      name: 'report model',
      medianMs: median(model),
      runs,
      note: `${rows} annex rows`,
      baseline: readsName,
    },
    {
      name: readsName,
      medianMs: median(reads),
      runs,
      note: `ratio report model / its reads bare = ${(median(model) / median(reads)).toFixed(1)}x (not a goal's ratio)`,
    },
    {
      name: 'report workbook, styled (exceljs)',
      medianMs: median(workbook),
      runs,
      baseline: 'same cells, bare exceljs',
    },
    {
      name: 'same cells, bare exceljs',
      medianMs: median(bare),
      runs,
      note: `ratio styled / bare = ${ratio.toFixed(1)}x`,
    },
    { name: 'signing the workbook (XAdES, SHA-256)', medianMs: median(sign), runs },
  ];
  if (!stalls) return figures;
  return [
    ...figures,
    // Baselines of the stall goal, in one Node process: the goal's own row is processStall.ts's, the
    // desktop app's main process with the backend in its own process.
    {
      name: 'baseline: main-thread stall, export in-process, one process',
      medianMs: median(inProcessStall),
      runs,
    },
    {
      name: 'baseline: main-thread stall, export in a worker, one process',
      medianMs: median(workerStall),
      runs,
    },
  ];
}
