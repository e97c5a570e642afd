// First run: on an empty data file the app greets the officer with two choices, the demo province or
// an empty start with the programme's pillars, and then opens the dashboard.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { FirstRunPage } from './pages/firstrun';

test('an empty data file offers the demo province, which opens on the dashboard', async ({ page, app }) => {
  expect((await app.api('app.info', {})).isEmpty).toBe(true);
  const ui = new FirstRunPage(page);
  await page.goto(app.url);
  await expect(ui.screen).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chào mừng đến với TienDo');
  await expectNoA11yViolations(page, 'first run');
  await screenshot(page, 'firstrun');

  await ui.demo.focus();
  await page.keyboard.press('Enter');
  await expect(ui.screen).toBeHidden();
  await expect(page).toHaveURL(/#\/dashboard/);
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Tổng quan', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  const info = await app.api('app.info', {});
  expect(info.isEmpty).toBe(false);
  expect((await app.api('plans.list', {})).length).toBeGreaterThan(0);
  expect((await app.api('indicators.list', {})).length).toBeGreaterThan(0);

  // Opening the app again goes straight to work.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(ui.screen).toBeHidden();
});

test('starting empty asks for the province, names the committee after it, seeds the pillars only and opens the dashboard', async ({
  page,
  app,
}) => {
  const ui = new FirstRunPage(page);
  await page.goto(app.url);
  await expect(ui.screen).toBeVisible();
  await ui.empty.click();
  const form = page.getByTestId('firstrun-empty-form');
  // Nothing starts without the province: the button waits for it.
  await expect(form.getByRole('button', { name: 'Bắt đầu', exact: true })).toBeDisabled();
  await form.getByLabel(/Tên tỉnh, thành phố/).fill('Lâm Đồng');
  await expectNoA11yViolations(page, 'first run: the province');
  await screenshot(page, 'firstrun-province');
  await form.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  await expect(ui.screen).toBeHidden();
  await expect(page).toHaveURL(/#\/dashboard/);
  const pillars = await app.api('pillars.list', {});
  expect(pillars.map((p) => p.name)).toEqual(
    expect.arrayContaining(['Chính quyền số', 'Kinh tế số', 'Xã hội số']),
  );
  expect(await app.api('plans.list', {})).toHaveLength(0);
  expect(await app.api('agencies.list', {})).toHaveLength(0);
  expect(await app.api('settings.get', {})).toMatchObject({
    provinceName: 'Tỉnh Lâm Đồng',
    committeeName: expect.stringMatching(/chuyển đổi số tỉnh Lâm Đồng$/),
    reportPlace: 'Lâm Đồng',
  });
});
