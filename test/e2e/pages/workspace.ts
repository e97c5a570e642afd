// Page object of what is around every page: the header's search (Ctrl+K), the shortcuts help (?), and
// moving about by keyboard alone.
import { expect, type Locator, type Page } from '@playwright/test';

export class Workspace {
  readonly searchDialog: Locator;
  readonly searchInput: Locator;
  readonly options: Locator;
  readonly help: Locator;

  constructor(readonly page: Page) {
    this.searchDialog = page.getByTestId('search-dialog');
    this.searchInput = page.getByTestId('search-input');
    this.options = page.getByTestId('search-option');
    this.help = page.getByTestId('shortcuts-help');
  }

  /** Ctrl+K from wherever the focus is: the dialog opens with the focus in its field. */
  async openSearch(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.searchDialog).toBeVisible();
    await expect(this.searchInput).toBeFocused();
  }

  /** Types the words and waits until the results for exactly these words are listed. */
  async search(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await expect(this.page.getByTestId('search-results')).not.toHaveClass(/search-stale/);
    await expect(this.options.first()).toBeVisible();
  }

  /** The kinds of record in the results, in the order of their groups. */
  async kinds(): Promise<string[]> {
    const all = await this.options.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind') ?? ''));
    return [...new Set(all)];
  }

  /** The option the combobox points at (aria-activedescendant). */
  activeOption(): Locator {
    return this.searchDialog.locator('[role="option"][aria-selected="true"]');
  }

  /** Presses ↓ until the active option is the first of this kind; returns its title. */
  async arrowTo(kind: string): Promise<string> {
    const count = await this.options.count();
    for (let i = 0; i < count; i++) {
      if ((await this.activeOption().getAttribute('data-kind')) === kind) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(this.activeOption()).toHaveAttribute('data-kind', kind);
    await expect(this.searchInput).toHaveAttribute(
      'aria-activedescendant',
      (await this.activeOption().getAttribute('id')) ?? '',
    );
    return (await this.activeOption().locator('.search-title').innerText()).trim();
  }

  /** The page's heading has the focus (after a navigation). */
  async expectHeadingFocused(name: string | RegExp): Promise<void> {
    await expect(this.page.locator('#main h1')).toBeFocused();
    await expect(this.page.locator('#main h1')).toHaveText(name);
  }

  /**
   * Presses Tab (no mouse) until `target` has the focus; fails after `max` presses. The number of
   * presses is returned, so a test can say how far a control is.
   */
  async tabTo(target: Locator, max = 40): Promise<number> {
    for (let i = 0; i <= max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return i;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach the control in ${max} presses`);
  }

  /** A dialog or drawer that just opened has the focus in its first field, not on its × button. */
  async expectFirstFieldFocused(dialog: Locator): Promise<void> {
    await expect(dialog.locator('.modal-close')).not.toBeFocused();
    await expect(
      dialog.locator('.modal-body :is(input:not([type="hidden"]), select, textarea):not(:disabled)').first(),
    ).toBeFocused();
  }

  /** "?" (the focus not in a field) opens the help listing the shortcuts. */
  async openHelp(): Promise<void> {
    await this.page.keyboard.press('?');
    await expect(this.help).toBeVisible();
  }
}
