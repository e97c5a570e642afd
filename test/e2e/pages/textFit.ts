// Whether text a secretary must read is cut: a cell or control whose text is wider than its box. Cut
// text is allowed only where a title attribute carries the full text (the hover) and the row's detail
// shows it too; at 1920 wide the lists' text columns must not be cut at all.
import { expect, type Locator, type Page } from '@playwright/test';

export interface CutText {
  text: string;
  /** The element's title attribute, or null. */
  title: string | null;
  scrollWidth: number;
  clientWidth: number;
}

/** The elements among `cells` whose text overflows their box (scrollWidth > clientWidth). */
export async function cutTexts(cells: Locator): Promise<CutText[]> {
  return cells.evaluateAll((els) =>
    els
      .map((el) => ({
        text: (el.textContent ?? '').trim(),
        title: el.getAttribute('title'),
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }))
      .filter((c) => c.scrollWidth > c.clientWidth),
  );
}

/** No cell among `cells` is cut. */
export async function expectNothingCut(cells: Locator, what: string): Promise<void> {
  expect(await cells.count(), `${what}: cells to check`).toBeGreaterThan(0);
  expect(await cutTexts(cells), `${what}: text cut at this width`).toEqual([]);
}

/** Every cut cell among `cells` carries its full text in its title. */
export async function expectCutTextHasTitle(cells: Locator, what: string): Promise<void> {
  expect(await cells.count(), `${what}: cells to check`).toBeGreaterThan(0);
  const missing = (await cutTexts(cells)).filter((c) => c.title !== c.text);
  expect(missing, `${what}: cut without the full text in a title`).toEqual([]);
}

/**
 * The plan selector's chosen option fits in the box (a <select> has no scrollWidth of its own: the text
 * is measured in the select's font against its inner width less the arrow), and its title is the whole
 * plan (number and full title).
 */
export async function expectPlanSelectorReadable(page: Page): Promise<void> {
  const select = page.getByTestId('plan-selector');
  await expect(select).toBeVisible();
  const fit = await select.evaluate((el) => {
    const sel = el as HTMLSelectElement;
    const text = sel.selectedOptions[0]?.text ?? '';
    const style = getComputedStyle(sel);
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const ARROW = 20; // Chromium's drop-down arrow inside the select's content box
    const inner = sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
    return { text, title: sel.title, textWidth: Math.ceil(ctx.measureText(text).width), inner };
  });
  expect(fit.text, 'plan selector shows a plan').not.toBe('');
  expect(fit.textWidth, `plan selector text "${fit.text}" cut`).toBeLessThanOrEqual(fit.inner);
  expect(fit.title.length, 'plan selector title carries the full plan').toBeGreaterThanOrEqual(
    fit.text.replace('…', '').length,
  );
}
