// Cài đặt → Sao lưu → "Sao lưu ra thư mục khác…" in browser mode: the officer pastes a folder's path (a USB
// stick here is a temporary folder), the backup lands there checked, and the panel and the status line
// say where, how big and that the copy was checked; a folder that does not exist is refused in Vietnamese.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { SettingsPage } from './pages/settings';

test.use({ demo: true });

let usb = '';
test.beforeEach(() => {
  usb = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-usb-'));
});
test.afterEach(() => rmSync(usb, { recursive: true, force: true }));

test('backs up to a typed folder, checked, and says so in the panel and the status line', async ({
  page,
  app,
}) => {
  const ui = new SettingsPage(page);
  await ui.open(app);

  const missing = path.join(usb, 'o-chua-cam');
  await ui.backUpToFolder(missing);
  await expect(ui.backupFolder.getByRole('alert')).toContainText(`Không tìm thấy thư mục "${missing}"`);
  expect(readdirSync(usb)).toEqual([]);

  await ui.backUpToFolder(usb);
  const names = readdirSync(usb);
  expect(names).toHaveLength(1);
  const file = path.join(usb, names[0] ?? '');
  expect(names[0]).toMatch(/^tiendo-.*-thu-cong\.db$/);
  const result = ui.backupFolder.getByTestId('backup-folder-result');
  await expect(result).toContainText(`Đã sao lưu vào ${file} (`);
  // Vietnamese digits: "998,5 KB", "1.000 KB" (the demo file is about a megabyte), "1,2 MB".
  await expect(result).toContainText(/\(\d{1,3}(\.\d{3})*(,\d)? (KB|MB)\)/);
  await expect(ui.backupFolder.getByTestId('backup-folder-checked')).toHaveText(
    '✓ Đã kiểm tra bản sao: nguyên vẹn',
  );
  await expect(ui.backupFolder.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(`Đã sao lưu vào ${file}. Đã kiểm tra bản sao: nguyên vẹn.`)).toBeVisible();
  await ui.backupFolder.scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'backup to another folder');
  await screenshot(page, 'backup-folder');
});
