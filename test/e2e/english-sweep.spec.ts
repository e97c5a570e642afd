// English complete (issue 14): with English chosen, every page and the main drawers and dialogs show no
// Vietnamese, in visible text or in accessible names (aria-label, title, placeholder, alt). What may stay
// Vietnamese is data: the demo province's own records (their names, titles, codes) and the language
// selector's "Tiếng Việt". The test lists each Vietnamese string left and where it was.
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures';
import { quarterOf } from '../../shared/rules/periods';
import { screenshot } from './helpers';
import { PAGES } from '../../renderer/stores/pages';

/** Vietnamese letters (ă â đ ê ô ơ ư and the tone marks), on NFC text. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/**
 * Proper names of Vietnamese law and document forms that English wording cites as they are written, because
 * the documents themselves carry them in Vietnamese (each one named; nothing else of the app's wording).
 */
const DOCUMENT_NAMES = [
  // Nghị định 09/2019/NĐ-CP, the decree on the reporting regime that sets the report periods' cut-offs.
  '09/2019/NĐ-CP',
  // The signature forms of a Vietnamese administrative document ("on behalf of", "signing for").
  'TM. BAN CHỈ ĐẠO',
  'KT. TRƯỞNG BAN',
];

/** Every string inside a value read from the API (a record, its nested lists and objects). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * The allow-list: text that IS Vietnamese because it is the person's data, not the app's words. Every
 * value is read from the demo province's records through the API, so nothing of the app's own wording can
 * hide in it; plus the language selector's own name for Vietnamese and the document names above.
 */
async function dataTexts(app: AppFixture, reportPeriod: string): Promise<string[]> {
  const out = new Set<string>(['Tiếng Việt', ...DOCUMENT_NAMES]);
  const add = (...values: unknown[]) => {
    for (const v of stringsIn(values))
      if (VIETNAMESE.test(v.normalize('NFC'))) out.add(v.normalize('NFC').trim());
  };
  // Settings: the committee, the province, the signer, the place on documents: all stored values.
  add(await app.api('settings.get', {}));
  const plans = await app.api('plans.list', {});
  for (const p of plans) add(p.title, p.code, p.issuedBy, p.basis);
  for (const a of await app.api('agencies.list', {})) add(a.name, a.shortName);
  for (const p of await app.api('pillars.list', {})) add(p.name);
  for (const i of await app.api('indicators.list', {})) add(i.name, i.unit, i.pillarName, i.leadAgencyName);
  const tasks = await app.api('tasks.list', { limit: 20_000 });
  for (const t of tasks.rows) add(t.title, t.pillarName, t.leadAgencyName);
  // Meetings with their attendees, agenda and conclusions.
  for (const m of await app.api('meetings.list', {})) add(await app.api('meetings.get', { id: m.id }));
  // The values a history shows before → after (an earlier committee name, for instance).
  for (const view of await app.api('changes.list', { limit: 500 }))
    for (const e of view.entries) add(e.before, e.after);
  for (const p of plans) {
    const key = { planId: p.id, period: reportPeriod };
    // The report draft as the secretary writes it (its sections, recipients, signer), and the paragraphs
    // composed for the sections left empty: the report's own Vietnamese text, shown as it will be issued.
    add(await app.api('reports.draft.get', key));
    const preview = await app.api('reports.preview', key);
    add(preview.sections.filter((sec) => sec.generated).map((sec) => sec.text));
  }
  // Longest first: a title that contains another record's name is taken out whole.
  return [...out].sort((a, b) => b.length - a.length);
}

interface Found {
  text: string;
  where: string;
}

/** Every visible text node and accessible name on the page, with a short path to its element. */
async function shownTexts(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const found: { text: string; where: string }[] = [];
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect?.();
      const style = getComputedStyle(el);
      return (
        !!box && box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      );
    };
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid');
        parts.unshift(`${e.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}`);
      }
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (text && el && visible(el)) found.push({ text, where: where(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
      if (!visible(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) found.push({ text: v, where: `${where(el)} @${attr}` });
      }
    }
    for (const el of document.body.querySelectorAll('input[type=button],input[type=submit]')) {
      const v = (el as HTMLInputElement).value.trim();
      if (v && visible(el)) found.push({ text: v, where: where(el) });
    }
    return found;
  });
}

function vietnameseLeft(found: Found[], data: readonly string[], label: string): string[] {
  const left: string[] = [];
  for (const f of found) {
    let text = f.text.normalize('NFC');
    if (!VIETNAMESE.test(text)) continue;
    for (const d of data) if (text.includes(d)) text = text.split(d).join(' ');
    // A chart wraps a long name over lines: a fragment of a data value is that value.
    const fragment = f.text.normalize('NFC').trim();
    if (VIETNAMESE.test(text) && !data.some((d) => d.includes(fragment)))
      left.push(`${label}: "${f.text}" at ${f.where}`);
  }
  return [...new Set(left)];
}

test.describe('English mode', () => {
  test.use({ demo: true, viewport: { width: 1366, height: 768 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('tiendo.lang', 'en'));
  });

  test('no page, drawer or dialog shows Vietnamese beyond the province data', async ({ page, app }) => {
    test.setTimeout(240_000);
    // The report page opens on the quarter whose window holds today (ReportsPage).
    const reportPeriod = quarterOf(new Date().toISOString().slice(0, 10)).key;
    const data = await dataTexts(app, reportPeriod);
    const left: string[] = [];
    const sweep = async (label: string) => {
      await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
      left.push(...vietnameseLeft(await shownTexts(page), data, label));
    };
    // Each tab of the page or drawer in turn (the first one is swept already).
    const sweepTabs = async (label: string) => {
      // An open drawer or dialog covers the page: its tabs, else the page's.
      const dialogs = page.locator('dialog[open]');
      const scope = (await dialogs.count()) > 0 ? dialogs.last() : page.locator('body');
      const names = await scope.getByRole('tab').allTextContents();
      for (const name of names.slice(1)) {
        await scope.getByRole('tab', { name, exact: true }).first().click();
        await expect(scope.getByRole('tab', { name, exact: true }).first()).toHaveAttribute(
          'aria-selected',
          'true',
        );
        await sweep(`${label} / ${name}`);
      }
    };
    await page.goto(app.url);
    for (const hash of PAGES) {
      const path = hash === 'reports' ? `reports?period=${reportPeriod}` : hash;
      await page.goto(`${app.origin}/#/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await sweep(hash);
      if (hash === 'reports') await screenshot(page, 'en-reports');
      await sweepTabs(hash);
      if (hash === 'dashboard') await screenshot(page, 'en-dashboard');
      if (hash === 'tasks') await screenshot(page, 'en-tasks');
    }
    // The main drawers and dialogs.
    await page.goto(`${app.origin}/#/tasks`);
    await page.getByTestId('task-open').first().click();
    await expect(page.getByTestId('task-editor').locator('[name="code"]')).not.toHaveValue('');
    await sweep('task drawer');
    await sweepTabs('task drawer');
    await page.keyboard.press('Escape');
    await page.goto(`${app.origin}/#/plans`);
    await page.getByTestId('plan-add').click();
    await expect(page.getByTestId('plan-editor').locator('[name="yearFrom"]')).not.toHaveValue('');
    await sweep('plan form');
    const indicators = await app.api('indicators.list', {});
    const indicator = indicators[0]!;
    await page.goto(`${app.origin}/#/indicators?id=${indicator.id}`);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await sweep('indicator detail');
    await sweepTabs('indicator detail');
    await screenshot(page, 'en-indicator-detail');
    const [meeting] = await app.api('meetings.list', {});
    await page.goto(`${app.origin}/#/meetings?id=${meeting!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await sweep('meeting detail');
    await sweepTabs('meeting detail');
    expect(left, `Vietnamese left in English mode:\n${left.join('\n')}`).toEqual([]);
  });

  test('a duplicate task code and an invalid field are worded in English', async ({ page, app }) => {
    const tasks = await app.api('tasks.list', { limit: 2 });
    const [first, second] = tasks.rows;
    await page.goto(app.url);
    await page.goto(`${app.origin}/#/tasks`);
    await page.getByTestId('task-open').nth(1).click();
    const drawer = page.getByTestId('task-editor');
    await expect(drawer.locator('[name="code"]')).toHaveValue(second!.code);
    // An empty title: the shared schema's message, in English, under the field.
    await drawer.locator('[name="title"]').fill('');
    await drawer.locator('[name="code"]').fill(first!.code);
    await drawer.getByRole('button', { name: 'Save' }).click();
    await expect(drawer.getByText('Must not be empty.')).toBeVisible();
    await drawer.locator('[name="title"]').fill('An English title');
    await drawer.getByRole('button', { name: 'Save' }).click();
    // The backend's duplicate code, worded from its key and parameters.
    await expect(drawer.getByText(`The code ${first!.code} is already in plan`)).toBeVisible();
    await screenshot(page, 'en-field-error');
  });
});
