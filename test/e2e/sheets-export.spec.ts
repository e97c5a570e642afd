// "Xuất Excel" on the four lists (issue 11): the task list exports exactly the rows on screen, with the
// list's filter and sort; the indicator list, the values grid of a year and the agency list download
// their workbooks the way the app downloads every file.
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { download } from './pages/sheets';

test.use({ demo: true });

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb.worksheets[0]!;
}

/** The codes under the header row (the row whose first cell is "STT"). */
function codesOf(ws: ExcelJS.Worksheet): string[] {
  let header = 1;
  while (header <= ws.rowCount && ws.getCell(header, 1).text !== 'STT') header++;
  const codes: string[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, 2).text) codes.push(ws.getCell(r, 2).text);
  return codes;
}

test('Xuất Excel: the filtered, sorted task list and the other lists as workbooks', async ({ page, app }) => {
  const [plan] = await app.api('plans.list', {});
  const today = (await app.api('app.info', {})).today;
  await page.goto(app.url);
  await page.evaluate(
    ({ planId, at }) =>
      (window.location.hash = `#/tasks?planId=${planId}&at=${at}&situation=qua_han&sort=dueDate&dir=desc`),
    { planId: plan!.id, at: today },
  );
  await expect(page.locator('body[data-task-list-ready="1"]')).toBeAttached();
  const expected = await app.api('tasks.list', {
    planId: plan!.id,
    at: today,
    situations: ['qua_han'],
    sort: 'dueDate',
    dir: 'desc',
    limit: 500,
  });
  await expect(page.getByTestId('tasks-export')).toBeEnabled();
  await expectNoA11yViolations(page, 'tasks with Xuất Excel');
  await screenshot(page, 'tasks-export');
  const tasks = await download(page, page.getByTestId('tasks-export'));
  expect(tasks.name).toMatch(/^Danh-sach-nhiem-vu_.*\.xlsx$/);
  expect(codesOf(await sheetOf(tasks.bytes))).toEqual(expected.rows.map((r) => r.code));
  await expect(page.getByRole('status').filter({ hasText: `Đã tạo tệp ${tasks.name}` })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Chỉ tiêu' }).click();
  const indicators = await download(page, page.getByTestId('indicators-export'));
  expect(codesOf(await sheetOf(indicators.bytes)).length).toBe(
    (await app.api('indicators.list', { planId: plan!.id })).length,
  );

  await page.getByRole('tab', { name: 'Nhập số liệu' }).click();
  const values = await download(page, page.getByTestId('values-export'));
  expect(values.name).toMatch(/\.xlsx$/);
  await screenshot(page, 'values-export');

  await page.getByRole('navigation').getByRole('link', { name: 'Danh mục' }).click();
  const agencies = await download(page, page.getByTestId('agencies-export'));
  expect(codesOf(await sheetOf(agencies.bytes)).length).toBe(
    (await app.api('agencies.list', {})).filter((a) => !a.archivedAt).length,
  );
});
