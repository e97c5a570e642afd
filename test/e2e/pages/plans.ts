// Page object of Kế hoạch.
import { expect, type Locator, type Page } from '@playwright/test';

export class PlansPage {
  readonly rows: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('plan-row');
    this.editor = page.getByTestId('plan-editor');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  row(code: string): Locator {
    return this.rows.filter({ hasText: code });
  }

  async expectFieldError(label: string, message: string | RegExp): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(label)).toHaveAccessibleDescription(message);
  }
}
