// Data check: a file upgraded from before schema 4 can hold records that break the new rules. The
// dashboard says so; Cài đặt → Kiểm tra dữ liệu lists each with a proposed fix the person confirms, the
// fix goes through the normal update (audited), and once the duplicates are gone the constraint returns.
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';

test.use({ demo: true });

test('lists old duplicates and inconsistent tasks, fixes each on confirmation, and the constraint comes back', async ({
  page,
  app,
}) => {
  const { planId } = await app.api('dashboard.get', {});
  const { rows } = await app.api('tasks.list', { planId, sort: 'code' });
  const original = rows.find((r) => r.state === 'dang_thuc_hien' && r.progress > 0 && r.progress < 100)!;
  const other = rows.find(
    (r) => r.state === 'dang_thuc_hien' && r.id !== original.id && r.progress > 0 && r.progress < 100,
  )!;

  // What an older TienDo could leave behind: the same code twice in the plan, and a task "not started"
  // at 70% (written here past the index and trigger that now forbid both, as an old file has them).
  const db = new Database(app.dbFile);
  const duplicateId = '00000000-0000-4000-8000-00000000d0d0';
  db.exec(`DROP INDEX task_code_unique; DROP TRIGGER task_rules_progress;`);
  db.prepare(
    "INSERT INTO pending_index (name, recorded_at) VALUES ('task_code_unique', '2026-01-01T00:00:00Z')",
  ).run();
  db.prepare(
    `INSERT INTO task (id, plan_id, code, title, pillar_id, lead_agency_id, output, start_date, due_date, state, progress,
       completed_on, result, difficulties, proposals, source_text, created_at, updated_at)
     SELECT ?, plan_id, code, title || ' (nhập trùng)', pillar_id, lead_agency_id, output, start_date, due_date, state, progress,
       completed_on, result, difficulties, proposals, source_text, '2099-01-01T00:00:00Z', updated_at FROM task WHERE id = ?`,
  ).run(duplicateId, original.id);
  db.prepare("UPDATE task SET state = 'chua_thuc_hien' WHERE id = ?").run(other.id);
  db.close();

  await page.goto(app.url);
  const banner = page.getByTestId('data-problems-banner');
  await expect(banner).toContainText('Có 2 bản ghi cần sửa');
  await expectNoA11yViolations(page, 'dashboard with data problems');
  await screenshot(page, 'dashboard-data-problems');
  await banner.getByRole('link', { name: /Kiểm tra dữ liệu/ }).click();

  const panel = page.getByTestId('settings-check');
  await expect(panel.getByRole('heading', { name: 'Kiểm tra dữ liệu' })).toBeFocused();
  const problems = panel.getByTestId('data-problem');
  await expect(problems).toHaveCount(2);
  const duplicate = panel.locator(`[data-testid="data-problem"][data-entity-id="${duplicateId}"]`);
  await expect(duplicate).toContainText(`Mã ${original.code} trùng với nhiệm vụ ${original.code}`);
  const inconsistent = panel.locator(`[data-testid="data-problem"][data-entity-id="${other.id}"]`);
  await expect(inconsistent).toContainText(
    `Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được ${other.progress}% thì hãy chọn «Đang thực hiện».`,
  );
  await expect(panel).toContainText('Mã nhiệm vụ không trùng trong một kế hoạch');
  await panel.scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'data check with problems');
  await screenshot(page, 'settings-data-problems');

  // Nothing is changed until the person confirms the proposed fix.
  await duplicate.getByTestId('problem-fix').click();
  const dialog = page.getByTestId('problem-confirm');
  await expect(dialog).toContainText(`Đổi mã thành ${original.code}-2`);
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await screenshot(page, 'settings-data-fix-confirm');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  expect((await app.api('tasks.get', { id: duplicateId })).code).toBe(original.code);
  await duplicate.getByTestId('problem-fix').click();
  await dialog.getByRole('button', { name: `Đổi mã thành ${original.code}-2` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sửa: Nhiệm vụ' })).toBeVisible();
  await expect(problems).toHaveCount(1);

  await inconsistent.getByTestId('problem-fix').click();
  await expect(dialog).toContainText('Đặt trạng thái «Đang thực hiện»');
  await dialog.getByRole('button', { name: 'Đặt trạng thái «Đang thực hiện»' }).click();
  await expect(panel.getByTestId('data-problems')).toContainText('Không có dữ liệu nào cần sửa.');
  await expect(panel).not.toContainText('Mã nhiệm vụ không trùng trong một kế hoạch');

  // Each fix is an ordinary, audited change of the record; only the named field changed.
  const renamed = await app.api('tasks.get', { id: duplicateId });
  expect(renamed.code).toBe(`${original.code}-2`);
  const [latest] = await app.api('tasks.history', { id: duplicateId });
  expect(latest!.changed).toEqual(['code']);
  const fixed = await app.api('tasks.get', { id: other.id });
  expect(fixed).toMatchObject({ state: 'dang_thuc_hien', progress: other.progress });
  const check = new Database(app.dbFile, { readonly: true });
  expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'task_code_unique'").get()).toEqual({
    name: 'task_code_unique',
  });
  check.close();

  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(banner).toBeHidden();
});
