// Page object of the centre's side: Tiếp nhận báo cáo (drop files, the table of provinces, the
// consolidated workbook) and trusting a signer through the fingerprint comparison.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export class CentreReceivingPage {
  readonly dropzone: Locator;
  readonly outcomes: Locator;
  readonly table: Locator;
  readonly counts: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.dropzone = page.getByTestId('centre-dropzone');
    this.outcomes = page.getByTestId('centre-outcomes');
    this.table = page.getByTestId('centre-table');
    this.counts = page.getByTestId('centre-counts');
    this.compare = page.getByTestId('trust-compare');
  }

  /** Makes an empty file the centre's from the first-run screen. */
  async createCentreFile(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /Tệp của cơ quan tiếp nhận/ }).click();
    await this.page.getByTestId('firstrun-centre-name').fill(name);
    await this.page.getByRole('button', { name: 'Tạo tệp tiếp nhận' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tiếp nhận báo cáo' })).toBeVisible();
  }

  /** Drops the files on the drop zone, as a person dragging them from the file manager, and waits for the outcomes. */
  async receiveFiles(files: string[]): Promise<void> {
    const payload = files.map((f) => ({
      name: path.basename(f),
      base64: readFileSync(f).toString('base64'),
    }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name));
      }
      return dt;
    }, payload);
    await this.dropzone.dispatchEvent('dragover', { dataTransfer });
    await this.dropzone.dispatchEvent('drop', { dataTransfer });
    await expect(this.outcomes.locator('tbody tr')).toHaveCount(files.length, { timeout: 30_000 });
  }

  outcome(fileName: string): Locator {
    return this.outcomes.locator('tbody tr', { hasText: fileName });
  }

  row(province: string): Locator {
    return this.table.locator(`tr[data-province="${province}"]`);
  }

  /** "Tin cậy người ký này" on the province's row, typing the fingerprint the province read out. */
  async trustSignerAfterComparing(province: string, fingerprintRead: string, body: string): Promise<void> {
    await this.row(province)
      .getByRole('button', { name: `Tin cậy người ký này: ${province}` })
      .click();
    await expect(this.compare).toBeVisible();
    const confirm = this.compare.getByTestId('trust-confirm');
    await expect(confirm).toBeDisabled();
    await this.compare.getByTestId('trust-typed').fill(fingerprintRead);
    await expect(this.compare.getByTestId('trust-progress')).toHaveText('Cả 16 nhóm đều khớp.');
    await this.compare.getByLabel('Tên cơ quan của người ký').fill(body);
    await confirm.click();
    await expect(this.compare).toBeHidden();
  }

  async setDeadline(ddmmyyyy: string): Promise<void> {
    await this.page.getByTestId('centre-deadline').fill(ddmmyyyy);
    await this.page.getByRole('button', { name: 'Lưu hạn' }).click();
  }

  /** Downloads the consolidated workbook of the period shown; returns where it was saved. */
  async exportConsolidated(saveAs: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('centre-consolidate').click();
    await (await download).saveAs(saveAs);
    return saveAs;
  }
}
