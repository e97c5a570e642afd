// Importing a plan from its Excel annex (issue 11) with the backend's fixtures (test/fixtures/plans): on
// the first-run screen of an empty file (unknown agencies created by the person, never silently), and in
// Kế hoạch (the dry run's summary, a broken annex refused row by row, apply as one change set, undo).
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { FirstRunPage } from './pages/firstrun';
import { PlanImportPanel } from './pages/planImport';
import { PlansPage } from './pages/plans';
import { ANNEX_AGENCIES, annexA, annexB, annexBroken } from '../fixtures/plans/annexes';

test('first run: a plan annex imported, its agencies created by the person, then the app opens on it', async ({
  page,
  app,
}) => {
  const firstRun = new FirstRunPage(page);
  const ui = new PlanImportPanel(page);
  await page.goto(app.url);
  await expect(firstRun.screen).toBeVisible();
  await page.getByTestId('firstrun-import').click();
  await expect(ui.root).toBeVisible();
  await expectNoA11yViolations(page, 'first run import, no file');

  await ui.chooseFile({ name: 'phu-luc-45.xlsx', bytes: await annexA() });
  // Every agency is unknown on an empty file: the rows naming them are refused until the person decides.
  await expect(ui.total('refused')).not.toHaveText('0');
  await expect(page.getByTestId('import-agency').filter({ hasText: 'Sở Nội vụ' })).toHaveAttribute(
    'data-resolution',
    'refused',
  );
  await expect(page.getByTestId('import-apply')).toBeDisabled();
  expect(await app.api('agencies.list', {})).toHaveLength(0);
  await ui.createAllAgencies();
  // One agency written two ways: the person makes the abbreviation the same new agency as the full name.
  await ui.sameNewAgency('Sở KH&CN', 'Sở Khoa học và Công nghệ');
  await expect(ui.total('new')).toHaveText('5');
  await expect(ui.total('refused')).toHaveText('0');
  await expect(page.getByTestId('import-groups')).toContainText('I. CHÍNH QUYỀN SỐ');
  await expect(ui.rows.filter({ hasText: 'I.2' })).toContainText('Quý II/2025 → 30/06/2025');
  await expectNoA11yViolations(page, 'first run import, dry run');
  await ui.summary.scrollIntoViewIfNeeded();
  await screenshot(page, 'plan-import-firstrun');
  await page.getByTestId('import-agencies').scrollIntoViewIfNeeded();
  await screenshot(page, 'plan-import-firstrun-agencies');

  await ui.apply();
  await expect(firstRun.screen).toBeHidden();
  await expect(page).toHaveURL(/#\/tasks\?planId=/);
  const [plan] = await app.api('plans.list', {});
  expect(plan).toMatchObject({ code: '45/KH-UBND' });
  expect((await app.api('tasks.list', { planId: plan!.id, limit: 50 })).total).toBe(5);
  const agencies = (await app.api('agencies.list', {})).map((a) => a.name);
  expect(agencies).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Công an tỉnh']));
  expect(agencies.filter((n) => /khoa học|KH&CN/i.test(n))).toEqual(['Sở Khoa học và Công nghệ']);
});

test('Kế hoạch: a broken annex is refused row by row; a good one applies as one change set and undoes', async ({
  page,
  app,
}) => {
  await app.api('app.startEmpty', {});
  for (const a of ANNEX_AGENCIES) await app.api('agencies.create', { ...a, kind: 'so_ban_nganh' });
  const plans = new PlansPage(page);
  const ui = new PlanImportPanel(page);
  await page.goto(app.url);
  await plans.openFromNav();
  await page.getByTestId('plan-import-open').click();
  await expect(ui.root).toBeVisible();

  // The broken annex: every refusal with sheet, row, column and what to fix; nothing can be applied.
  await ui.chooseFile({ name: 'hong.xlsx', bytes: await annexBroken() });
  await expect(ui.problems).toBeVisible();
  const first = ui.problems.locator('tbody tr').first();
  await expect(first.locator('td').nth(1)).toHaveText(/^\d+$/);
  await expect(page.getByTestId('import-cannot')).toBeVisible();
  await expectNoA11yViolations(page, 'plan import, broken annex');
  await screenshot(page, 'plan-import-refused');

  // A good annex: the mapping found, the summary, apply, undo.
  await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
  await ui.chooseFile({ name: 'nhiem-vu.xlsx', bytes: await annexB() });
  await expect(page.getByTestId('mapping-lead')).toHaveValue('D');
  // The person corrects the mapping: the notes column left out; the check runs again with it.
  await page.getByTestId('mapping-note').selectOption('');
  await ui.settled();
  await expect(page.getByTestId('mapping-note')).toHaveValue('');
  await expect(ui.total('new')).toHaveText('3');
  await expect(ui.total('refused')).toHaveText('0');
  await expectNoA11yViolations(page, 'plan import, dry run');
  await screenshot(page, 'plan-import-dryrun');
  await page.getByTestId('mapping-sheet').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'plan-import-mapping');
  await ui.apply();
  await expect(ui.done).toContainText('3 dòng mới');
  expect(await app.api('plans.list', {})).toHaveLength(1);
  await screenshot(page, 'plan-import-done');
  await page.getByTestId('import-undo').click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác' })).toBeVisible();
  await expect.poll(async () => (await app.api('plans.list', {})).length).toBe(0);
});
