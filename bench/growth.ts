// The growth table: each figure measured on the base province and on one `factor` times larger, with
// the ratio of the two. Linear growth is a ratio of `factor`; a page of fixed size should stay near 1.
import type { Figure } from './measure';

export function printGrowth(
  small: Figure[],
  large: Figure[],
  labels: [string, string],
  factor: number,
): void {
  const rows = small.flatMap((s) => {
    const l = large.find((f) => f.name === s.name);
    return l ? [{ name: s.name, small: s.medianMs, large: l.medianMs }] : [];
  });
  const width = Math.max(...rows.map((r) => r.name.length), 6);
  const cell = (ms: number) => `${ms.toFixed(1)} ms`.padStart(12);
  console.log(
    `${'figure'.padEnd(width)}  ${`${labels[0]} tasks`.padStart(12)}  ${`${labels[1]} tasks`.padStart(12)}  growth`,
  );
  for (const r of rows) {
    const ratio = r.large / r.small;
    const verdict = ratio <= factor ? 'linear or better' : 'WORSE THAN LINEAR';
    console.log(
      `${r.name.padEnd(width)}  ${cell(r.small)}  ${cell(r.large)}  ratio ${labels[1]}/${labels[0]} = ${ratio.toFixed(1)}x  ${verdict}`,
    );
  }
}
