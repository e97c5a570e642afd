// "(Chưa phân loại)" and "(Chưa giao cơ quan)" are values of the task list's filters, and the dashboard's
// groups of tasks without a pillar or a lead agency open the list filtered by them.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { DashboardPage } from './pages/dashboard';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

test('the dashboard’s "Chưa phân loại" group opens the task list filtered by no pillar', async ({
  page,
  app,
}) => {
  const { planId } = await app.api('dashboard.get', {});
  for (const code of ['KPL.1', 'KPL.2'])
    await app.api('tasks.create', { planId: planId!, code, title: `Nhiệm vụ chưa phân loại ${code}` });
  const data = await app.api('dashboard.get', {});
  const noPillar = data.byPillar.find((g) => g.id === null)!;
  const noAgency = data.byAgency.find((g) => g.id === null)!;
  expect(noPillar.total).toBeGreaterThanOrEqual(2);

  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  await dashboard.groupLink('pillar', 'Chưa phân loại').click();
  await expect(page).toHaveURL(/pillarId=none/);
  const tasks = new TasksPage(page);
  await tasks.waitReady();
  await tasks.expectCount(noPillar.total);
  await expect(page.getByTestId('filter-pillar')).toHaveValue('none');
  await expect(page.getByTestId('filter-pillar').locator('option:checked')).toHaveText('(Chưa phân loại)');
  await expect(tasks.row('KPL.1')).toBeVisible();
  await expectNoA11yViolations(page, 'tasks filtered by no pillar');
  await screenshot(page, 'tasks-no-pillar');

  // No pillar and no lead agency: the two tasks just made (and any the demo has without either).
  await tasks.filterBy('agency', '(Chưa giao cơ quan)');
  const both = await app.api('tasks.list', { planId, pillarId: 'none', leadAgencyId: 'none' });
  await tasks.expectCount(both.total);
  expect(both.total).toBeLessThanOrEqual(noAgency.total);
  await expect(page).toHaveURL(/leadAgencyId=none/);
});
