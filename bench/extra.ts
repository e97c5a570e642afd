// Benchmarks contributed by features (the renderer in Chromium; report export and signing).
import type { ServiceContext } from '../main/services/context';
import type { Figure } from './measure';
import { rendererBenchmarks } from './renderer';

export interface BenchInput {
  ctx: ServiceContext;
  dbFile: string;
  planId: string;
  year: number;
  at: string;
}

export async function extraBenchmarks(input: BenchInput): Promise<Figure[]> {
  return [...(await rendererBenchmarks(input.dbFile, input.planId, input.at))];
}
