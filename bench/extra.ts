// Benchmarks contributed by features (line fitting; report export and signing; the renderer in Chromium).
import type { ServiceContext } from '../main/services/context';
import type { Figure } from './measure';
import path from 'node:path';
import { exportBenchmarks } from './exportBench';
import { layoutBenchmarks } from './layoutBench';
import { rendererBenchmarks } from './renderer';

export interface BenchInput {
  ctx: ServiceContext;
  dbFile: string;
  planId: string;
  year: number;
  at: string;
  /** Closes the store's connection: the renderer figures open the file as the app does, as its one writer. */
  closeStore: () => void;
}

export async function extraBenchmarks(input: BenchInput): Promise<Figure[]> {
  return [
    ...(await layoutBenchmarks()),
    ...(await exportBenchmarks(input.ctx, path.dirname(input.dbFile), input.planId, `${input.year}-Q4`)),
    ...(input.closeStore(), await rendererBenchmarks(input.dbFile, input.planId, input.at)),
  ];
}
