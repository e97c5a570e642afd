// Issue 14, items 1 and 3: search everywhere from Ctrl+K, and the whole path from the dashboard to a
// saved task update with the keyboard alone; the shortcuts help lists what the registry does.
import { foldVietnamese } from '../../shared/text/fold';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { TasksPage } from './pages/tasks';
import { Workspace } from './pages/workspace';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

test('Ctrl+K finds "duong" across kinds and Enter opens the chosen record in its page', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const ws = new Workspace(page);
  await expect(page.locator('#main h1')).toBeVisible();
  await ws.openSearch();
  await ws.search('duong');

  // Without diacritics, results of several kinds, grouped, each group with its count.
  const hits = await app.api('search.query', { q: 'duong', limit: 60 });
  const kinds = await ws.kinds();
  expect(kinds.length).toBeGreaterThanOrEqual(2);
  for (const kind of kinds) {
    const n = hits.filter((h) => h.entity === kind).length;
    await expect(
      ws.searchDialog.locator('[role="group"]').filter({ has: page.locator(`[data-kind="${kind}"]`) }),
    ).toHaveAccessibleName(new RegExp(`\\(${n}\\)$`));
  }
  // Every title marks the word typed, whatever its accents (đường, Đường).
  await expect(ws.options.first().locator('mark').first()).toHaveText(/^đường$/i);
  await expectNoA11yViolations(page, 'search dialog');
  await screenshot(page, 'search-dialog');

  // ↓ to the first conclusion, Enter: its meeting opens with the conclusion's row marked and focused.
  expect(kinds).toContain('conclusion');
  await ws.arrowTo('conclusion');
  await page.keyboard.press('Enter');
  await expect(ws.searchDialog).toBeHidden();
  await expect(page).toHaveURL(/#\/meetings\?id=.+&conclusion=/);
  await expect(page.locator('.search-marked')).toBeFocused();
  expect(foldVietnamese(await page.locator('.search-marked').innerText())).toContain('duong');

  // An agency opens its form in the catalog.
  await ws.openSearch();
  await ws.search('duong');
  const agency = await ws.arrowTo('agency');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/catalog$/);
  const form = page.getByRole('dialog');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('f-name')).toHaveValue(agency);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // A task opens in its drawer on the task list, the focus in its first field.
  await ws.openSearch();
  await ws.search('duong');
  const taskTitle = await ws.arrowTo('task');
  await page.keyboard.press('Enter');
  const tasks = new TasksPage(page);
  await expect(tasks.editor).toBeVisible();
  await expect(tasks.editor).toContainText(taskTitle);
  await ws.expectFirstFieldFocused(tasks.editor);

  // Esc closes it and the focus goes back to the page, not to the top of the document.
  await page.keyboard.press('Escape');
  await expect(tasks.editor).toBeHidden();

  // The header's search box opens the dialog too; Esc gives the focus back to it, and the next opening
  // starts from an empty field.
  const searchBox = page.getByTestId('search-open');
  await searchBox.click();
  await expect(ws.searchInput).toBeFocused();
  await page.keyboard.type('duong');
  await page.keyboard.press('Escape');
  await expect(ws.searchDialog).toBeHidden();
  await expect(searchBox).toBeFocused();
  await searchBox.click();
  await expect(ws.searchInput).toHaveValue('');
});

test('keyboard only: from the dashboard to a task whose progress is saved with Ctrl+S', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const ws = new Workspace(page);
  const tasks = new TasksPage(page);
  await expect(page.locator('#main h1')).toBeVisible();

  // "g" then "n": the task list, the focus on its heading (not left in the sidebar), the change announced.
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await tasks.waitReady();
  await ws.expectHeadingFocused('Nhiệm vụ');
  await expect(page.getByTestId('page-announcer')).toHaveText('Đã mở trang Nhiệm vụ');

  // Find a task by its code in the list's search box, reached by Tab.
  const code = (await tasks.rows.first().getAttribute('data-code')) ?? '';
  const first = (await app.api('tasks.list', { q: code })).rows.find((r) => r.code === code);
  if (!first) throw new Error(`the task ${code} of the list is not in tasks.list`);
  const presses = await ws.tabTo(tasks.search);
  expect(presses, 'the search box is a few Tabs from the heading').toBeLessThanOrEqual(12);
  await page.keyboard.type(code);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(code)}`));
  await tasks.waitReady();
  await expect(tasks.row(code)).toBeVisible();

  // Tab to the task's link, Enter: the drawer opens with the focus in a field, not on ×.
  await ws.tabTo(tasks.row(first.code).getByTestId('task-open'));
  await page.keyboard.press('Enter');
  await expect(tasks.editor).toBeVisible();
  await ws.expectFirstFieldFocused(tasks.editor);

  // Progress, then Ctrl+S: saved, the drawer closes, the backend has the value.
  const progress = first.progress === 40 ? '45' : '40';
  await ws.tabTo(tasks.editor.locator('[name="progress"]'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type(progress);
  await page.keyboard.press('Control+s');
  await expect(tasks.editor).toBeHidden();
  const saved = await app.api('tasks.get', { id: first.id });
  expect(saved.progress).toBe(Number(progress));
});

test('a sidebar link moves the focus to the new page; N adds a record there; Alt+→ pages the list', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const ws = new Workspace(page);
  const tasks = new TasksPage(page);
  await expect(page.locator('#main h1')).toBeVisible();

  // Enter on the sidebar's link: the focus leaves the sidebar for the page's heading.
  const link = page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ' });
  await link.focus();
  await page.keyboard.press('Enter');
  await tasks.waitReady();
  await ws.expectHeadingFocused('Nhiệm vụ');

  // Alt+→ scrolls the virtualised list by a screen, Alt+← back.
  const list = page.locator('.tasks-page .task-scroll');
  await expect(list).toHaveJSProperty('scrollTop', 0);
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);

  // N: the new-task drawer, the focus in its first field; Esc closes it and the focus comes back.
  await page.keyboard.press('n');
  await expect(tasks.editor).toBeVisible();
  await expect(tasks.editor).toContainText('Thêm nhiệm vụ');
  await ws.expectFirstFieldFocused(tasks.editor);
  await page.keyboard.press('Escape');
  await expect(tasks.editor).toBeHidden();
  await ws.expectHeadingFocused('Nhiệm vụ');

  // Ctrl+Alt+N on the meetings page (g then p): the new-meeting form.
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await ws.expectHeadingFocused('Phiên họp');
  await page.keyboard.press('Control+Alt+n');
  const form = page.getByRole('dialog');
  await expect(form).toBeVisible();
  await ws.expectFirstFieldFocused(form);
});

test('"?" opens the help listing the shortcuts; the header button opens it too', async ({ page, app }) => {
  await page.goto(app.url);
  const ws = new Workspace(page);
  await expect(page.locator('#main h1')).toBeVisible();
  await ws.openHelp();
  const rows = ws.help.getByTestId('shortcut-row');
  for (const text of ['Ctrl+K', 'Ctrl+S', 'Esc', 'Alt+←', 'Đến trang Nhiệm vụ', 'Thêm bản ghi mới']) {
    await expect(rows.filter({ hasText: text }).first()).toBeVisible();
  }
  await expectNoA11yViolations(page, 'shortcuts help');
  await screenshot(page, 'shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(ws.help).toBeHidden();

  // The header's button opens it; Esc gives the focus back to the button.
  const button = page.getByTestId('shortcuts-open');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(ws.help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ws.help).toBeHidden();
  await expect(button).toBeFocused();

  // "?" typed into a field is a question mark, not the help.
  await ws.openSearch();
  await page.keyboard.type('?');
  await expect(ws.searchInput).toHaveValue('?');
  await expect(ws.help).toBeHidden();
});
