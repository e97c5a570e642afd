// Page object of Nhiệm vụ: what an officer sees and does on the task list, in their words.
import { expect, type Locator, type Page } from '@playwright/test';
import { HistoryList } from './history';

export class TasksPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly editor: Locator;
  readonly quick: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('task-table');
    this.rows = page.getByTestId('task-row');
    this.search = page.getByTestId('task-search');
    this.count = page.getByTestId('task-count');
    this.editor = page.getByTestId('task-editor');
    this.quick = page.getByTestId('quick-update');
  }

  /** Opens the list through the sidebar, as a person would. */
  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ' }).click();
    await this.waitReady();
  }

  /** The app sets body[data-task-list-ready] once the current filters' first rows are on screen. */
  async waitReady(): Promise<void> {
    await expect(this.page.locator('body[data-task-list-ready="1"]')).toBeAttached();
  }

  row(code: string): Locator {
    return this.page.locator(`[data-testid="task-row"][data-code="${code}"]`);
  }

  /** Chooses a value of the pillar or lead agency filter by its label ("(Chưa phân loại)", "Sở Y tế"). */
  async filterBy(filter: 'pillar' | 'agency', label: string): Promise<void> {
    await this.page.getByTestId(`filter-${filter}`).selectOption({ label });
    await this.waitReady();
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toContainText(new RegExp(`^${n.toLocaleString('vi-VN')} nhiệm vụ`));
  }

  async titles(): Promise<string[]> {
    return this.rows.getByTestId('task-open').allInnerTexts();
  }

  field(label: string | RegExp): Locator {
    return this.editor.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The error shown under a field of the open form (tied to it by aria-describedby). */
  async expectFieldError(label: string, message: string | RegExp): Promise<void> {
    const control = this.field(label);
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toHaveAccessibleDescription(message);
  }

  /** Ticks the rows of these tasks (the bulk bar appears with the count). */
  async select(codes: readonly string[]): Promise<void> {
    for (const code of codes) await this.row(code).getByRole('checkbox').check();
    await expect(this.page.getByTestId('bulk-bar')).toContainText(`Đã chọn ${codes.length} nhiệm vụ`);
  }

  /** Sets the progress of the selected tasks in the bulk bar and confirms the change. */
  async bulkSetProgress(progress: string): Promise<void> {
    const bar = this.page.getByTestId('bulk-bar');
    await bar.getByTestId('bulk-progress').fill(progress);
    await bar.getByTestId('bulk-apply').click();
    const confirm = this.page.getByTestId('bulk-confirm');
    await expect(confirm).toContainText(`Tiến độ (%): ${progress}%`);
    await confirm.getByTestId('bulk-confirm-apply').click();
    await expect(confirm).toBeHidden();
  }

  /** Opens a task's drawer on its "Lịch sử thay đổi" tab. */
  async openHistory(code: string): Promise<HistoryList> {
    await this.row(code).getByTestId('task-open').click();
    await expect(this.editor).toBeVisible();
    await this.editor.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const list = this.editor.getByTestId('task-history');
    await expect(list).toBeVisible();
    return new HistoryList(this.page, list);
  }

  async closeEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.editor).toBeHidden();
  }

  async quickUpdate(
    code: string,
    change: { state?: string; progress?: string; result?: string; difficulties?: string; proposals?: string },
  ): Promise<void> {
    await this.row(code).getByTestId('task-quick').click();
    await expect(this.quick.getByTestId('quick-state')).toBeFocused();
    if (change.state) await this.quick.getByTestId('quick-state').selectOption({ label: change.state });
    if (change.progress !== undefined) await this.quick.getByTestId('quick-progress').fill(change.progress);
    if (change.result !== undefined) await this.quick.getByTestId('quick-result').fill(change.result);
    if (change.difficulties !== undefined)
      await this.quick.getByTestId('quick-difficulties').fill(change.difficulties);
    if (change.proposals !== undefined)
      await this.quick.getByTestId('quick-proposals').fill(change.proposals);
    await this.quick.getByTestId('quick-save').click();
    await expect(this.quick).toBeHidden();
  }

  /** Opens a task's drawer from its title in the list. */
  async openTask(code: string): Promise<void> {
    await this.row(code).getByTestId('task-open').click();
    await expect(this.editor).toBeVisible();
  }

  /** The situation with its days, under the drawer's title. */
  get drawerSituation(): Locator {
    return this.editor.getByTestId('task-situation-why');
  }
}
