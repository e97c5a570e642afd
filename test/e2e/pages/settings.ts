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

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** The error printed under the field whose input has this test id. */
  fieldError(testId: string): Locator {
    return this.page.locator('.field', { has: this.page.getByTestId(testId) }).locator('.field-error');
  }
}
