// One section of `npm run bench` on the large province, for working on one figure without the whole run:
// `node --import tsx bench/section.ts insert|export|dashboard|tasks|report|search[,…] [tasks]` (default
// 10,000 tasks; several sections run on one generated province). A section measures exactly what the
// full bench measures (the same functions, the same baselines; `report` is the export's model stage
// alone, `search` the task list's search figure); the README's figures come from one `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { createContext } from '../main/services/context';
import { dashboardBenchmarks } from './dashboardBench';
import { exportBenchmarks } from './exportBench';
import { describeSize, generateLargeProvince, scaledSize } from './generate';
import { insertBenchmarks } from './insertBench';
import { printFigures, time, type Figure } from './measure';
import { buildReportModel } from '../main/services/reports/model';
import { search } from '../main/services/search';
import { taskListBenchmarks } from './taskListBench';

const YEAR = 2025;
const AT = '2025-11-20';
const now = () => new Date('2025-11-20T03:00:00Z');
const SECTIONS = ['insert', 'export', 'dashboard', 'tasks', 'report', 'search'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (s: string | undefined): s is Section => SECTIONS.some((x) => x === s);

async function main() {
  // Several sections, comma-separated, run on one generated province (generating is the slow part).
  const sections = (process.argv[2] ?? '').split(',');
  if (!sections.every(isSection))
    throw new Error(`usage: bench/section.ts ${SECTIONS.join('|')}[,section…] [tasks]`);
  const size = scaledSize(Number(process.argv[3] ?? 10_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-section-'));
  try {
    const file = path.join(dir, 'province.db');
    console.log(`Generating a province (${describeSize(size)})…`);
    const db = await openDatabase({ file });
    try {
      const ctx = createContext(db, { now });
      const p = generateLargeProvince(ctx, YEAR, size);
      const run: Record<Section, () => Promise<Figure[]>> = {
        insert: () => insertBenchmarks(ctx, file, p.pillars, p.agencies, YEAR, 5),
        export: () => exportBenchmarks(ctx, file, dir, p.planId, `${YEAR}-Q4`, 5, false),
        dashboard: () => dashboardBenchmarks(ctx, file, p.planId, AT, 15),
        tasks: () => taskListBenchmarks(ctx, file, p.planId, p.pillars[1]!, AT, (n) => n),
        // The model stage of benchExport (main/services/reports/bench.ts), timed the same way.
        report: async () => [
          await time('report model', 3, () =>
            buildReportModel(ctx, { planId: p.planId, period: `${YEAR}-Q4`, kind: 'bao_cao_dinh_ky' }),
          ),
        ],
        search: async () => [await time('search "duong" (all records)', 25, () => search(ctx, 'duong', 30))],
      };
      for (const section of sections) printFigures(await run[section]());
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
