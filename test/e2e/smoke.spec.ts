import { test, expect } from './fixtures';

test.describe('browser mode', () => {
  test.use({ demo: true });

  test('opens in Vietnamese with the navigation and talks to the backend', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The token left the address bar (kept for reloads in session storage) and the API answers.
    await expect(page).not.toHaveURL(/token=/);
    const info = await app.api('app.info', {});
    expect(info.isEmpty).toBe(false);
    await page.reload();
    // The navigation's link (exact: the dashboard's figures, "70 nhiệm vụ", are links to the list too).
    const nav = page.getByRole('navigation', { name: 'Chức năng chính' });
    await expect(nav.getByRole('link', { name: 'Nhiệm vụ', exact: true })).toBeVisible();
  });
});
