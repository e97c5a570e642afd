// Page object of the plan import (Kế hoạch's dialog and the first-run screen): choose the file, settle
// the agency names, read the dry run's summary, apply.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFile, type TestFile } from './sheets';

export class PlanImportPanel {
  readonly root: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly rows: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-import');
    this.summary = page.getByTestId('import-summary');
    this.problems = page.getByTestId('import-problems');
    this.rows = page.getByTestId('import-row');
    this.done = page.getByTestId('import-done');
  }

  async chooseFile(file: TestFile): Promise<void> {
    await chooseFile(this.page.getByTestId('plan-import-drop'), file);
    await expect(this.summary).toBeVisible();
    await this.settled();
  }

  /** Waits until no dry run is on its way. */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('plan-import-status')).toHaveText('');
  }

  total(kind: 'new' | 'updated' | 'unchanged' | 'refused'): Locator {
    return this.page.getByTestId(`import-total-${kind}`);
  }

  /** Proposes every unknown agency name for creation (each still editable), then waits for the new check. */
  async createAllAgencies(): Promise<void> {
    await this.page.getByTestId('import-create-all').click();
    await this.settled();
  }

  /** Makes the name `text` the same new agency as the name `leader` (created once, for both). */
  async sameNewAgency(text: string, leader: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: `Xử lý tên "${text}"`, exact: true })
      .selectOption({ label: `Cùng cơ quan mới với "${leader}"` });
    await this.settled();
  }

  async apply(): Promise<void> {
    await this.page.getByTestId('import-apply').click();
  }
}
