// Line fitting (row heights of wrapped text, main/excel/report/layout.ts) on its worst case: one word of
// 10,000 characters in a task's result, which the first version took minutes over. The baseline is one
// pass measuring the same characters (textPixels), the least any line fitting must do: the ratio says how
// far above linear the fitting is. Runs alone with `node --import tsx bench/layoutBench.ts`.
import { textPixels, wrapLines } from '../main/excel/report/layout';
import { printFigures, time, type Figure } from './measure';

const WORD = 'x'.repeat(4000) + 'Đ'.repeat(3000) + '0123456789'.repeat(300);
/** An annex column of the report (about 40 characters wide) at the annex font. */
const COLUMN_PX = 300;
const FONT_PT = 12;

export async function layoutBenchmarks(runs = 25): Promise<Figure[]> {
  const pass = await time('width of a 10,000-character word, one pass (baseline)', runs, () =>
    textPixels(WORD, FONT_PT),
  );
  const fit = await time('line fitting, one 10,000-character word (worst case)', runs, () =>
    wrapLines(WORD, COLUMN_PX, FONT_PT),
  );
  return [
    pass,
    { ...fit, note: `ratio line fitting / one pass = ${(fit.medianMs / pass.medianMs).toFixed(1)}x` },
  ];
}

if (require.main === module) {
  void layoutBenchmarks().then(printFigures);
}
