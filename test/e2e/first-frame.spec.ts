// The task list opened straight from its address, as an officer's bookmark or a restart does: its first
// frame is drawn in the app's own font. The fonts are preloaded beside the scripts (vite.config.mts
// preloadFonts); without that, the first layout is made with a fallback font and every row changes font
// in front of the person once Be Vietnam Pro arrives.
import { TOKEN_STORAGE_KEY } from '../../shared/api/client';
import { test, expect } from './fixtures';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

test('the first frame of the task list is drawn in Be Vietnam Pro, every weight already loaded', async ({
  page,
  app,
}) => {
  // The session's token as browser mode's address would leave it, so the first document is the task list.
  await page.addInitScript(([key, token]) => sessionStorage.setItem(key, token), [
    TOKEN_STORAGE_KEY,
    app.token,
  ] as const);
  // When the app says its first rows are in the document (before that frame is painted), which of the
  // font's faces are loaded.
  await page.addInitScript(() => {
    const seen = window as unknown as { __fontsAtFirstRows?: { rows: number; faces: string[] } };
    new MutationObserver((_m, observer) => {
      if (document.body?.dataset.taskListReady !== '1') return;
      observer.disconnect();
      seen.__fontsAtFirstRows = {
        rows: document.querySelectorAll('[data-testid="task-row"]').length,
        faces: [...document.fonts]
          .filter((f) => f.family.replace(/"/g, '') === 'Be Vietnam Pro')
          .map((f) => `${f.weight} ${f.unicodeRange.slice(0, 12)}: ${f.status}`),
      };
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-task-list-ready'] });
  });
  await page.goto(`${app.origin}/#/tasks`);
  await new TasksPage(page).waitReady();
  const first = await page.evaluate(
    () => (window as unknown as { __fontsAtFirstRows: { rows: number; faces: string[] } }).__fontsAtFirstRows,
  );
  expect(first.rows, 'the first frame has rows').toBeGreaterThan(0);
  // four weights, each in its Vietnamese, Latin and extended Latin subsets
  expect(first.faces).toHaveLength(12);
  expect(first.faces.filter((f) => !f.endsWith(': loaded'))).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Be Vietnam Pro"/);
});
