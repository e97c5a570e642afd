// Page object of a resizable table's columns (renderer/components/table): their widths on screen and
// the resize handles a person drags or moves with the arrow keys.
import { expect, type Locator, type Page } from '@playwright/test';

export class TableColumns {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    tableTestId: string,
  ) {
    this.table = page.getByTestId(tableTestId);
  }

  /** The handle on the right edge of a column's header. */
  handle(columnId: string): Locator {
    return this.table.getByTestId(`col-resizer-${columnId}`);
  }

  /** A column's width on screen, from its header cell (the one holding the handle). */
  async width(columnId: string): Promise<number> {
    const box = await this.handle(columnId).locator('xpath=ancestor::th[1]').boundingBox();
    if (!box) throw new Error(`column ${columnId} is not on screen`);
    return Math.round(box.width);
  }

  /** The table's width and that of the box it scrolls in: equal when the columns fill the window. */
  async fill(): Promise<{ table: number; box: number }> {
    return this.table.evaluate((el) => ({
      table: Math.round(el.getBoundingClientRect().width),
      box: (el.parentElement as HTMLElement).clientWidth,
    }));
  }

  /** Focuses a handle and presses a key on it `times` times, as a keyboard user would. */
  async pressOn(columnId: string, key: string, times = 1): Promise<void> {
    await this.handle(columnId).focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /** Drags a handle by `dx` pixels with the mouse. */
  async drag(columnId: string, dx: number): Promise<void> {
    const box = await this.handle(columnId).boundingBox();
    if (!box) throw new Error(`handle of ${columnId} is not on screen`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y);
    await this.page.mouse.move(x + dx, y);
    await this.page.mouse.up();
  }

  async expectValueNow(columnId: string, width: number): Promise<void> {
    await expect(this.handle(columnId)).toHaveAttribute('aria-valuenow', String(width));
  }
}
