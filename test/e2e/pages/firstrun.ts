// Page object of the first-run welcome screen shown on an empty data file.
import type { Locator, Page } from '@playwright/test';

export class FirstRunPage {
  readonly screen: Locator;
  readonly demo: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('firstrun');
    this.demo = page.getByRole('button', { name: /Tạo dữ liệu mẫu/ });
    this.empty = page.getByRole('button', { name: /Bắt đầu với dữ liệu trống/ });
  }
}
