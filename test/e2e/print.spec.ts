// Printing from the app on A4 landscape: Tổng quan carries the committee's heading and its charts keep
// inside the page (all four quarters labelled); the printed task list is not cut at the right.
// The page is laid out at the screen's 1366 px and then printed, as a person would. Chromium lays out the
// printed pages without sending resize events, so a chart that kept the width it measured on screen runs
// past its column and the page: the tests hold back ResizeObserver callbacks while "printing" to match.
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

/**
 * Before the page loads: ResizeObserver callbacks pass through a switch. `printLayout(page)` turns it off,
 * as during Chromium's print layout, where nothing is told that the page became narrower.
 */
async function holdResizesWhenPrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    const flag = window as unknown as { tiendoPrintLayout?: boolean };
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          if (!flag.tiendoPrintLayout) callback(entries, observer);
        });
      }
    };
  });
}

/** Print media on a page box of A4 landscape's printable width, with no resize events. */
async function printLayout(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { tiendoPrintLayout?: boolean }).tiendoPrintLayout = true;
  });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINTABLE_PX, height: 740 });
}

async function savePdf(page: Page, name: string): Promise<void> {
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(path.join(PDF_DIR, `${name}.pdf`), pdf);
  // The page size the stylesheet asks for (what the print dialog starts from): every page A4 landscape.
  const own = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...own.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [w, h] of boxes) {
    expect(Math.round(w!)).toBeGreaterThanOrEqual(841); // 297 mm in points
    expect(Math.round(h!)).toBeLessThanOrEqual(596); // 210 mm
  }
}

test('the printed dashboard has the committee heading and charts that fit A4 landscape', async ({
  page,
  app,
}) => {
  await holdResizesWhenPrinting(page);
  await page.goto(app.url);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.root).toBeVisible();
  const data = await app.api('dashboard.get', {});
  const settings = await app.api('settings.get', {});
  const [y, m, d] = data.at.split('-');

  const header = page.getByTestId('dash-print-header');
  await expect(header).toBeHidden();
  await printLayout(page);
  await expect(header).toBeVisible();
  await expect(header).toContainText(settings.committeeName);
  await expect(header).toContainText(`Tình hình thực hiện`);
  await expect(header).toContainText(`tính đến ngày ${d}/${m}/${y}`);

  // Every chart lies inside its column of the printed panel, and so inside the printable width.
  const charts = page.locator('[data-testid="dashboard"] .chart');
  await expect(charts).toHaveCount(3);
  for (const chart of await charts.all()) {
    const column = await chart.boundingBox();
    const box = await chart.locator('svg.recharts-surface').first().boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(column!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width);
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

  // Nothing is wider than the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_PX);
  await screenshot(page, 'dashboard-print-a4-landscape');
  await savePdf(page, 'dashboard');
});

test('the printed task list fits A4 landscape without being cut at the right', async ({ page, app }) => {
  // A title with a long unbroken address, as plans quote them: it must wrap, not widen the table.
  const { planId } = await app.api('dashboard.get', {});
  if (!planId) throw new Error('the demo province has a plan');
  await app.api('tasks.create', {
    planId,
    code: 'ZZ.01',
    title:
      'Công bố https://dichvucong.lamdong.gov.vn/thu-tuc-hanh-chinh/danh-muc-dich-vu-cong-truc-tuyen-toan-trinh',
  });
  await page.goto(app.url);
  const tasks = new TasksPage(page);
  await tasks.openFromNav();
  await expect(tasks.rows.first()).toBeVisible();
  const { total } = await app.api('tasks.list', { planId });

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '1');
  });
  await page.getByRole('button', { name: 'In danh sách' }).click();
  await expect(page.locator('body[data-printed="1"]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  // The page box of a landscape A4 sheet: the viewport is the printable width.
  await page.setViewportSize({ width: PRINTABLE_PX, height: 740 });
  await expect(page.getByTestId('task-print')).toContainText('dichvucong.lamdong.gov.vn');
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
