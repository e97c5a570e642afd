// Page object of Chỉ tiêu: the list with its detail panel, and the data-entry grid.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppFixture } from '../fixtures';

export class IndicatorsPage {
  readonly grid: Locator;
  readonly saveStatus: Locator;
  readonly invalidCells: Locator;
  readonly table: Locator;
  readonly detail: Locator;
  /** The question asked before values with plausibility warnings are saved. */
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.saveStatus = page.getByTestId('grid-save-status');
    this.invalidCells = page.getByTestId('grid-invalid');
    this.table = page.getByTestId('indicator-table');
    this.detail = page.getByTestId('indicator-detail');
    this.confirm = page.getByTestId('grid-confirm');
  }

  /** Opens the app (which takes the token) and then the page at `query`. */
  async open(app: AppFixture, query = ''): Promise<void> {
    await this.page.goto(app.url);
    await expect(
      this.page.getByRole('navigation').getByRole('link', { name: 'Chỉ tiêu', exact: true }),
    ).toBeVisible();
    await this.page.goto(`${app.origin}/#/indicators${query}`);
  }

  async openGrid(app: AppFixture, year: number): Promise<void> {
    await this.open(app, `?view=grid&year=${year}`);
    await expect(this.grid).toBeVisible();
  }

  cell(code: string, period: string): Locator {
    return this.page.locator(`[data-testid="grid-cell"][data-code="${code}"][data-period="${period}"]`);
  }

  /** The editor open in a cell (typing into a cell opens it). */
  get editor(): Locator {
    return this.grid.locator('input');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
    await expect(this.saveStatus).toContainText('Đã lưu');
  }

  /** What Ctrl+V delivers after copying cells in Excel: a paste event carrying text/plain. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** Ctrl+Z in the grid: the grid's last saved change is undone. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  /** Ctrl+Y in the grid: the last undo is taken back. */
  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+y');
  }

  row(code: string): Locator {
    return this.table.locator(`[data-testid="indicator-row"][data-code="${code}"]`);
  }

  /** Opens, by keyboard, the line under a row's assessment that says why; returns that line. */
  async openWhy(code: string): Promise<Locator> {
    const toggle = this.row(code).getByTestId('assessment-why-toggle');
    await toggle.focus();
    await this.page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    return this.row(code).getByTestId('assessment-why');
  }

  /** The sentence under the verdict in the detail panel. */
  get detailWhy(): Locator {
    return this.detail.getByTestId('indicator-why');
  }
}
