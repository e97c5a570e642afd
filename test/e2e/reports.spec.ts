// Báo cáo: write the report, create the app's signing identity, export a signed report with a progress
// bar, find it in the history with its hash, check its signature in the verify panel, make the e-mail.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { ReportsPage } from './pages/reports';

test.use({ demo: true });

const PASSWORD = 'mat-khau-ky-so-2026';

test('exports a signed report, keeps it in the history and verifies its signature', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  const info = await app.api('app.info', {});
  const [plan] = await app.api('plans.list', {});
  const year = Number(info.today.slice(0, 4));

  // Compose: the preview shows the figures the report will carry; typing is saved on its own.
  await reports.choosePeriod(year, 'Quý IV');
  const model = await app.api('reports.preview', { planId: plan!.id, period: `${year}-Q4` });
  await expect(page.getByTestId('preview-tasks')).toHaveText(model.summary.taskSentence);
  await page.getByTestId('draft-docNumber').fill('05/BC-BCĐ');
  await page.getByTestId('draft-signerName').fill('Trần Văn Bình');
  await page.getByTestId('draft-nextTasks').fill('Hoàn thành Kho dữ liệu dùng chung của tỉnh trong Quý I.');
  await reports.waitSaved();
  const draft = await app.api('reports.draft.get', { planId: plan!.id, period: `${year}-Q4` });
  expect(draft.docNumber).toBe('05/BC-BCĐ');
  expect(draft.signer.name).toBe('Trần Văn Bình');
  await expectNoA11yViolations(page, 'reports compose');
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'reports-compose');

  // Export: create the app's own identity, then export signed with it.
  await reports.openTab('Xuất, ký số và gửi');
  await reports.createIdentity('Trần Văn Bình', PASSWORD);
  const identity = await app.api('signing.identity.get', {});
  await reports.watchProgress();
  const download = await reports.exportSignedWithIdentity(PASSWORD);
  expect(download.suggestedFilename()).toBe(`bao-cao-chuyen-doi-so-${year}-Q4-da-ky.xlsx`);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  await expect(page.getByTestId('export-sha256')).toHaveText(sha256);
  await expect(page.getByTestId('export-signer')).toHaveText('Trần Văn Bình');
  await expect(reports.progress).toHaveAttribute('aria-valuenow', '100');
  expect((await reports.progressSeen()).at(-1)).toBe(100);
  // The password field was emptied once handed over.
  await expect(page.getByTestId('sign-password')).toHaveValue('');

  // History: the submission with the same hash, signed.
  await expect(reports.historyRows).toHaveCount(1);
  const row = reports.historyRows.first();
  await expect(row.getByTestId('history-sha256')).toHaveAttribute('data-sha256', sha256);
  await expect(row).toContainText('Đã ký số');
  await expect(row).toContainText('05/BC-BCĐ');
  await expectNoA11yViolations(page, 'reports export');
  await screenshot(page, 'reports-export');

  // The e-mail draft for the centre.
  const eml = page.waitForEvent('download');
  await row.getByTestId('history-eml').click();
  expect((await eml).suggestedFilename()).toBe(`bao-cao-chuyen-doi-so-${year}-Q4-da-ky.eml`);

  // Verify: the downloaded file is valid, signed by the app's identity.
  await reports.openTab('Kiểm tra chữ ký');
  const result = await reports.verify(file);
  await expect(result.getByTestId('verify-verdict')).toHaveAttribute('data-valid', 'true');
  await expect(result.getByTestId('verify-signer')).toContainText('CN=Trần Văn Bình');
  await expect(result.getByTestId('verify-fingerprint')).toHaveText(identity!.fingerprintSha256);
  await expect(result.getByTestId('verify-time')).toBeVisible();
  await expectNoA11yViolations(page, 'reports verify');
  await screenshot(page, 'reports-verify');
});

test('a wrong password fails the export with a message and records nothing', async ({ page, app }) => {
  await app.api('signing.identity.create', { commonName: 'Trần Văn Bình', password: PASSWORD });
  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  await reports.openTab('Xuất, ký số và gửi');
  await page.getByTestId('sign-identity').check();
  await page.getByTestId('sign-password').fill('sai-mat-khau');
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-error')).toContainText('Mật khẩu của tệp chứng thư số không đúng');
  expect(await app.api('submissions.list', {})).toEqual([]);
});

test('lists what to check before signing: confirmed warnings, missing and older values', async ({
  page,
  app,
}) => {
  const info = await app.api('app.info', {});
  const year = Number(info.today.slice(0, 4));
  const [plan] = await app.api('plans.list', {});
  const indicators = await app.api('indicators.list', { planId: plan!.id });
  const pct = indicators.find((i) => i.unit === '%')!;
  // A percentage above 100, confirmed when it was typed: it still goes on the list.
  await app.api('indicators.setValues', {
    values: [{ indicatorId: pct.id, period: `${year}-Q3`, value: 120, confirmed: true }],
  });
  const checklist = await app.api('reports.checklist', { planId: plan!.id, period: `${year}-Q4` });
  expect(checklist.counts.valueWarnings).toBe(1);
  expect(checklist.counts.noValue).toBeGreaterThan(0);

  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  await reports.choosePeriod(year, 'Quý IV');
  const list = page.getByTestId('report-checklist');
  await expect(list.getByTestId('report-checklist-value_warning')).toContainText(
    `${pct.code}, Quý III/${year} (120 %): Tỷ lệ 120% nằm ngoài khoảng 0-100%.`,
  );
  await expect(list.getByTestId('report-checklist-no_value')).toContainText(
    `Chỉ tiêu chưa có số liệu (${checklist.counts.noValue})`,
  );
  await expect(page.getByTestId('preview-indicator-basis')).toContainText('gồm cả số liệu gửi sau ngày chốt');
  await expectNoA11yViolations(page, 'reports checklist');
  await list.scrollIntoViewIfNeeded();
  await screenshot(page, 'reports-checklist');

  // The same list stands above the export form.
  await reports.openTab('Xuất, ký số và gửi');
  await expect(page.getByTestId('report-checklist-value_warning')).toBeVisible();
  // Each item opens its indicator.
  await page.getByTestId('report-checklist-value_warning').getByRole('link', { name: 'Mở chỉ tiêu' }).click();
  await expect(page.getByTestId('indicator-detail')).toContainText(`${pct.code} · ${pct.name}`);
});
