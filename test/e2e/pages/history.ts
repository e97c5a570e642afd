// Page object of a change history (a task's, an agency's, an indicator's, or the file's log in Cài đặt):
// the actions newest first, what each changed, and "Hoàn tác" with its confirmation.
import { expect, type Locator, type Page } from '@playwright/test';

export class HistoryList {
  readonly entries: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.entries = root.getByTestId('history-entry');
  }

  latest(): Locator {
    return this.entries.first();
  }

  /** The entry whose label (what the person did) reads exactly `label`. */
  entry(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.entries.filter({ has: this.page.getByTestId('change-label').filter({ hasText: exact }) });
  }

  /** The names of the fields an entry shows as changed ("Tiến độ", …). */
  async changedFields(entry: Locator): Promise<string[]> {
    return entry.locator('tbody th[scope="row"]').allInnerTexts();
  }

  /** "Tiến độ" → ["20%", "60%"]: the field's value before and after, as the entry prints them. */
  async change(entry: Locator, field: string): Promise<[string, string]> {
    const row = entry.locator('tbody tr', { has: this.page.locator('th', { hasText: field }) });
    const [before, after] = await row.locator('td').allInnerTexts();
    return [before ?? '', after ?? ''];
  }

  /** Presses "Hoàn tác" (or "Làm lại") on an entry; the confirmation that opens starts on "Hủy". */
  async askUndo(entry: Locator): Promise<Locator> {
    await entry.getByTestId('change-undo').click();
    const dialog = this.page.getByTestId('undo-confirm');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('confirm-cancel')).toBeFocused();
    return dialog;
  }

  /** Undoes an entry through its confirmation. */
  async undo(entry: Locator): Promise<void> {
    const dialog = await this.askUndo(entry);
    await dialog.getByTestId('confirm').click();
    await expect(dialog).toBeHidden();
  }
}

/** The one "Bỏ các thay đổi chưa lưu?" question of the app. */
export class DiscardPrompt {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('discard-prompt');
  }

  async expectAsked(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog).toContainText('Bỏ các thay đổi chưa lưu?');
    await expect(this.dialog.getByRole('button', { name: 'Tiếp tục sửa' })).toBeFocused();
  }

  async keepEditing(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async discard(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
