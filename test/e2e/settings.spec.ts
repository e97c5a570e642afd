// Cài đặt: the officer makes a backup, changes something, restores the backup and finds the change
// gone; edits the settings with messages next to the fields; stores the mail server's password.
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { SettingsPage } from './pages/settings';

test.use({ demo: true });

test('makes a backup, changes a setting, restores the backup and the change is gone', async ({
  page,
  app,
}) => {
  const original = (await app.api('settings.get', {})).provinceName;
  const ui = new SettingsPage(page);
  await ui.open(app);
  const before = await ui.backupRows.count();

  await page.getByTestId('backup-now').click();
  await expect(ui.backupRows).toHaveCount(before + 1);
  const manual = ui.backupRows.filter({ hasText: 'Thủ công' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  await ui.field('s-provinceName').fill('Tỉnh Thử Nghiệm');
  await ui.general.getByTestId('save-general').click();
  await expect.poll(async () => (await app.api('settings.get', {})).provinceName).toBe('Tỉnh Thử Nghiệm');

  await manual.getByRole('button', { name: /^Khôi phục/ }).click();
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toContainText('Dữ liệu hiện tại sẽ được giữ lại trước');
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await expectNoA11yViolations(page, 'restore dialog');
  await screenshot(page, 'settings-restore-dialog');
  await dialog.getByTestId('confirm').click();

  // The window reloads on the restored file: the change is gone, the replaced data kept as a backup.
  await expect(dialog).toBeHidden();
  await expect(ui.field('s-provinceName')).toHaveValue(original);
  await expect(ui.backupRows.filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);
  expect((await app.api('settings.get', {})).provinceName).toBe(original);
});

test('edits settings with field-level messages, stores the SMTP password write-only, checks the data', async ({
  page,
  app,
}) => {
  const ui = new SettingsPage(page);
  await ui.open(app);
  await expect(ui.field('s-tolerance')).toHaveValue('10');

  await ui.field('s-provinceName').fill('');
  await ui.field('s-dueSoonDays').fill('200');
  await ui.field('s-tolerance').fill('75');
  await ui.general.getByTestId('save-general').click();
  await expect(ui.fieldError('s-provinceName')).toHaveText(/không được để trống/i);
  await expect(ui.fieldError('s-dueSoonDays')).toHaveText(/từ 1 đến 90/);
  await expect(ui.fieldError('s-tolerance')).toHaveText(/từ 0 đến 50/);
  await screenshot(page, 'settings-errors');

  await ui.field('s-provinceName').fill('Tỉnh Lâm Đồng');
  await expect(ui.fieldError('s-provinceName')).toBeHidden();
  await ui.field('s-dueSoonDays').fill('10');
  await ui.field('s-tolerance').fill('7,5');
  await ui.field('s-operatorName').fill('Nguyễn Thị Thu');
  await ui.general.getByTestId('save-general').click();
  await expect.poll(async () => (await app.api('settings.get', {})).assessmentTolerance).toBe(0.075);
  const saved = await app.api('settings.get', {});
  expect(saved).toMatchObject({ dueSoonDays: 10, operatorName: 'Nguyễn Thị Thu' });
  // The operator is who the audit log records.
  const [latest] = await app.api('audit.list', { entity: 'setting', limit: 1 });
  expect(latest?.actor).toBe('Nguyễn Thị Thu');

  await page.getByTestId('smtp-enabled').check();
  await ui.field('smtp-host').fill('mail.lamdong.gov.vn');
  await ui.field('smtp-port').fill('70000');
  await ui.field('smtp-from').fill('bcd-lamdong');
  await ui.smtp.getByTestId('save-smtp').click();
  await expect(ui.fieldError('smtp-port')).toHaveText(/65535/);
  await expect(ui.fieldError('smtp-from')).toHaveText(/không hợp lệ/);
  await ui.field('smtp-port').fill('587');
  await ui.field('smtp-from').fill('bcd@lamdong.gov.vn');
  await ui.field('smtp-password').fill('mat-khau-bi-mat');
  await ui.smtp.getByTestId('save-smtp').click();
  await expect(page.getByTestId('password-stored')).toHaveText('đã lưu');
  await expect(ui.field('smtp-password')).toHaveValue('');
  expect((await app.api('settings.get', {})).smtp).toMatchObject({
    host: 'mail.lamdong.gov.vn',
    port: 587,
    hasPassword: true,
  });

  await page.getByTestId('run-check').click();
  await expect(page.getByTestId('check-result')).toHaveText('Dữ liệu toàn vẹn, không phát hiện lỗi.');
  await expectNoA11yViolations(page, 'settings');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await screenshot(page, 'settings');
});
