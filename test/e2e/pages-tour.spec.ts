// Every page of the app, opened on the demo province at 1366x768 and at 1920x1080 in Vietnamese: each one
// renders (no recovery screen), passes axe with no serious or critical violation, keeps the text a
// secretary reads uncut (the task list's title, pillar and agency, the plan selector), and leaves a
// screenshot to look at (test-results/screenshots/page-<name>-<width>.png). The task drawer and the plan form, both on react-hook-form,
// are opened too, and so are the value grid (split into its hooks) and a meeting's notice editor.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { expectCutTextHasTitle, expectNothingCut, expectPlanSelectorReadable } from './pages/textFit';

const PAGES = [
  { hash: 'dashboard', ready: 'Tổng quan', planSelector: true },
  { hash: 'plans', ready: 'Kế hoạch', planSelector: false },
  { hash: 'tasks', ready: 'Nhiệm vụ', planSelector: true },
  { hash: 'indicators', ready: 'Chỉ tiêu', planSelector: true },
  { hash: 'meetings', ready: 'Phiên họp', planSelector: false },
  { hash: 'rounds', ready: 'Đợt cập nhật số liệu', planSelector: true },
  { hash: 'reports', ready: 'Báo cáo', planSelector: true },
  { hash: 'catalog', ready: 'Danh mục', planSelector: false },
  { hash: 'settings', ready: 'Cài đặt', planSelector: false },
] as const;

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** The cells of the first task rows a secretary reads: title, pillar, lead agency. */
const TASK_TEXT_CELLS =
  '[data-testid="task-row"]:nth-child(-n+8) :is(.task-title-button, .col-pillar, .col-agency)';

test.describe('every page', () => {
  test.use({ demo: true });

  for (const size of SIZES) {
    test(`opens each page at ${size.width}x${size.height} in Vietnamese, accessible, nothing cut`, async ({
      page,
      app,
    }) => {
      test.setTimeout(150_000); // nine pages, each with axe and a screenshot, on a shared build machine
      await page.setViewportSize(size);
      await page.goto(app.url);
      for (const p of PAGES) {
        await page.goto(`${app.origin}/#/${p.hash}`);
        await expect(page.getByRole('heading', { level: 1, name: p.ready })).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: 'Đang tải…' })).toHaveCount(0);
        await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
        if (p.planSelector) await expectPlanSelectorReadable(page);
        if (p.hash === 'tasks') {
          await expect(page.getByTestId('task-row').first()).toBeVisible();
          const cells = page.locator(TASK_TEXT_CELLS);
          if (size.width >= 1920) await expectNothingCut(cells, 'task list');
          else await expectCutTextHasTitle(cells, 'task list');
        }
        if (p.hash === 'meetings') {
          const list = page.getByTestId('meeting-list');
          await expect(list).toBeVisible();
          const spill = await list.evaluate((el) => el.scrollWidth - el.parentElement!.clientWidth);
          expect(spill, 'the meeting list fits the window without scrolling sideways').toBeLessThanOrEqual(1);
        }
        await expectNoA11yViolations(page, `${p.hash} at ${size.width}`);
        await screenshot(page, `page-${p.hash}-${size.width}`);
      }
      // A meeting's conclusions: the other long list a secretary reads out, with its row buttons.
      const [meeting] = await app.api('meetings.list', {});
      await page.goto(`${app.origin}/#/meetings?id=${meeting!.id}`);
      const conclusions = page.getByTestId('conclusion-table');
      await expect(conclusions).toBeVisible();
      const spill = await conclusions.evaluate((el) => el.scrollWidth - el.parentElement!.clientWidth);
      expect(spill, 'conclusions fit the window without scrolling sideways').toBeLessThanOrEqual(1);
      await expectNoA11yViolations(page, `meeting at ${size.width}`);
      await screenshot(page, `page-meeting-${size.width}`);
    });
  }

  test('the task drawer and the plan form open on their records', async ({ page, app }) => {
    await page.goto(app.url);
    await page.goto(`${app.origin}/#/tasks`);
    await expect(page.getByTestId('task-table')).toBeVisible();
    await page.getByTestId('task-open').first().click();
    const drawer = page.getByTestId('task-editor');
    await expect(drawer.locator('[name="code"]')).not.toHaveValue('');
    await expectNoA11yViolations(page, 'task drawer');
    await screenshot(page, 'page-tasks-drawer');
    await page.keyboard.press('Escape');
    await page.goto(`${app.origin}/#/plans`);
    await page.getByTestId('plan-add').click();
    await expect(page.getByTestId('plan-editor').locator('[name="yearFrom"]')).not.toHaveValue('');
    await expectNoA11yViolations(page, 'plan form');
    await screenshot(page, 'page-plans-form');
  });

  test('the value grid and a meeting notice open with their data', async ({ page, app }) => {
    await page.goto(app.url);
    await page.goto(`${app.origin}/#/indicators?view=grid`);
    await expect(page.getByTestId('value-grid')).toBeVisible();
    await expect(page.getByTestId('grid-cell').first()).toBeVisible();
    await expectNoA11yViolations(page, 'value grid');
    await screenshot(page, 'page-indicators-grid');
    const [meeting] = await app.api('meetings.list', {});
    expect(meeting).toBeDefined();
    await page.goto(`${app.origin}/#/meetings?id=${meeting!.id}&view=notice`);
    await expect(page.getByTestId('notice-editor').getByLabel('Nội dung thông báo')).not.toHaveValue('');
    await expectNoA11yViolations(page, 'notice editor');
    await screenshot(page, 'page-meetings-notice');
  });
});
