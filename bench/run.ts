// `npm run bench`: medians on a generated large province (10,000 tasks), each with its baseline measured
// in the same run and the ratio on the same line, then the same core figures on a province ten times
// larger and the growth table between the two. Figures go into README.md by hand; tests never assert
// timings. TIENDO_BENCH_GROWTH=0 skips the larger province (a quicker run while working).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { createContext } from '../main/services/context';
import { coreBenchmarks, type Province } from './core';
import { extraBenchmarks } from './extra';
import { formsBenchmarks } from './formsBench';
import { processStallBenchmarks } from './processStall';
import { describeSize, generateLargeProvince, scaledSize, SIZE, type ProvinceSize } from './generate';
import { printGrowth } from './growth';
import { printFigures } from './measure';

const YEAR = 2025;
const AT = '2025-11-20';
const now = () => new Date('2025-11-20T03:00:00Z');
const GROWTH = 10;

async function generate(dir: string, size: ProvinceSize): Promise<Province> {
  const file = path.join(dir, `province-${size.tasks}.db`);
  console.log(`Generating a province (${describeSize(size)})…`);
  const t0 = Date.now();
  const db = await openDatabase({ file });
  const ids = generateLargeProvince(createContext(db, { now }), YEAR, size);
  db.close();
  console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { file, ...ids, year: YEAR, at: AT, now };
}

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-'));
  try {
    const base = await generate(dir, SIZE);
    const figures = await coreBenchmarks(base, { runs: (n) => n, exportStalls: true });
    figures.push(...(await extraBenchmarks({ dbFile: base.file, planId: base.planId, year: YEAR, at: AT })));
    figures.push(...(await processStallBenchmarks(base.file, base.planId, `${YEAR}-Q4`)));
    figures.push(...(await formsBenchmarks()));
    console.log(`\nThe large province (${describeSize(SIZE)}):`);
    printFigures(figures);
    rmSync(base.file, { force: true });

    if (process.env.TIENDO_BENCH_GROWTH !== '0') {
      const size = scaledSize(SIZE.tasks * GROWTH);
      const large = await generate(dir, size);
      // Fewer runs where each takes ten times longer; at least three, for a median.
      const grown = await coreBenchmarks(large, {
        runs: (n) => Math.max(3, Math.ceil(n / 3)),
        exportStalls: false,
      });
      console.log(`\nTen times larger (${describeSize(size)}):`);
      printFigures(grown);
      console.log('\nGrowth (ratio of the medians; linear growth is 10x):');
      printGrowth(figures, grown, ['10k', '100k'], GROWTH);
    }
    console.log(`\nbench run took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
