// Kế hoạch: the plan list, editing a plan, and its tasks and indicators one click away.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { PlansPage } from './pages/plans';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

test('lists plans with their counts, edits one with a validation error corrected, and follows it', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const plans = new PlansPage(page);
  await plans.openFromNav();
  const [plan] = await app.api('plans.list', {});
  const row = plans.row(plan!.code);
  await expect(row.getByTestId('plan-task-count')).toHaveText(String(plan!.taskCount));
  await expect(row.getByTestId('plan-indicator-count')).toHaveText(String(plan!.indicatorCount));
  await expectNoA11yViolations(page, 'plans');
  await screenshot(page, 'plans');

  await row.getByRole('button', { name: `Sửa kế hoạch ${plan!.code}` }).click();
  await expect(plans.field('Số hiệu văn bản')).toHaveValue(plan!.code);
  await plans.field('Ngày ban hành').fill('32/01/2026');
  await plans.field('Căn cứ').fill('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị');
  await page.getByTestId('plan-save').click();
  await plans.expectFieldError('Ngày ban hành', /Ngày không hợp lệ/);
  await expectNoA11yViolations(page, 'plan form');
  await screenshot(page, 'plan-form');
  await plans.field('Ngày ban hành').fill('20/01/2026');
  await page.getByTestId('plan-save').click();
  await expect(plans.editor).toBeHidden();
  await expect(row).toContainText('20/01/2026');
  await expect(row).toContainText('Nghị quyết số 57-NQ/TW');
  await expect(row.getByRole('button', { name: `Sửa kế hoạch ${plan!.code}` })).toBeFocused();

  // The task count opens the plan's task list.
  await row.getByTestId('plan-task-count').click();
  const tasks = new TasksPage(page);
  await tasks.waitReady();
  await tasks.expectCount(plan!.taskCount);
  await expect(page).toHaveURL(new RegExp(`planId=${plan!.id}`));
});

test('a new plan is added without moving the pages off the chosen one, until the person chooses it', async ({
  page,
  app,
}) => {
  const { planId: chosen } = await app.api('dashboard.get', {});
  const [demoPlan] = await app.api('plans.list', {});
  await page.goto(app.url);
  const plans = new PlansPage(page);
  await plans.openFromNav();
  await expect(plans.row(demoPlan!.code)).toContainText('Mở mặc định');
  await page.getByTestId('plan-add').click();
  await plans.field('Số hiệu văn bản').fill('101/KH-UBND');
  await plans.field('Tên kế hoạch').fill('Kế hoạch phát triển hạ tầng số giai đoạn 2026-2030');
  await plans.field('Năm bắt đầu').fill('2026');
  await plans.field('Năm kết thúc').fill('2030');
  await plans.field('Cơ quan ban hành').fill('UBND tỉnh Lâm Đồng');
  await page.getByTestId('plan-save').click();
  await expect(plans.row('101/KH-UBND')).toContainText('2026–2030');

  // The newer plan does not take over: the pages stay on the chosen plan, also after a reload.
  await expect(plans.row(demoPlan!.code).locator('.plan-current-badge')).toHaveText('Mở mặc định');
  const selected = page.getByTestId('plan-selector').locator('option:checked');
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await expect(selected).toContainText(demoPlan!.code);
  await page.reload();
  await expect(selected).toContainText(demoPlan!.code);
  expect((await app.api('dashboard.get', {})).planId).toBe(chosen);
  expect((await app.api('settings.get', {})).defaultPlanId).toBe(chosen);

  // The person chooses the new plan in Kế hoạch: from then on every page opens on it.
  await plans.openFromNav();
  await plans.row('101/KH-UBND').getByTestId('plan-make-default').click();
  await expect(page.getByRole('status')).toContainText('Các trang sẽ mở kế hoạch 101/KH-UBND.');
  await expect(plans.row('101/KH-UBND').locator('.plan-current-badge')).toHaveText('Mở mặc định');
  await expectNoA11yViolations(page, 'plans with a chosen default');
  await screenshot(page, 'plans-default');
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await expect(selected).toContainText('101/KH-UBND');
  await page.reload();
  await expect(selected).toContainText('101/KH-UBND');
  const newPlan = (await app.api('plans.list', {})).find((p) => p.code === '101/KH-UBND')!;
  expect((await app.api('dashboard.get', {})).planId).toBe(newPlan.id);

  // Looking at another plan in the selector does not change the default; the button beside it does.
  // The selector shows the number and a shortened title ("45/KH-UBND · Chuyển đổi số …"), its hover the whole.
  await page.getByTestId('plan-selector').selectOption({ value: demoPlan!.id });
  await expect(page.getByTestId('plan-selector')).toHaveAttribute(
    'title',
    `${demoPlan!.code} – ${demoPlan!.title}`,
  );
  await expect(page.getByTestId('plan-make-default')).toBeVisible();
  expect((await app.api('settings.get', {})).defaultPlanId).toBe(newPlan.id);
  await screenshot(page, 'dashboard-other-plan');
  await page.getByTestId('plan-make-default').click();
  await expect(page.getByTestId('plan-make-default')).toBeHidden();
  expect((await app.api('settings.get', {})).defaultPlanId).toBe(demoPlan!.id);
});
