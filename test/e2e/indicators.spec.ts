// Chỉ tiêu: an officer enters the quarter's values in the grid by keyboard and by pasting from Excel,
// and finds them again after a reload; reads the list behind a dashboard number; sets a target and
// adds an indicator.
import { test, expect, type AppFixture } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { IndicatorsPage } from './pages/indicators';

test.use({ demo: true });

/**
 * The plan the page opens on (the latest plan being carried out) and last year's grid: every period of
 * that year has started and the demo has no values there, so what a test types meets no warning it did
 * not ask for (a period not started, a tenfold jump from the demo's figures).
 */
async function lastYearGrid(app: AppFixture) {
  const info = await app.api('app.info', {});
  const year = Number(info.today.slice(0, 4)) - 1;
  const plans = await app.api('plans.list', {});
  const plan = plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0]!;
  const load = () => app.api('indicators.valueGrid', { planId: plan.id, year });
  const grid = await load();
  expect(grid.rows.length).toBeGreaterThanOrEqual(8);
  const row = async (code: string) => (await load()).rows.find((r) => r.code === code)!;
  const value = async (code: string, period: string) => (await row(code)).values[period];
  // The first indicator counted in units (not a percentage), with its neighbours above and below.
  const i = grid.rows.findIndex((r, n) => n > 0 && r.unit.trim() !== '%');
  expect(i).toBeGreaterThan(0);
  return { year, rows: grid.rows, counted: i, row, value };
}

test('enters values by keyboard, refuses a bad one with a message naming the cell, keeps them after reload', async ({
  page,
  app,
}) => {
  const { year, rows, counted, value } = await lastYearGrid(app);
  // a: a percentage; b: a count (1.234 is a plausible number of records); c: the row below.
  const [a, b, c] = [rows[counted - 1]!.code, rows[counted]!.code, rows[counted + 1]!.code];
  const q4 = `${year}-Q4`;
  const yr = String(year);
  const ui = new IndicatorsPage(page);
  await ui.openGrid(app, year);

  // Typing opens the cell; Enter commits and moves down; Tab commits and moves right.
  await ui.cell(a, q4).click();
  await page.keyboard.type('85,5');
  await expect(ui.editor).toHaveValue('85,5');
  await page.keyboard.press('Enter');
  await expect(ui.cell(b, q4)).toBeFocused();
  await page.keyboard.type('1.234');
  await page.keyboard.press('Tab');
  await expect(ui.cell(b, yr)).toBeFocused();

  // A text that is not a number stays in its cell, red, with a message naming row and column; not saved.
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(ui.cell(b, yr)).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.invalidCells).toContainText(`Dòng ${b}, cột Năm ${year}: "abc" không phải là số`);
  await ui.waitSaved();
  await screenshot(page, 'indicators-grid-invalid');

  // Esc cancels an edit.
  await expect(ui.cell(c, yr)).toBeFocused();
  const before = (await ui.cell(c, yr).textContent()) ?? '';
  await page.keyboard.type('999');
  await page.keyboard.press('Escape');
  await expect(ui.cell(c, yr)).toHaveText(before);
  await expect(ui.cell(c, yr)).toBeFocused();

  // Back up to the bad cell: Delete clears it, then the right value goes in.
  await page.keyboard.press('ArrowUp');
  await expect(ui.cell(b, yr)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(ui.cell(b, yr)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(ui.invalidCells).toBeEmpty();
  await page.keyboard.type('2.345,75');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+Tab');
  await expect(ui.cell(b, q4)).toBeFocused();
  await expect(ui.cell(b, q4)).toHaveAttribute('aria-selected', 'true');
  await ui.waitSaved();

  await expectNoA11yViolations(page, 'indicators grid');
  await screenshot(page, 'indicators-grid');
  expect(await value(a, q4)).toBe(85.5);
  expect(await value(b, q4)).toBe(1234);
  expect(await value(b, yr)).toBe(2345.75);

  await page.reload();
  await expect(ui.grid).toBeVisible();
  await expect(ui.cell(a, q4)).toHaveText('85,5');
  await expect(ui.cell(b, q4)).toHaveText('1.234');
  await expect(ui.cell(b, yr)).toHaveText('2.345,75');
});

test('pastes a column and a block copied from Excel, Vietnamese numbers included', async ({ page, app }) => {
  const { year, rows, value } = await lastYearGrid(app);
  const code = (i: number) => rows[i]!.code;
  const q4 = `${year}-Q4`;
  const yr = String(year);
  const ui = new IndicatorsPage(page);
  await ui.openGrid(app, year);

  // A column: Excel ends every row with CR LF; "85,5%" is a percentage typed the Vietnamese way.
  await ui.cell(code(3), q4).click();
  await ui.paste('12,5\r\n85,5%\r\nabc\r\n');
  await expect(ui.cell(code(3), q4)).toHaveText('12,5');
  await expect(ui.cell(code(4), q4)).toHaveText('85,5');
  await expect(ui.cell(code(5), q4)).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.invalidCells).toContainText(`Dòng ${code(5)}, cột Quý IV/${year}: "abc" không phải là số`);
  await expect(ui.saveStatus).toContainText('Đã dán 3 ô.');

  // A block lands from the active cell; cells past the grid's edge are counted, not placed.
  await ui.cell(code(6), q4).click();
  await ui.paste('10\t20\n30\t40\t50\n');
  await expect(ui.saveStatus).toContainText('Đã dán 4 ô; bỏ qua 1 ô nằm ngoài bảng.');
  await expect(ui.cell(code(6), q4)).toHaveText('10');
  await expect(ui.cell(code(6), yr)).toHaveText('20');
  await expect(ui.cell(code(7), q4)).toHaveText('30');
  await expect(ui.cell(code(7), yr)).toHaveText('40');
  await ui.waitSaved();

  expect(await value(code(3), q4)).toBe(12.5);
  expect(await value(code(4), q4)).toBe(85.5);
  expect(await value(code(5), q4)).toBeNull();
  expect(await value(code(7), yr)).toBe(40);

  await page.reload();
  await expect(ui.grid).toBeVisible();
  await expect(ui.cell(code(3), q4)).toHaveText('12,5');
  await expect(ui.cell(code(4), q4)).toHaveText('85,5');
  await expect(ui.cell(code(7), yr)).toHaveText('40');
  await expect(ui.cell(code(5), q4)).not.toHaveAttribute('aria-invalid', 'true');
});

test('asks before saving implausible values, keeps the warnings on the cell and in the detail', async ({
  page,
  app,
}) => {
  const { year, rows, counted, row } = await lastYearGrid(app);
  const pct = rows[0]!;
  expect(pct.unit).toBe('%');
  const count = rows[counted]!;
  const q3 = `${year}-Q3`;
  const q4 = `${year}-Q4`;
  const ui = new IndicatorsPage(page);
  await ui.openGrid(app, year);

  // 1.234,5 pasted into a percentage: the grid asks first, naming the cell and what looks wrong.
  await ui.cell(pct.code, q4).click();
  await ui.paste('1.234,5\r\n');
  await expect(ui.confirm).toBeVisible();
  await expect(ui.confirm).toContainText(`${pct.code}, Quý IV/${year}: 1.234,5`);
  await expect(ui.confirm).toContainText('Tỷ lệ 1.234,5% nằm ngoài khoảng 0-100%.');
  await expectNoA11yViolations(page, 'value confirmation');
  await screenshot(page, 'indicators-grid-confirm');
  // Hủy (where focus starts): nothing changes, nothing is sent.
  await expect(ui.confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.confirm).toBeHidden();
  await expect(ui.cell(pct.code, q4)).toHaveText('');
  expect((await row(pct.code)).values[q4]).toBeNull();

  // Confirmed: saved, with the warning kept on the value and shown on the cell.
  await ui.cell(pct.code, q4).click();
  await ui.paste('1.234,5\r\n');
  await ui.confirm.getByTestId('confirm').click();
  await ui.waitSaved();
  await expect(ui.cell(pct.code, q4)).toHaveText('1.234,5');
  await expect(ui.cell(pct.code, q4)).toHaveAttribute('data-warned', 'true');
  expect((await row(pct.code)).warnings[q4]).toEqual([{ code: 'percent_range', value: 1234.5 }]);

  // A thousands separator that reads two ways, pasted from a sheet of unknown locale; and a tenfold jump.
  await ui.cell(count.code, q3).click();
  await ui.paste('1.234\t20.000\r\n');
  await expect(ui.confirm).toContainText(
    '"1.234" được đọc là 1.234; nếu bảng tính gốc dùng dấu chấm thập phân kiểu Anh thì là 1,234.',
  );
  await expect(ui.confirm).toContainText(`20.000 lớn hơn 10 lần số liệu Quý III/${year} (1.234).`);
  await ui.confirm.getByTestId('confirm').click();
  await ui.waitSaved();
  expect((await row(count.code)).warnings[q3]?.map((w) => w.code)).toEqual(['ambiguous_separator']);
  expect((await row(count.code)).warnings[q4]?.map((w) => w.code)).toContain('jump');

  // After a reload the cell still says so, in its accessible description.
  await page.reload();
  await expect(ui.grid).toBeVisible();
  await expect(ui.cell(pct.code, q4)).toHaveAttribute('data-warned', 'true');
  await expect(ui.cell(pct.code, q4)).toHaveAccessibleDescription(/Tỷ lệ 1.234,5% nằm ngoài khoảng 0-100%/);
  await screenshot(page, 'indicators-grid-warned');

  // The indicator's detail lists the value with its warning.
  await ui.open(app, `?id=${pct.indicatorId}`);
  await expect(ui.detail.getByTestId('indicator-warnings')).toContainText(`Quý IV/${year}: 1.234,5 %`);
  await expect(ui.detail.getByTestId('indicator-warnings')).toContainText(
    'Tỷ lệ 1.234,5% nằm ngoài khoảng 0-100%.',
  );
  await expectNoA11yViolations(page, 'indicator detail with warnings');
  await screenshot(page, 'indicators-detail-warnings');
});

test('lists the indicators behind a dashboard number, sets a target, adds an indicator', async ({
  page,
  app,
}) => {
  const all = await app.api('indicators.list', {});
  const behind = all.filter((i) => i.assessment === 'can_no_luc');
  expect(behind.length).toBeGreaterThan(0);
  const ui = new IndicatorsPage(page);
  await ui.open(app, '?planId=all&assessment=can_no_luc');

  await expect(page.getByTestId('indicator-row')).toHaveCount(behind.length);
  for (const badge of await page.getByTestId('indicator-row').locator('.badge').all())
    await expect(badge).toHaveText('Cần nỗ lực');
  await expect(page.getByTestId('summary-can_no_luc')).toHaveAttribute('aria-pressed', 'true');
  await expectNoA11yViolations(page, 'indicators list');
  await screenshot(page, 'indicators-list');

  // The detail panel: chart against the target, targets per year, history.
  const first = behind.find((i) => i.direction === 'increase' && i.target) ?? behind[0]!;
  const newTarget = first.target!.target + 5.5;
  const newTargetText = String(newTarget).replace('.', ',');
  await page.getByRole('button', { name: `Xem chi tiết chỉ tiêu ${first.code}` }).click();
  await expect(ui.detail).toBeVisible();
  await expect(ui.detail.getByTestId('target-chart').locator('svg').first()).toBeVisible();
  const year = first.target!.year;
  await ui.detail.getByTestId('target-year').fill(String(year));
  await ui.detail.getByTestId('target-value').fill('abc');
  await ui.detail.getByTestId('target-save').click();
  await expect(ui.detail.locator('.field-error')).toContainText('Không đọc được số');
  await ui.detail.getByTestId('target-value').fill(newTargetText);
  await ui.detail.getByTestId('target-save').click();
  await expect(ui.detail.getByTestId('indicator-history')).toContainText(`Kế hoạch năm ${year}`);
  await expect(ui.detail.getByTestId('indicator-history')).toContainText(newTargetText);
  await expect(ui.detail.getByTestId('targets-table')).toContainText(newTargetText);
  await expectNoA11yViolations(page, 'indicator detail');
  await screenshot(page, 'indicators-detail');
  const stored = await app.api('indicators.get', { id: first.id });
  expect(stored.targets.find((t) => t.year === year)?.target).toBe(newTarget);
  await page.keyboard.press('Escape');
  await expect(ui.detail).toBeHidden();

  // A new indicator: field-level messages first, then saved and opened.
  await page.getByTestId('add-indicator').click();
  const form = page.getByTestId('indicator-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    form.locator('.field', { has: page.getByTestId('f-code') }).locator('.field-error'),
  ).toHaveText(/không được để trống/i);
  await expect(
    form.locator('.field', { has: page.getByTestId('f-name') }).locator('.field-error'),
  ).toBeVisible();
  await form.getByTestId('f-code').fill('CT99');
  await form.getByTestId('f-name').fill('Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử');
  await form.getByTestId('f-unit').fill('%');
  await form.getByTestId('f-target').fill('60');
  await form.getByTestId('f-baseline').fill('35,5');
  await expectNoA11yViolations(page, 'indicator form');
  await screenshot(page, 'indicators-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await expect(ui.detail).toContainText('CT99 · Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử');
  const created = (await app.api('indicators.list', {})).find((i) => i.code === 'CT99');
  expect(created?.target).toMatchObject({ baseline: 35.5, target: 60 });
});
