// A page that fails to render (issue 10 item 2: the error boundary): the failure stays inside that page,
// which shows the Vietnamese recovery screen (what happened, that saved data is safe, what to do), while
// the navigation still works; going to the dashboard from it opens a working page.
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';

test.use({ demo: true });

test('a page whose data cannot be drawn shows the recovery screen, and the rest of the app goes on', async ({
  page,
  app,
}) => {
  // An answer of the wrong shape (a bug the page cannot draw), for the meeting list only.
  await page.route('**/api/meetings.list', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { rows: 7 } }),
    }),
  );
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.getByRole('link', { name: 'Phiên họp', exact: true }).click();
  const recovery = page.getByTestId('recovery-screen');
  await expect(recovery).toBeVisible();
  await expect(recovery.getByRole('heading', { level: 1 })).toHaveText(
    'Trang này gặp lỗi và không hiển thị được',
  );
  await expect(recovery).toContainText('khi hiển thị trang «Phiên họp»');
  await expect(recovery).toContainText('Dữ liệu đã lưu vẫn an toàn trong tệp dữ liệu');
  // The navigation is outside the failed page.
  await expect(page.getByRole('link', { name: 'Tổng quan', exact: true })).toBeVisible();
  await expectNoA11yViolations(page, 'page-error');
  await screenshot(page, 'page-error');

  await page.unroute('**/api/meetings.list');
  await recovery.getByRole('link', { name: 'Về trang Tổng quan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(recovery).toHaveCount(0);
});
