// Tổng quan with the demo province: every number opens the list behind it, the indicator summary
// reads as the committee writes it, the reference date is remembered, and the page prints on A4.
import { formatRate } from '../../shared/format/rate';
import { knownAtLine } from '../../shared/rules/valueBasis';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { DashboardPage } from './pages/dashboard';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

test('every number on the dashboard opens the list behind it', async ({ page, app }) => {
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  const data = await app.api('dashboard.get', {});
  await expect(dashboard.rate).toHaveText(formatRate(data.completionRate));
  await expect(dashboard.indicatorSentence).toHaveText(data.indicatorSentence);
  // Which values the indicator figures count, in the words of shared/rules/valueBasis.ts.
  await expect(page.getByTestId('dash-indicator-basis')).toHaveText(knownAtLine(data.at));
  expect(data.indicatorBasis).toBe(knownAtLine(data.at));
  await expectNoA11yViolations(page, 'dashboard');
  await screenshot(page, 'dashboard');

  // A situation tile: the task list filtered to that situation, same plan, same date, same count.
  const tasks = new TasksPage(page);
  const overdue = await dashboard.situationCount('qua_han');
  expect(overdue).toBe(data.tasks.qua_han);
  await dashboard.situationTile('qua_han').click();
  await expect(page).toHaveURL(new RegExp(`#/tasks\\?planId=${data.planId}&at=${data.at}&situation=qua_han`));
  await tasks.waitReady();
  await tasks.expectCount(overdue);

  // A pillar's total and an agency's overdue count.
  await page.goBack();
  const pillar = data.byPillar.find((p) => p.id && p.total > 0)!;
  await page
    .getByTestId('dash-pillar')
    .getByRole('rowheader', { name: pillar.name })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(new RegExp(`pillarId=${pillar.id}`));
  await tasks.expectCount(pillar.total);

  await page.goBack();
  const agency = [...data.byAgency].sort((a, b) => b.overdue - a.overdue)[0]!;
  const agencyRow = page
    .getByTestId('dash-agency')
    .getByRole('row', { name: new RegExp(`^${escape(agency.name)}`) });
  await agencyRow.getByRole('cell').nth(2).getByRole('link').click();
  await expect(page).toHaveURL(
    new RegExp(`leadAgencyId=${agency.id}.*|situation=qua_han.*leadAgencyId=${agency.id}`),
  );
  await tasks.expectCount(agency.overdue);

  // An overdue task opens itself.
  await page.goBack();
  const first = data.overdue[0]!;
  await page.getByTestId('dash-overdue').getByRole('link', { name: first.title }).click();
  await expect(tasks.editor).toBeVisible();
  await expect(tasks.editor.getByLabel('Mã nhiệm vụ', { exact: true })).toHaveValue(first.code);
  await page.keyboard.press('Escape');

  // Indicator counts lead to the indicators with that assessment.
  await page.goBack();
  await page.getByTestId('dash-ind-da_dat').click();
  await expect(page).toHaveURL(/#\/indicators\?.*assessment=da_dat/);
});

test('a past reference date shows that day and is remembered after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  const { today } = await app.api('app.info', {});
  const past = `${today.slice(0, 4)}-06-30`;
  const then = await app.api('dashboard.get', { at: past });

  const date = page.getByTestId('reference-date');
  await date.fill(`30/06/${today.slice(0, 4)}`);
  await date.press('Enter');
  await expect(page.getByTestId('dash-total')).toHaveText(`${then.tasks.total} nhiệm vụ`);
  await expect(dashboard.rate).toHaveText(formatRate(then.completionRate));
  expect(await dashboard.situationCount('qua_han')).toBe(then.tasks.qua_han);
  await expect(page.getByTestId('dash-indicator-basis')).toHaveText(
    `Số liệu chỉ tiêu như đã biết đến hết ngày 30/06/${today.slice(0, 4)}`,
  );

  await date.fill('31/02/2026');
  await date.blur();
  await expect(date).toHaveAccessibleDescription(/Ngày không hợp lệ/);

  await page.reload();
  await expect(page.getByTestId('reference-date')).toHaveValue(`30/06/${today.slice(0, 4)}`);
  await page.getByRole('button', { name: 'Về hôm nay' }).click();
  await expect(page.getByTestId('reference-date')).toHaveValue(today.split('-').reverse().join('/'));
});

test('switches to English and back, and prints on A4 without navigation', async ({ page, app }) => {
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoA11yViolations(page, 'dashboard in English');
  await screenshot(page, 'dashboard-english');
  await page.getByLabel('Language').selectOption('vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('plan-selector')).toBeHidden();
  await expect(dashboard.root).toBeVisible();
  await screenshot(page, 'dashboard-print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
