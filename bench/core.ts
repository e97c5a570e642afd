// The figures measured at every size of the growth run: opening and checking the file, the dashboard
// against its bare SQL, the task list, search, bulk insert against bare inserts, and the report export
// against bare exceljs. Each baseline is measured in the same run as its figure.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../main/db/open';
import { createContext } from '../main/services/context';
import { dashboardBenchmarks } from './dashboardBench';
import { exportBenchmarks } from './exportBench';
import { insertBenchmarks } from './insertBench';
import { time, type Figure } from './measure';
import { openCheckBenchmarks } from './openCheck';
import { taskListBenchmarks } from './taskListBench';

export interface Province {
  file: string;
  planId: string;
  pillars: string[];
  agencies: string[];
  year: number;
  at: string;
  now: () => Date;
}

export interface CoreOptions {
  /** How many runs a figure measured `n` times at the base size gets here (fewer on a larger province). */
  runs: (n: number) => number;
  /** Measure the export's main-thread stalls too (only at the base size: see exportBench.ts). */
  exportStalls: boolean;
}

export async function coreBenchmarks(p: Province, options: CoreOptions): Promise<Figure[]> {
  const { runs } = options;
  const dir = path.dirname(p.file);
  const figures: Figure[] = [
    await time('open + migrate (new file)', 9, async () => {
      const f = path.join(dir, `fresh-${Math.random()}.db`);
      (await openDatabase({ file: f })).close();
      rmSync(f);
    }),
    ...(await openCheckBenchmarks(p.file, runs)),
  ];
  const db = await openDatabase({ file: p.file });
  try {
    const ctx = createContext(db, { now: p.now });
    figures.push(
      ...(await dashboardBenchmarks(ctx, p.file, p.planId, p.at, runs(15))),
      ...(await taskListBenchmarks(ctx, p.file, p.planId, p.pillars[1]!, p.at, runs)),
      ...(await insertBenchmarks(ctx, p.file, p.pillars, p.agencies, p.year, runs(5))),
      ...(await exportBenchmarks(ctx, p.file, dir, p.planId, `${p.year}-Q4`, runs(5), options.exportStalls)),
    );
  } finally {
    db.close();
  }
  return figures;
}
