// The growth table: each figure measured on the base province and on one `factor` times larger, with
// the ratio of the two. Linear growth is a ratio of `factor`; a page of fixed size should stay near 1.
// A figure with a bare baseline measured in the same runs (the same rows read by plain SQL, the same
// cells by bare exceljs) also shows that baseline's growth: reading ten times the rows costs this
// machine more than ten times as much even bare, and the two side by side say whether the app adds to
// it. The verdict stays the plain one: above `factor` is worse than linear, baseline or not.
import type { Figure } from './measure';

export function printGrowth(
  small: Figure[],
  large: Figure[],
  labels: [string, string],
  factor: number,
): void {
  const rows = small.flatMap((s) => {
    const l = large.find((f) => f.name === s.name);
    if (!l) return [];
    const base = (figures: Figure[]) => figures.find((f) => f.name === s.baseline)?.medianMs;
    const [baseSmall, baseLarge] = [base(small), base(large)];
    const baseline = baseSmall !== undefined && baseLarge !== undefined ? baseLarge / baseSmall : undefined;
    return [{ name: s.name, small: s.medianMs, large: l.medianMs, baseline }];
  });
  const width = Math.max(...rows.map((r) => r.name.length), 6);
  const cell = (ms: number) => `${ms.toFixed(1)} ms`.padStart(12);
  console.log(
    `${'figure'.padEnd(width)}  ${`${labels[0]} tasks`.padStart(12)}  ${`${labels[1]} tasks`.padStart(12)}  growth`,
  );
  for (const r of rows) {
    const ratio = r.large / r.small;
    const verdict = ratio <= factor ? 'linear or better' : 'WORSE THAN LINEAR';
    const beside = r.baseline === undefined ? '' : `  (its bare baseline: ${r.baseline.toFixed(1)}x)`;
    console.log(
      `${r.name.padEnd(width)}  ${cell(r.small)}  ${cell(r.large)}  ratio ${labels[1]}/${labels[0]} = ${ratio.toFixed(1)}x  ${verdict}${beside}`,
    );
  }
}
