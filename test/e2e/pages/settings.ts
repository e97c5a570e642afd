// Page object of Cài đặt: the settings forms, backups and the data check.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppFixture } from '../fixtures';

export class SettingsPage {
  readonly general: Locator;
  readonly smtp: Locator;
  readonly backups: Locator;
  readonly backupRows: Locator;

  constructor(readonly page: Page) {
    this.general = page.getByTestId('settings-general');
    this.smtp = page.getByTestId('settings-smtp');
    this.backups = page.getByTestId('settings-backups');
    this.backupRows = page.getByTestId('backup-row');
  }

  async open(app: AppFixture): Promise<void> {
    await this.page.goto(app.url);
    await expect(
      this.page.getByRole('navigation').getByRole('link', { name: 'Cài đặt', exact: true }),
    ).toBeVisible();
    await this.page.goto(`${app.origin}/#/settings`);
    await expect(this.general).toBeVisible();
    await expect(
      this.backups.getByRole('table').or(this.backups.getByText('Chưa có bản sao lưu nào.')),
    ).toBeVisible();
  }

  /** Picks the office's time zone in Chung and saves the form. */
  async chooseTimeZone(zone: string): Promise<void> {
    await this.field('s-timeZone').selectOption(zone);
    await this.page.getByTestId('save-general').click();
    await expect(this.page.getByText('Đã lưu cài đặt.', { exact: true })).toBeVisible();
  }

  /** "Sao lưu ra thư mục khác…" in browser mode: types the folder's path and starts; waits until it ends. */
  async backUpToFolder(folder: string): Promise<void> {
    const section = this.page.getByTestId('backup-folder');
    await section.getByLabel('Thư mục (đường dẫn đầy đủ)').fill(folder);
    await section.getByRole('button', { name: 'Sao lưu ra thư mục khác…' }).click();
    await expect(section.getByTestId('backup-folder-result').or(section.getByRole('alert'))).toBeVisible();
  }

  /** The section of the backup to another folder (for its result or its error). */
  get backupFolder(): Locator {
    return this.page.getByTestId('backup-folder');
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The error printed under the field whose input has this test id. */
  fieldError(testId: string): Locator {
    return this.page.locator('.field', { has: this.page.getByTestId(testId) }).locator('.field-error');
  }
}
