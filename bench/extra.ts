// Benchmarks contributed by features (report export and signing, the renderer in Chromium).
import type { ServiceContext } from '../main/services/context';
import type { Figure } from './measure';

export interface BenchInput {
  ctx: ServiceContext;
  dbFile: string;
  planId: string;
  year: number;
}

export async function extraBenchmarks(_input: BenchInput): Promise<Figure[]> {
  return [];
}
