// Printing from the app on A4 landscape: Tổng quan carries the committee's heading and its charts keep
// inside the page (all four quarters labelled); the printed task list is not cut at the right.
// The page is laid out at the screen's 1366 px and then printed, as a person would: a chart that kept the
// width it measured on screen would run past the 277 mm (≈ 1047 px) of a landscape page.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { screenshot } from './helpers';
import { DashboardPage } from './pages/dashboard';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

/** A4 landscape less the 10 mm margins of `@page wide` in print.css: 277 mm at 96 px per inch. */
const PRINTABLE_PX = Math.floor((277 / 25.4) * 96);
const PDF_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'print');

async function savePdf(page: Page, name: string): Promise<void> {
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(path.join(PDF_DIR, `${name}.pdf`), pdf);
}

test('the printed dashboard has the committee heading and charts that fit A4 landscape', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  const data = await app.api('dashboard.get', {});
  const settings = await app.api('settings.get', {});
  const [y, m, d] = data.at.split('-');

  const header = page.getByTestId('dash-print-header');
  await expect(header).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(header).toBeVisible();
  await expect(header).toContainText(settings.committeeName);
  await expect(header).toContainText(`Tình hình thực hiện`);
  await expect(header).toContainText(`tính đến ngày ${d}/${m}/${y}`);

  // Every chart, measured in print at the screen's width, ends inside the printable width.
  const charts = page.locator('[data-testid="dashboard"] .chart svg.recharts-surface');
  await expect(charts).toHaveCount(3);
  for (const box of await Promise.all((await charts.all()).map((c) => c.boundingBox()))) {
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PRINTABLE_PX);
  }

  // The quarter chart names every quarter of the year, Quý IV included, inside the page.
  const ticks = page
    .getByTestId('dash-trend')
    .locator('.recharts-cartesian-axis-tick-value')
    .filter({ hasText: /^Quý / });
  await expect(ticks).toHaveCount(data.trend.length);
  expect(data.trend.length).toBe(4);
  const trendBox = await page.getByTestId('dash-trend').locator('svg.recharts-surface').boundingBox();
  for (const [i, numeral] of ['I', 'II', 'III', 'IV'].entries()) {
    const tick = ticks.nth(i);
    await expect(tick).toBeVisible();
    await expect(tick).toHaveText(new RegExp(`^Quý ${numeral}\\b`));
    // Inside its own chart: the chart's column clips what runs past the chart.
    const box = await tick.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(trendBox!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(trendBox!.x + trendBox!.width);
  }

  // At the page's own width nothing is wider than the page.
  await page.setViewportSize({ width: PRINTABLE_PX, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_PX);
  await screenshot(page, 'dashboard-print-a4-landscape');
  await savePdf(page, 'dashboard');
});

test('the printed task list fits A4 landscape without being cut at the right', async ({ page, app }) => {
  await page.goto(app.url);
  const tasks = new TasksPage(page);
  await tasks.openFromNav();
  await expect(tasks.rows.first()).toBeVisible();
  const { planId } = await app.api('dashboard.get', {});
  const { total } = await app.api('tasks.list', { planId });

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '1');
  });
  await page.getByRole('button', { name: 'In danh sách' }).click();
  await expect(page.locator('body[data-printed="1"]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  // The page box of a landscape A4 sheet: the viewport is the printable width.
  await page.setViewportSize({ width: PRINTABLE_PX, height: 740 });
  const printed = page.getByTestId('task-print');
  await expect(printed.locator('tbody tr')).toHaveCount(total);

  const table = printed.locator('table');
  const box = await table.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PRINTABLE_PX);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_PX);
  // No cell hides text past its own right edge (a long code or agency name wraps instead).
  const overflowing = await table.evaluate((t) =>
    [...t.querySelectorAll('th, td')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent),
  );
  expect(overflowing).toEqual([]);
  await screenshot(page, 'tasks-print-a4-landscape');
  await savePdf(page, 'tasks');
});
