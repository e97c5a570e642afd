// Báo cáo: write the report, create the app's signing identity, export a signed report with a progress
// bar, find it in the history with its hash, check its signature in the verify panel, make the e-mail.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSigningIdentity } from '../../main/excel/signature';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { MeetingsPage } from './pages/meetings';
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

  // Verify: the downloaded file is intact and signed by this machine's own identity, the one signer it
  // can confirm.
  await reports.openTab('Kiểm tra chữ ký');
  const result = await reports.verify(file);
  await expect(result.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'trusted');
  await expect(result.getByTestId('verify-verdict')).toHaveAttribute('data-valid', 'true');
  await expect(result.getByTestId('verify-verdict')).toContainText('chữ ký số của ứng dụng trên máy này');
  await expect(result.getByTestId('verify-signer')).toContainText('CN=Trần Văn Bình');
  await expect(result.getByTestId('verify-fingerprint')).toHaveText(
    identity!.fingerprintSha256.replace(/:/g, '').replace(/(.{4})(?!$)/g, '$1 '),
  );
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
  await reports.startExport();
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

/** A PKCS#12 file of a certificate valid from `from` for `years` years, made elsewhere (not this machine's). */
function certificateFile(dir: string, name: string, from: Date, years: number): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(
    file,
    createSigningIdentity({
      commonName: 'Trần Văn Bình',
      organization: 'Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng',
      locality: 'Tỉnh Lâm Đồng',
      password: 'pw',
      now: from,
      validYears: years,
    }).p12,
  );
  return file;
}

test('an expired certificate is asked about before signing and said to be expired; another signer is not confirmed', async ({
  page,
  app,
}, testInfo) => {
  const DAY = 86_400_000;
  const expired = certificateFile(testInfo.outputDir, 'het-han.p12', new Date(Date.now() - 800 * DAY), 2);
  const foreign = certificateFile(testInfo.outputDir, 'cua-noi-khac.p12', new Date(Date.now() - DAY), 2);
  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  await reports.openTab('Xuất, ký số và gửi');
  const exportWith = async (p12: string) => {
    await page.getByTestId('sign-p12').check();
    await page.getByTestId('sign-p12-file').setInputFiles(p12);
    await page.getByTestId('sign-password').fill('pw');
    await reports.startExport();
  };

  // The export stops before signing and asks; "Hủy" records nothing.
  await exportWith(expired);
  const ask = page.getByTestId('export-certificate-confirm');
  await expect(ask.getByTestId('export-certificate-warning')).toContainText(
    /đã hết hạn từ ngày \d{2}\/\d{2}\/\d{4}/,
  );
  await expectNoA11yViolations(page, 'reports certificate warning');
  await screenshot(page, 'reports-export-certificate-warning');
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(ask).toBeHidden();
  expect(await app.api('submissions.list', {})).toEqual([]);

  // Asked again, the person signs anyway; the verify screen says the certificate had expired.
  await exportWith(expired);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-certificate-confirm').getByTestId('confirm').click();
  await expect(reports.exportResult).toBeVisible({ timeout: 30_000 });
  const expiredFile = path.join(testInfo.outputDir, 'het-han.xlsx');
  await (await download).saveAs(expiredFile);

  const download2 = page.waitForEvent('download');
  await exportWith(foreign);
  await expect(reports.exportResult).toBeVisible({ timeout: 30_000 });
  const foreignFile = path.join(testInfo.outputDir, 'cua-noi-khac.xlsx');
  await (await download2).saveAs(foreignFile);

  await reports.openTab('Kiểm tra chữ ký');
  const bad = await reports.verify(expiredFile);
  await expect(bad.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'invalid');
  await expect(bad.getByTestId('verify-verdict')).toContainText(/đã hết hạn từ ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(bad.getByTestId('verify-verdict')).not.toContainText('chữ ký số không đúng');

  const other = await reports.verify(foreignFile);
  const verdict = other.getByTestId('verify-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'unconfirmed');
  await expect(verdict).toContainText('TỆP NGUYÊN VẸN, CHƯA XÁC NHẬN ĐƯỢC NGƯỜI KÝ');
  expect(await verdict.textContent()).not.toMatch(/(?<!KHÔNG )HỢP LỆ/);
  await expect(other.getByTestId('verify-fingerprint')).toHaveText(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  await expect(other.getByTestId('verify-signer')).toContainText('(chưa xác nhận)');
  await expectNoA11yViolations(page, 'reports verify unconfirmed');
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'reports-verify-unconfirmed');
});

test('the meeting export asks before signing with a certificate that expires within 30 days', async ({
  page,
  app,
}, testInfo) => {
  const DAY = 86_400_000;
  // valid for a year from 355 days ago: 10 days left
  const soon = certificateFile(testInfo.outputDir, 'sap-het-han.p12', new Date(Date.now() - 355 * DAY), 1);
  const info = await app.api('app.info', {});
  const m = await app.api('meetings.create', { number: 7, heldOn: info.today, chair: 'Đồng chí Trưởng Ban' });
  const ui = new MeetingsPage(page);
  await ui.openMeeting(app, m.id, 'notice');
  await page.getByTestId('notice-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Ký số').selectOption('p12');
  await dialog.getByLabel('Tệp chứng thư số', { exact: true }).setInputFiles(soon);
  await dialog.getByLabel('Mật khẩu tệp chứng thư số').fill('pw');
  await page.getByTestId('export-run').click();
  const warning = dialog.getByTestId('export-certificate-warning');
  await expect(warning).toContainText(/sẽ hết hạn ngày \d{2}\/\d{2}\/\d{4} \(còn (9|10) ngày\)/);
  await expect(page.getByTestId('export-run')).toHaveText('Vẫn ký');
  await expectNoA11yViolations(page, 'meeting export certificate warning');
  await screenshot(page, 'meetings-export-certificate-warning');
  expect(await app.api('submissions.list', {})).toEqual([]);
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText('thong-bao-ket-luan-phien-hop-7-');
  await expect(page.getByTestId('export-result')).toContainText('Trần Văn Bình');
});
