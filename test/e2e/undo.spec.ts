// Every change is the one the person made, and it can be undone: a bulk progress update shows in each
// task's history as that one field, and "Hoàn tác" puts the old values back; a column pasted in the
// values grid goes away with Ctrl+Z and comes back with Ctrl+Y; nothing typed is lost without a question.
import { formatNumber } from '../../shared/format/vi';
import { test, expect, type AppFixture } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { DiscardPrompt, HistoryList } from './pages/history';
import { IndicatorsPage } from './pages/indicators';
import { SettingsPage } from './pages/settings';
import { TasksPage } from './pages/tasks';

test.use({ demo: true });

/** Two open tasks on the first screen of the list whose progress is not already 60%. */
async function twoOpenTasks(app: AppFixture, tasks: TasksPage) {
  const { planId } = await app.api('dashboard.get', {});
  const { rows } = await app.api('tasks.list', { planId, limit: 200 });
  const onScreen = new Set(
    await tasks.rows.evaluateAll((els) => els.slice(0, 12).map((el) => el.getAttribute('data-code'))),
  );
  const picked = rows.filter(
    (r) =>
      onScreen.has(r.code) &&
      (r.state === 'dang_thuc_hien' || r.state === 'chua_thuc_hien') &&
      r.progress !== 60,
  );
  expect(picked.length).toBeGreaterThanOrEqual(2);
  return picked.slice(0, 2);
}

test('a bulk progress update is one action in each task history, and Hoàn tác puts the old values back', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const tasks = new TasksPage(page);
  await tasks.openFromNav();
  await expect(tasks.rows.first()).toBeVisible();
  const [a, b] = await twoOpenTasks(app, tasks);

  await tasks.select([a!.code, b!.code]);
  await tasks.bulkSetProgress('60');
  await expect(page.getByRole('status')).toContainText('Đã cập nhật 2 nhiệm vụ.');
  await expect(page.getByTestId('status-action')).toHaveText('Hoàn tác');

  // Each task's history: the action as the person did it, and only the progress changed.
  const label = 'Cập nhật hàng loạt 2 nhiệm vụ: Tiến độ 60%';
  for (const task of [a!, b!]) {
    const history = await tasks.openHistory(task.code);
    const latest = history.latest();
    await expect(latest.getByTestId('change-label')).toHaveText(label);
    expect(await history.changedFields(latest)).toEqual(['Tiến độ']);
    expect(await history.change(latest, 'Tiến độ')).toEqual([`${task.progress}%`, '60%']);
    if (task === a) {
      await expectNoA11yViolations(page, 'task history with undo');
      await screenshot(page, 'undo-task-history');
    }
    await tasks.closeEditor();
  }
  for (const task of [a!, b!]) expect((await app.api('tasks.get', { id: task.id })).progress).toBe(60);

  // Undo from the history: one confirmation, then both tasks are as they were.
  const history = await tasks.openHistory(a!.code);
  const confirm = await history.askUndo(history.entry(label));
  await expect(confirm).toContainText(label);
  await expectNoA11yViolations(page, 'undo confirmation');
  await screenshot(page, 'undo-confirm');
  await confirm.getByTestId('confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Đã hoàn tác: ${label}.`);
  await expect(page.getByTestId('status-action')).toHaveText('Làm lại');
  await expect(history.latest().getByTestId('change-label')).toHaveText(`Hoàn tác: ${label}`);
  expect(await history.change(history.latest(), 'Tiến độ')).toEqual(['60%', `${a!.progress}%`]);
  await expect(history.entry(label)).toContainText('đã được Thư ký Ban Chỉ đạo hoàn tác');
  await tasks.closeEditor();

  for (const task of [a!, b!]) {
    await expect(tasks.row(task.code)).toContainText(`${task.progress}%`);
    expect((await app.api('tasks.get', { id: task.id })).progress).toBe(task.progress);
  }
});

test('Ctrl+Z in the values grid takes back a pasted column, Ctrl+Y brings it again', async ({
  page,
  app,
}) => {
  const info = await app.api('app.info', {});
  const year = Number(info.today.slice(0, 4));
  const plans = await app.api('plans.list', {});
  const plan = plans.find((p) => p.state === 'dang_thuc_hien') ?? plans[0]!;
  const load = async () => (await app.api('indicators.valueGrid', { planId: plan.id, year })).rows;
  const rows = (await load()).slice(0, 3);
  const q3 = `${year}-Q3`;
  const shown = (n: number | null) => (n === null ? '' : formatNumber(n, 4));
  const before = rows.map((r) => r.values[q3] ?? null);

  const ui = new IndicatorsPage(page);
  await ui.openGrid(app, year);
  await ui.cell(rows[0]!.code, q3).click();
  await ui.paste('11\r\n22,5\r\n33\r\n');
  await expect(ui.cell(rows[1]!.code, q3)).toHaveText('22,5');
  await ui.waitSaved();
  await expect(page.getByTestId('status-action')).toHaveText('Hoàn tác');

  await ui.undo();
  for (const [i, row] of rows.entries()) await expect(ui.cell(row.code, q3)).toHaveText(shown(before[i]!));
  await expect(ui.saveStatus).toContainText('Đã hoàn tác: Nhập số liệu 3 ô');
  await expect(ui.cell(rows[0]!.code, q3)).toBeFocused();
  expect((await load()).slice(0, 3).map((r) => r.values[q3] ?? null)).toEqual(before);
  await screenshot(page, 'undo-grid');

  await ui.redo();
  await expect(ui.cell(rows[0]!.code, q3)).toHaveText('11');
  await expect(ui.cell(rows[1]!.code, q3)).toHaveText('22,5');
  await expect(ui.cell(rows[2]!.code, q3)).toHaveText('33');
  await expect(ui.saveStatus).toContainText('Đã làm lại: Nhập số liệu 3 ô');
  await expect(ui.cell(rows[0]!.code, q3)).toBeFocused();
  expect((await load()).slice(0, 3).map((r) => r.values[q3])).toEqual([11, 22.5, 33]);
  await expectNoA11yViolations(page, 'grid after undo and redo');
});

test('edits are never dropped without asking, and a save with nothing changed says so', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const tasks = new TasksPage(page);
  const prompt = new DiscardPrompt(page);
  await tasks.openFromNav();
  const code = (await tasks.rows.first().getAttribute('data-code'))!;

  // Esc on a drawer holding an edit asks; "Tiếp tục sửa" (focused) keeps the text.
  await tasks.row(code).getByTestId('task-open').click();
  await tasks.field('Kết quả thực hiện').fill('Đang chạy thử nghiệm');
  await page.keyboard.press('Escape');
  await prompt.expectAsked();
  await expectNoA11yViolations(page, 'discard prompt');
  await screenshot(page, 'undo-discard-prompt');
  await page.keyboard.press('Enter');
  await expect(prompt.dialog).toBeHidden();
  await expect(tasks.editor).toBeVisible();
  await expect(tasks.field('Kết quả thực hiện')).toHaveValue('Đang chạy thử nghiệm');
  // × asks too; "Bỏ thay đổi" closes without saving.
  await tasks.editor.getByRole('button', { name: 'Đóng' }).click();
  await prompt.expectAsked();
  await prompt.discard();
  await expect(tasks.editor).toBeHidden();

  // Saving an unchanged task sends nothing and says so.
  await tasks.row(code).getByTestId('task-open').click();
  await expect(tasks.field('Kết quả thực hiện')).toBeVisible();
  const before = (await app.api('changes.list', { limit: 1 }))[0]?.id;
  await tasks.editor.getByTestId('task-save').click();
  await expect(tasks.editor.getByTestId('form-notice')).toHaveText('Không có thay đổi nào để lưu.');
  expect((await app.api('changes.list', { limit: 1 }))[0]?.id).toBe(before);
  await tasks.closeEditor();

  // Leaving Cài đặt with a typed value asks; the whole file's change log is below the forms.
  const settings = new SettingsPage(page);
  await settings.open(app);
  const log = new HistoryList(page, page.getByTestId('change-log'));
  await expect(log.latest().getByTestId('change-label')).toHaveText('Tạo dữ liệu mẫu');
  await settings.field('s-reportPlace').fill('Đà Lạt');
  await page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
  await prompt.expectAsked();
  await prompt.keepEditing();
  await expect(settings.general).toBeVisible();
  await settings.general.getByTestId('save-general').click();
  await expect(log.latest().getByTestId('change-label')).toHaveText('Sửa cài đặt: Địa danh trên văn bản');
  await log.latest().scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'change log');
  await screenshot(page, 'undo-change-log');

  // Closing the window with an unsaved edit asks (the browser's own question).
  await settings.field('s-reportPlace').fill('Bảo Lộc');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
});
