import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  medianMs: number;
  runs: number;
  note?: string;
  /** The name of the figure measured in the same run as this one's bare baseline (the growth table prints its growth beside this one's). */
  baseline?: string;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median wall time in milliseconds. */
export async function time(
  name: string,
  runs: number,
  fn: () => unknown | Promise<unknown>,
  note?: string,
): Promise<Figure> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { name, medianMs: median(samples), runs, note };
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(width)}  ${f.medianMs.toFixed(1).padStart(9)} ms  (median of ${f.runs})${f.note ? `  ${f.note}` : ''}`,
    );
  }
}
