// Danh mục: the secretariat merges an agency into its successor after a restructuring and sees its
// open tasks and indicators move; keeps the agency and pillar lists with field-level messages.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { CatalogPage } from './pages/catalog';

test.use({ demo: true });

const OPEN_STATES = new Set(['chua_thuc_hien', 'dang_thuc_hien', 'tam_dung']);

test('merges an agency into its successor: open tasks and indicators move, the history is kept', async ({
  page,
  app,
}) => {
  const agencies = await app.api('agencies.list', {});
  const from = agencies.find((a) => a.code === 'TTPVHCC')!;
  const into = agencies.find((a) => a.code === 'VP-UBND')!;
  const indicators = await app.api('indicators.list', { leadAgencyId: from.id });
  const openTasks = (await app.api('tasks.list', { leadAgencyId: from.id })).rows.filter((t) =>
    OPEN_STATES.has(t.state),
  );
  expect(from.openTaskCount).toBeGreaterThan(0);
  expect(openTasks).toHaveLength(from.openTaskCount);
  expect(indicators.length).toBeGreaterThan(0);

  const ui = new CatalogPage(page);
  await ui.open(app);
  await expect(ui.openTasks('TTPVHCC')).toHaveText(String(from.openTaskCount));
  await expectNoA11yViolations(page, 'catalog agencies');
  await screenshot(page, 'catalog-agencies');

  await ui
    .agencyRow('TTPVHCC')
    .getByRole('button', { name: /^Sáp nhập/ })
    .click();
  await expect(ui.mergeDialog).toBeVisible();
  await ui.mergeDialog.getByTestId('confirm-merge').click();
  await expect(ui.mergeDialog.locator('.field-error')).toHaveText(/Hãy chọn cơ quan tiếp nhận/);
  await ui.mergeDialog.getByTestId('merge-into').selectOption({ label: into.name });
  await expect(ui.mergeDialog.locator('.field-error')).toHaveCount(0); // corrected: the message goes
  await expect(ui.mergeDialog.getByTestId('merge-effect')).toContainText(
    `Sẽ chuyển ${from.openTaskCount} nhiệm vụ đang mở và ${indicators.length} chỉ tiêu của ${from.shortName} sang ${into.shortName}`,
  );
  await expectNoA11yViolations(page, 'merge dialog');
  await screenshot(page, 'catalog-merge-dialog');
  await ui.mergeDialog.getByTestId('confirm-merge').click();

  await expect(ui.mergeResult).toContainText(
    `đã chuyển ${from.openTaskCount} nhiệm vụ, ${indicators.length} chỉ tiêu`,
  );
  await expect(ui.agencyRow('TTPVHCC')).toBeHidden();
  await expect(ui.openTasks('VP-UBND')).toHaveText(String(into.openTaskCount + from.openTaskCount));
  await screenshot(page, 'catalog-merge-result');

  // The tasks and indicators now belong to the successor.
  const nowLed = (await app.api('tasks.list', { leadAgencyId: into.id })).rows.map((t) => t.id);
  for (const t of openTasks) expect(nowLed).toContain(t.id);
  expect(await app.api('indicators.list', { leadAgencyId: from.id })).toHaveLength(0);
  expect((await app.api('indicators.list', { leadAgencyId: into.id })).map((i) => i.id)).toEqual(
    expect.arrayContaining(indicators.map((i) => i.id)),
  );

  // The old agency is kept, archived, with its successor and the merge in its history.
  await page.getByLabel('Hiện cả cơ quan đã lưu trữ').check();
  await expect(ui.agencyRow('TTPVHCC')).toContainText(`Đã sáp nhập vào ${into.shortName}`);
  await ui
    .agencyRow('TTPVHCC')
    .getByRole('button', { name: /^Lịch sử/ })
    .click();
  const history = page.getByTestId('agency-history');
  await expect(history).toContainText(`chuyển ${from.openTaskCount} nhiệm vụ, ${indicators.length} chỉ tiêu`);
  await expectNoA11yViolations(page, 'agency history');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
});

test('adds agencies and pillars with messages next to the fields, archives a pillar', async ({
  page,
  app,
}) => {
  const ui = new CatalogPage(page);
  await ui.open(app);

  await page.getByTestId('add-agency').click();
  const form = page.getByTestId('agency-form');
  const errorOf = (testId: string) =>
    form.locator('.field', { has: page.getByTestId(testId) }).locator('.field-error');
  await form.getByTestId('f-email').fill('so-tai-chinh');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(errorOf('f-code')).toHaveText(/không được để trống/i);
  await expect(errorOf('f-email')).toHaveText(/không hợp lệ/);
  await form.getByTestId('f-code').fill('SKHCN');
  await form.getByTestId('f-name').fill('Trung tâm Chuyển đổi số tỉnh');
  await form.getByTestId('f-email').fill('ttcds@lamdong.gov.vn');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(errorOf('f-code')).toHaveText(
    'Mã SKHCN đã có (cơ quan «Sở Khoa học và Công nghệ»). Hãy chọn mã khác.',
  );
  await expectNoA11yViolations(page, 'agency form');
  await screenshot(page, 'catalog-agency-form');
  await form.getByTestId('f-code').fill('TTCDS');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await expect(ui.agencyRow('TTCDS')).toContainText('Trung tâm Chuyển đổi số tỉnh');

  await page.getByRole('tab', { name: 'Trụ cột, lĩnh vực' }).click();
  await expect(page.getByTestId('pillar-row')).toHaveCount((await app.api('pillars.list', {})).length);
  await expectNoA11yViolations(page, 'catalog pillars');
  await screenshot(page, 'catalog-pillars');
  await page.getByTestId('add-pillar').click();
  const pillarForm = page.getByTestId('pillar-form');
  await pillarForm.getByTestId('f-code').fill('DMST');
  await pillarForm.getByTestId('f-name').fill('Đổi mới sáng tạo');
  await pillarForm.getByRole('button', { name: 'Lưu' }).click();
  const row = page.locator('[data-testid="pillar-row"][data-code="DMST"]');
  await expect(row).toContainText('Đổi mới sáng tạo');
  await row.getByRole('button', { name: /^Lưu trữ/ }).click();
  await page.getByTestId('confirm').click();
  await expect(row).toBeHidden();
  expect(
    (await app.api('pillars.list', { includeArchived: true })).find((p) => p.code === 'DMST')?.archivedAt,
  ).toBeTruthy();
});
