// Page object of Báo cáo: compose, export and sign, history, verify.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ReportsPage {
  readonly exportResult: Locator;
  readonly progress: Locator;
  readonly historyRows: Locator;

  constructor(readonly page: Page) {
    this.exportResult = page.getByTestId('export-result');
    this.progress = page.getByTestId('export-progress');
    this.historyRows = page.getByTestId('history-row');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Báo cáo' })).toBeVisible();
  }

  async openTab(name: 'Soạn báo cáo' | 'Xuất, ký số và gửi' | 'Kiểm tra chữ ký'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async choosePeriod(year: number, kind: string): Promise<void> {
    await this.page.getByTestId('report-year').selectOption(String(year));
    await this.page.getByTestId('report-period').selectOption({ label: kind });
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('draft-save')).toHaveText(/Đã lưu lúc/);
  }

  async createIdentity(name: string, password: string): Promise<void> {
    await this.page.getByTestId('identity-create').click();
    const dialog = this.page.getByTestId('identity-dialog');
    await dialog.getByTestId('identity-name').fill(name);
    await dialog.getByTestId('identity-password').fill(password);
    await dialog.getByTestId('identity-confirm').fill(password);
    await dialog.getByTestId('identity-submit').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('identity-info')).toContainText(`CN=${name}`);
  }

  /** Records every value the progress bar shows, from before the export starts. */
  async watchProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __progress: number[] };
      w.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="export-progress"]');
        const v = bar?.getAttribute('aria-valuenow');
        if (v !== null && v !== undefined && w.__progress.at(-1) !== Number(v)) w.__progress.push(Number(v));
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    });
  }

  progressSeen(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  }

  /** Exports signed with the app's identity; returns the downloaded workbook. */
  async exportSignedWithIdentity(password: string): Promise<Download> {
    await this.page.getByTestId('sign-identity').check();
    await this.page.getByTestId('sign-password').fill(password);
    const download = this.page.waitForEvent('download');
    await this.startExport();
    await expect(this.exportResult).toBeVisible({ timeout: 30_000 });
    return download;
  }

  /** Chooses a USB token by its module's path, its first slot and the certificate labelled `label`. */
  async chooseToken(modulePath: string, label: string): Promise<void> {
    await this.page.getByTestId('sign-pkcs11').check();
    await this.page.getByTestId('token-module').selectOption('__other__');
    await this.page.getByTestId('token-module-path').fill(modulePath);
    const slot = this.page.getByTestId('token-slot');
    await expect(slot.locator('option')).toHaveCount(2); // "— Chọn —" and the token
    await slot.selectOption({ index: 1 });
    await this.page.getByTestId('token-certificate').selectOption(label);
  }

  /** Exports signed with the chosen token, typing its PIN; returns the downloaded workbook. */
  async exportSignedWithToken(pin: string): Promise<Download> {
    await this.page.getByTestId('sign-password').fill(pin);
    const download = this.page.waitForEvent('download');
    await this.startExport();
    await expect(this.exportResult).toBeVisible({ timeout: 60_000 });
    return download;
  }

  /** Imports the centre's receipts (files or .eml replies) on the submission list. */
  async importReceipts(files: string[]): Promise<void> {
    await this.page.getByTestId('receipts-file').setInputFiles(files);
  }

  async verify(file: string): Promise<Locator> {
    await this.page.getByTestId('verify-file').setInputFiles(file);
    const result = this.page.getByTestId('verify-result');
    await expect(result).toBeVisible();
    return result;
  }

  /** The question asked before exporting a period that has not ended at the app's today. */
  get provisionalConfirm(): Locator {
    return this.page.getByTestId('provisional-confirm');
  }

  /**
   * Starts the export; when the chosen period has not ended (the button says so: data-provisional), the
   * app asks first, and this confirms the provisional report.
   */
  async startExport(): Promise<void> {
    const start = this.page.getByTestId('export-start');
    const provisional = (await start.getAttribute('data-provisional')) === '1';
    await start.click();
    if (!provisional) return;
    await expect(this.provisionalConfirm).toBeVisible();
    await this.provisionalConfirm.getByTestId('confirm').click();
    await expect(this.provisionalConfirm).toBeHidden();
  }
}
