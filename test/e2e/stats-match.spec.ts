// The dashboard in the browser shows the same numbers that `tiendo stats` prints for the same file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { TASK_SITUATIONS } from '../../shared/rules/taskSituation';
import { ASSESSMENTS } from '../../shared/rules/indicatorAssessment';
import { formatRate } from '../../shared/format/rate';
import { formatNumber } from '../../shared/format/vi';
import { test, expect } from './fixtures';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tiendo.cjs');

test.use({ demo: true });

test('the dashboard shows the demo numbers that tiendo stats prints', async ({ page, app }) => {
  const run = spawnSync(process.execPath, [BIN, 'stats', '--db', app.dbFile, '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const stats = JSON.parse(run.stdout) as {
    tasks: Record<string, number>;
    indicators: Record<string, number>;
    completionRate: number;
    indicatorSentence: string;
  };
  await page.goto(app.url);
  await expect(page.getByTestId('dash-completion')).toBeVisible();
  for (const s of TASK_SITUATIONS) {
    await expect(page.getByTestId(`dash-sit-${s}`).locator('.tile-count'), s).toHaveText(
      formatNumber(stats.tasks[s]!),
    );
  }
  await expect(page.getByTestId('dash-rate')).toHaveText(formatRate(stats.completionRate));
  await expect(page.getByTestId('dash-indicator-sentence')).toContainText(
    stats.indicatorSentence.split(': ')[1]!,
  );
  for (const a of ASSESSMENTS) expect(stats.indicators[a], a).toBeGreaterThan(0);
});
