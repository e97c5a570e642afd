// Page object of Danh mục: agencies (with merge and history) and pillars.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppFixture } from '../fixtures';

export class CatalogPage {
  readonly agencies: Locator;
  readonly mergeDialog: Locator;
  readonly mergeResult: Locator;

  constructor(readonly page: Page) {
    this.agencies = page.getByTestId('agency-table');
    this.mergeDialog = page.getByTestId('merge-dialog');
    this.mergeResult = page.getByTestId('merge-result');
  }

  async open(app: AppFixture, query = ''): Promise<void> {
    await this.page.goto(app.url);
    await expect(
      this.page.getByRole('navigation').getByRole('link', { name: 'Danh mục', exact: true }),
    ).toBeVisible();
    await this.page.goto(`${app.origin}/#/catalog${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Danh mục' })).toBeVisible();
  }

  agencyRow(code: string): Locator {
    return this.agencies.locator(`[data-testid="agency-row"][data-code="${code}"]`);
  }

  openTasks(code: string): Locator {
    return this.agencyRow(code).getByTestId('open-tasks');
  }
}
