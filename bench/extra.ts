// Benchmarks contributed by features that run at the base size only (line fitting; the renderer in
// Chromium). The report export is among the core figures (core.ts), measured at every size.
import { fork } from 'node:child_process';
import path from 'node:path';
import type { Figure } from './measure';
import { layoutBenchmarks } from './layoutBench';
import type { RendererRequest } from './rendererProcess';

export interface BenchInput {
  /** The large province's file, closed: the renderer figures open it as the app does, as its one writer. */
  dbFile: string;
  planId: string;
  year: number;
  at: string;
}

export async function extraBenchmarks(input: BenchInput): Promise<Figure[]> {
  return [
    ...(await layoutBenchmarks()),
    ...(await renderersInAProcess({ dbFile: input.dbFile, planId: input.planId, at: input.at })),
  ];
}

/** rendererBenchmarks in a fresh Node process (bench/rendererProcess.ts, run with this process's loader flags). */
function renderersInAProcess(r: RendererRequest): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'rendererProcess.ts'), [], { serialization: 'advanced' });
    let answer: Figure[] | null = null;
    child.once('message', (m: unknown) => {
      answer = m as Figure[];
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      answer ? resolve(answer) : reject(new Error(`bench/rendererProcess.ts ended with code ${code}`)),
    );
    child.send(r);
  });
}
