// Issue 14, "why?": the secretary can tell the chair why an indicator has its verdict and how late a
// task is — on the list (by keyboard, not only on hover), in the indicator's detail and in the task drawer.
import { assessmentExplanationVi, taskSituationExplanationVi } from '../../shared/format/explanationVi';
import { explainSituationOf } from '../../shared/rules/taskSituationExplanation';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { IndicatorsPage } from './pages/indicators';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

test('an indicator that needs effort says why, on the list and in its detail', async ({ page, app }) => {
  const rows = await app.api('indicators.list', {});
  const row = rows.find((r) => r.explanation.rule === 'needs_effort' && r.explanation.progress !== null);
  expect(row, 'the demo has an indicator that needs effort').toBeDefined();
  const sentence = assessmentExplanationVi(row!.explanation);
  expect(sentence).toMatch(/đã đi được \d+% quãng đường trong khi đã qua \d+% thời gian của năm, dưới mức/);

  const ui = new IndicatorsPage(page);
  await ui.open(app);
  await expect(ui.row(row!.code)).toBeVisible();
  // On hover (title) and, by keyboard, in a line that opens under the badge.
  await expect(ui.row(row!.code).locator('.why-cell')).toHaveAttribute('title', sentence);
  const line = await ui.openWhy(row!.code);
  await expect(line).toBeVisible();
  await expect(line).toHaveText(sentence);
  await expect(ui.detail).toBeHidden(); // the button opens its line, not the row's detail
  await ui.row(row!.code).scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'indicator list with an explanation open');
  await screenshot(page, 'explain-indicator-list');

  await ui
    .row(row!.code)
    .getByRole('button', { name: `Xem chi tiết chỉ tiêu ${row!.code}` })
    .click();
  await expect(ui.detail).toBeVisible();
  await expect(ui.detailWhy).toHaveText(`Vì sao có đánh giá này: ${sentence}`);
  await expectNoA11yViolations(page, 'indicator detail with its explanation');
  await screenshot(page, 'explain-indicator-detail');
});

test('a late task says by how many days, in its row and its drawer', async ({ page, app }) => {
  const { today } = await app.api('app.info', {});
  const { rows } = await app.api('tasks.list', { situations: ['qua_han'], sort: 'code' });
  const late = rows[0];
  expect(late, 'the demo has a late task').toBeDefined();
  const sentence = taskSituationExplanationVi(explainSituationOf(late!.situation, late!, today));
  expect(sentence).toMatch(/^Quá hạn \d+ ngày \(hạn \d\d\/\d\d\/\d{4}\)$/);

  const ui = new TasksPage(page);
  await page.goto(app.url);
  await ui.openFromNav();
  await ui.search.fill(late!.code);
  // The filtered answer is on screen (one row), so the row is not drawn again under the click below.
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await expect(ui.row(late!.code)).toBeVisible();
  await expect(ui.row(late!.code).locator('.col-situation')).toHaveAttribute('title', sentence);
  await expect(ui.row(late!.code).getByTestId('task-situation-why')).toHaveText(` (${sentence})`);

  await ui.openTask(late!.code);
  await expect(ui.drawerSituation).toHaveText(sentence);
  await expectNoA11yViolations(page, 'task drawer with its situation');
  await screenshot(page, 'explain-task-drawer');
});
