// Benchmarks contributed by features that run at the base size only (line fitting; the renderer in
// Chromium). The report export is among the core figures (core.ts), measured at every size.
import type { Figure } from './measure';
import { layoutBenchmarks } from './layoutBench';
import { rendererBenchmarks } from './renderer';

export interface BenchInput {
  /** The large province's file, closed: the renderer figures open it as the app does, as its one writer. */
  dbFile: string;
  planId: string;
  year: number;
  at: string;
}

export async function extraBenchmarks(input: BenchInput): Promise<Figure[]> {
  return [...(await layoutBenchmarks()), ...(await rendererBenchmarks(input.dbFile, input.planId, input.at))];
}
