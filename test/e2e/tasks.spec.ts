// A secretariat officer's paths through Nhiệm vụ: from a new plan to tasks, quick updates, the dashboard
// and back after a reload; searching without diacritics; filters in the URL; bulk updates and history; print.
import { TOKEN_STORAGE_KEY } from '../../shared/api/client';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { DashboardPage } from './pages/dashboard';
import { PlansPage } from './pages/plans';
import { TasksPage } from './pages/tasks';

test.describe('from an empty province', () => {
  test('creates a plan, adds tasks correcting mistakes, updates progress, sees the dashboard change and finds it all after a reload', async ({
    page,
    app,
  }) => {
    await app.api('app.startEmpty', {});
    await app.api('agencies.create', {
      code: 'SKHCN',
      name: 'Sở Khoa học và Công nghệ',
      shortName: 'Sở KH&CN',
      kind: 'so_ban_nganh',
    });
    await app.api('agencies.create', {
      code: 'SYT',
      name: 'Sở Y tế',
      shortName: 'Sở Y tế',
      kind: 'so_ban_nganh',
    });
    const { today } = await app.api('app.info', {});
    const nextYear = Number(today.slice(0, 4)) + 1;

    await page.goto(app.url);
    await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();
    await page.getByRole('link', { name: 'Đến trang Kế hoạch' }).click();

    // The plan: an empty save and a year range backwards are both explained next to their fields.
    const plans = new PlansPage(page);
    await page.getByTestId('plan-add').click();
    await page.getByTestId('plan-save').click();
    await plans.expectFieldError('Số hiệu văn bản', /Không được để trống/);
    await plans.expectFieldError('Tên kế hoạch', /Không được để trống/);
    await expect(plans.field('Số hiệu văn bản')).toBeFocused();
    await plans.field('Số hiệu văn bản').fill('12/KH-UBND');
    await plans.field('Tên kế hoạch').fill('Kế hoạch chuyển đổi số tỉnh năm 2026');
    await plans.field('Năm kết thúc').fill('2025');
    await plans.field('Năm bắt đầu').fill('2026');
    await page.getByTestId('plan-save').click();
    await plans.expectFieldError('Năm kết thúc', /Năm kết thúc phải từ năm bắt đầu trở đi/);
    await plans.field('Năm kết thúc').fill('2026');
    await plans.field('Ngày ban hành').fill('5/1/2026');
    await page.getByTestId('plan-save').click();
    await expect(plans.editor).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Đã thêm kế hoạch 12/KH-UBND.');
    await expect(plans.row('12/KH-UBND')).toContainText('05/01/2026');

    // Its (empty) task list, one click away.
    await plans.row('12/KH-UBND').getByTestId('plan-task-count').click();
    const tasks = new TasksPage(page);
    await tasks.waitReady();
    await expect(page.getByText('Kế hoạch này chưa có nhiệm vụ nào.')).toBeVisible();

    // First task: missing code and title, then an impossible date, each corrected where it is shown.
    await page.getByTestId('task-add').click();
    await expect(tasks.field('Kế hoạch')).toHaveValue(/.+/);
    await page.getByTestId('task-save').click();
    await expect(tasks.editor.getByRole('alert')).toContainText('hãy sửa 2 ô');
    await tasks.expectFieldError('Mã nhiệm vụ', /Không được để trống/);
    await tasks.expectFieldError('Tên nhiệm vụ', /Không được để trống/);
    await expectNoA11yViolations(page, 'task form with errors');
    await screenshot(page, 'task-form-errors');
    await tasks.field('Mã nhiệm vụ').fill('1.1');
    await tasks.field('Tên nhiệm vụ').fill('Đường truyền số liệu chuyên dùng đến 100% xã, phường');
    await tasks.field('Cơ quan chủ trì').selectOption({ label: 'Sở KH&CN' });
    await tasks.field('Thời hạn').fill('31/02/2026');
    await page.getByTestId('task-save-next').click();
    await tasks.expectFieldError('Thời hạn', /Ngày không hợp lệ/);
    await expect(tasks.field('Mã nhiệm vụ')).not.toHaveAttribute('aria-invalid', 'true');
    await tasks.field('Thời hạn').fill(`30/06/${nextYear}`);
    await page.getByTestId('task-save-next').click();
    await expect(page.getByRole('status')).toContainText('Đã thêm nhiệm vụ 1.1.');

    // "Lưu và thêm tiếp" leaves the form open and empty for the next one.
    await expect(tasks.field('Mã nhiệm vụ')).toHaveValue('');
    await expect(tasks.field('Mã nhiệm vụ')).toBeFocused();
    await tasks.field('Mã nhiệm vụ').fill('1.2');
    await tasks.field('Tên nhiệm vụ').fill('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính');
    await tasks.field('Cơ quan chủ trì').selectOption({ label: 'Sở Y tế' });
    await tasks.field('Thời hạn').fill(`15/3/${nextYear}`);
    await page.getByTestId('task-save').click();
    await expect(tasks.editor).toBeHidden();
    await tasks.expectCount(2);
    await expect(tasks.row('1.1')).toContainText(`30/06/${nextYear}`);

    // Quick update: an out-of-range progress is refused beside the field, then 60% is saved.
    await tasks.row('1.1').getByTestId('task-quick').click();
    await expect(tasks.quick.getByTestId('quick-state')).toBeFocused();
    await tasks.quick.getByTestId('quick-progress').fill('150');
    await tasks.quick.getByTestId('quick-save').click();
    await expect(tasks.quick.getByTestId('quick-progress')).toHaveAccessibleDescription(/Từ 0 đến 100%/);
    // 60% on a task still "Chưa thực hiện" disagrees with its state: said live, next to the progress.
    await tasks.quick.getByTestId('quick-progress').fill('60');
    await expect(tasks.quick.getByTestId('quick-progress')).toHaveAccessibleDescription(
      'Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 60% thì hãy chọn «Đang thực hiện».',
    );
    await tasks.quick.getByTestId('quick-state').selectOption({ label: 'Đang thực hiện' });
    await expect(tasks.quick.getByTestId('quick-progress')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(tasks.quick.getByTestId('quick-progress')).toHaveValue('60');
    await tasks.quick.getByTestId('quick-result').fill('Đã kết nối 80/124 xã.');
    // What the agency reported as holding it up and what it asks for, beside the progress (issue 14).
    await tasks.quick
      .getByTestId('quick-difficulties')
      .fill('Thiếu kinh phí đường truyền cho 44 xã miền núi.');
    await tasks.quick.getByTestId('quick-proposals').fill('Đề nghị bổ sung kinh phí trong quý I.');
    await expectNoA11yViolations(page, 'tasks quick update');
    await screenshot(page, 'tasks-quick-update');
    await tasks.quick.getByTestId('quick-save').click();
    await expect(tasks.quick).toBeHidden();
    await expect(tasks.row('1.1')).toContainText('60%');
    await expect(tasks.row('1.1').getByTestId('task-quick')).toBeFocused(); // focus returns to the row
    // The difficulties and proposals are stored with the task, as the briefing and the report read them.
    const [saved] = (await app.api('tasks.list', { q: '1.1' })).rows;
    expect(await app.api('tasks.get', { id: saved!.id })).toMatchObject({
      difficulties: 'Thiếu kinh phí đường truyền cho 44 xã miền núi.',
      proposals: 'Đề nghị bổ sung kinh phí trong quý I.',
    });

    // Picking "Hoàn thành" fills 100% and today's date, visibly and editable; nothing is filled in later.
    await tasks.row('1.2').getByTestId('task-quick').click();
    await tasks.quick.getByTestId('quick-state').selectOption({ label: 'Hoàn thành' });
    await expect(tasks.quick.getByTestId('quick-progress')).toHaveValue('100');
    await expect(tasks.quick.getByTestId('quick-progress')).toBeEditable();
    const [y, m, d] = today.split('-');
    await expect(tasks.quick.getByTestId('quick-completed-on')).toHaveValue(`${d}/${m}/${y}`);
    await tasks.quick.getByTestId('quick-save').click();
    await expect(tasks.quick).toBeHidden();
    await expect(tasks.row('1.2')).toContainText('Hoàn thành đúng hạn');
    await expect(tasks.row('1.2')).toContainText('100%');
    await expectNoA11yViolations(page, 'tasks');
    await screenshot(page, 'tasks-new-plan');

    // The dashboard follows: two tasks, one done, 50%.
    const dashboard = new DashboardPage(page);
    await dashboard.openFromNav();
    await expect(dashboard.rate).toHaveText('50%');
    await expect(page.getByTestId('dash-total')).toHaveText('2 nhiệm vụ');
    await expect(page.getByTestId('dash-done')).toHaveText('1 đã hoàn thành');

    // Everything is kept: reload, and the plan, the figures and the history are still there.
    await page.reload();
    await expect(dashboard.rate).toHaveText('50%');
    await expect(page.getByTestId('plan-selector')).toHaveValue(/.+/);
    await tasks.openFromNav();
    await tasks.expectCount(2);
    await expect(tasks.row('1.1')).toContainText('60%');
    await tasks.row('1.1').getByTestId('task-open').click();
    await expect(tasks.field('Kết quả thực hiện')).toHaveValue('Đã kết nối 80/124 xã.');
    // The full form proposes the consistent values too, and says live what still disagrees.
    await tasks.field('Trạng thái').selectOption({ label: 'Hoàn thành' });
    await expect(tasks.field('Tiến độ (%)')).toHaveValue('100');
    await expect(tasks.field('Ngày hoàn thành')).toHaveValue(`${d}/${m}/${y}`);
    await screenshot(page, 'task-form-done-proposed');
    await tasks.field('Trạng thái').selectOption({ label: 'Đang thực hiện' });
    await expect(tasks.field('Ngày hoàn thành')).toBeHidden();
    await expect(tasks.field('Tiến độ (%)')).toHaveAccessibleDescription(
      /Tiến độ 100% nghĩa là đã hoàn thành/,
    );
    await tasks.field('Tiến độ (%)').fill('60');
    await expect(tasks.field('Tiến độ (%)')).not.toHaveAttribute('aria-invalid', 'true');
    await tasks.editor.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const latest = tasks.editor.getByTestId('history-entry').first();
    await expect(latest.getByRole('row', { name: /Tiến độ/ })).toContainText(/0%\s*60%/);
    await expect(latest.getByRole('row', { name: /Kết quả thực hiện/ })).toContainText(
      'Đã kết nối 80/124 xã.',
    );
    await expect(latest.getByRole('row', { name: /Trạng thái/ })).toContainText(
      /Chưa thực hiện\s*Đang thực hiện/,
    );
    await expectNoA11yViolations(page, 'task history');
    await screenshot(page, 'task-history');
    await page.keyboard.press('Escape');
    await expect(tasks.editor).toBeHidden();

    await plans.openFromNav();
    await expect(plans.row('12/KH-UBND').getByTestId('plan-task-count')).toHaveText('2');
  });
});

test.describe('with the demo province', () => {
  test.use({ demo: true });

  test('finds "Đường…" when typing "duong", filters by situation and pillar, and keeps filters in the address', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    const tasks = new TasksPage(page);
    await tasks.openFromNav();
    await expect(tasks.rows.first()).toBeVisible();
    await expectNoA11yViolations(page, 'tasks (demo)');
    await screenshot(page, 'tasks');
    const { planId } = await app.api('dashboard.get', {});

    // Typing stays responsive: every keystroke is in the box, the list follows after a pause.
    await tasks.search.pressSequentially('duong truyen', { delay: 25 });
    await expect(tasks.search).toHaveValue('duong truyen');
    const expected = await app.api('tasks.list', { planId, q: 'duong truyen' });
    expect(expected.total).toBeGreaterThan(0);
    await tasks.expectCount(expected.total);
    await expect(page).toHaveURL(/q=duong\+truyen/);
    expect((await tasks.titles()).some((title) => title.includes('Đường truyền'))).toBe(true);
    await expectNoA11yViolations(page, 'tasks search');
    await screenshot(page, 'tasks-search-no-diacritics');

    // Situation (multi-select) and pillar, each checked against the backend's own count.
    await page.getByTestId('filter-clear').click();
    await expect(tasks.search).toHaveValue('');
    await page.getByTestId('filter-situation').click();
    await page.getByRole('checkbox', { name: 'Quá hạn', exact: true }).check();
    await page.keyboard.press('Escape');
    const overdue = await app.api('tasks.list', { planId, situations: ['qua_han'] });
    await tasks.expectCount(overdue.total);
    for (const badge of await tasks.rows.locator('.badge').allInnerTexts()) expect(badge).toBe('Quá hạn');

    await page.getByTestId('filter-pillar').selectOption({ label: 'Chính quyền số' });
    const pillars = await app.api('pillars.list', {});
    const cqs = pillars.find((p) => p.name === 'Chính quyền số')!;
    const both = await app.api('tasks.list', { planId, situations: ['qua_han'], pillarId: cqs.id });
    await tasks.expectCount(both.total);
    await expect(page).toHaveURL(/situation=qua_han/);

    await page.reload();
    await tasks.waitReady();
    await tasks.expectCount(both.total);
    await expect(page.getByTestId('filter-pillar')).toHaveValue(cqs.id);
    await page.getByTestId('filter-clear').click();
    await tasks.expectCount((await app.api('tasks.list', { planId })).total);
  });

  test('opens a link to the task list on the calls asked for at boot alone, the shell’s first', async ({
    page,
    app,
  }) => {
    // The first rows wait on no round trip begun after the app's code ran (centre.info once was one):
    // every call before they are on screen is one boot.ts asks for, app.info first (the shell's).
    const { planId } = await app.api('dashboard.get', {});
    const { today } = await app.api('app.info', {});
    await page.addInitScript(([key, token]) => sessionStorage.setItem(key, token), [
      TOKEN_STORAGE_KEY,
      app.token,
    ] as const);
    const calls: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) calls.push(url.pathname.slice('/api/'.length));
    });
    await page.goto(`${app.origin}/#/tasks?planId=${planId}&at=${today}`);
    const tasks = new TasksPage(page);
    await tasks.waitReady();
    await expect(tasks.rows.first()).toBeVisible();
    const beforeRows = [...calls];
    expect(beforeRows[0]).toBe('app.info');
    expect(new Set(beforeRows)).toEqual(
      new Set(['app.info', 'tasks.list', 'settings.get', 'plans.list', 'pillars.list', 'agencies.list']),
    );
    expect(beforeRows).toHaveLength(6);
  });

  test('sorts by column, updates several rows at once and shows who changed what', async ({ page, app }) => {
    await page.goto(app.url);
    const tasks = new TasksPage(page);
    await tasks.openFromNav();
    await expect(tasks.rows.first()).toBeVisible();

    const dueHeader = tasks.table.getByRole('columnheader', { name: 'Thời hạn' });
    await dueHeader.getByRole('button').click();
    await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=dueDate/);
    await dueHeader.getByRole('button').click();
    await expect(dueHeader).toHaveAttribute('aria-sort', 'descending');
    await tasks.table.getByRole('columnheader', { name: 'Mã' }).getByRole('button').click();

    // Tick the first row, shift-click the third: three selected, as in a spreadsheet.
    const codes = await tasks.rows.evaluateAll((rows) =>
      rows.slice(0, 3).map((r) => r.getAttribute('data-code')!),
    );
    await tasks.row(codes[0]!).getByRole('checkbox').check();
    await tasks
      .row(codes[2]!)
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('Đã chọn 3 nhiệm vụ');
    await screenshot(page, 'tasks-bulk-selection');
    const ids = await tasks.rows.evaluateAll((rows) =>
      rows.slice(0, 3).map((r) => r.getAttribute('data-task-id') ?? ''),
    );
    const stored = () => Promise.all(ids.map((id) => app.api('tasks.get', { id })));
    const before = await stored();
    const wasDone = before.filter((t) => t.state === 'hoan_thanh').length;

    // Pausing: the completion date is proposed for clearing (visibly); a done task at 100% cannot be
    // paused as it is, and the bar says so next to the progress before anything is sent.
    await bar.getByTestId('bulk-state').selectOption({ label: 'Tạm dừng' });
    await expect(bar.getByTestId('bulk-clear-completed')).toBeChecked();
    if (wasDone > 0) {
      await expect(bar.getByTestId('bulk-progress')).toHaveAccessibleDescription(
        /Tiến độ 100% nghĩa là đã hoàn thành/,
      );
      await expect(bar.getByTestId('bulk-apply')).toBeDisabled();
      await screenshot(page, 'tasks-bulk-refused');
    }
    await bar.getByTestId('bulk-progress').fill('50');
    await expect(bar.getByTestId('bulk-apply')).toBeEnabled();
    await bar.getByTestId('bulk-apply').click();
    const confirm = page.getByTestId('bulk-confirm');
    // Exactly what will change, with how many of the three tasks each field changes; nothing else.
    const summary = confirm.getByTestId('bulk-summary').getByRole('listitem');
    const expected = [
      `Trạng thái: Tạm dừng (thay đổi 3/3 nhiệm vụ)`,
      `Tiến độ (%): 50% (thay đổi ${before.filter((t) => t.progress !== 50).length}/3 nhiệm vụ)`,
      ...(wasDone > 0 ? [`Ngày hoàn thành: (xóa) (thay đổi ${wasDone}/3 nhiệm vụ)`] : []),
    ];
    await expect(summary).toHaveText(expected);
    await expectNoA11yViolations(page, 'tasks bulk confirm');
    await screenshot(page, 'tasks-bulk-confirm');
    await confirm.getByTestId('bulk-confirm-apply').click();
    await expect(page.getByRole('status')).toContainText('Đã cập nhật 3 nhiệm vụ.');
    for (const code of codes) await expect(tasks.row(code)).toContainText('Tạm dừng');
    // Fields the patch did not name are exactly as they were (the bug of issue 8 cleared them).
    for (const [i, after] of (await stored()).entries()) {
      const was = before[i]!;
      expect(after).toMatchObject({
        pillarId: was.pillarId,
        leadAgencyId: was.leadAgencyId,
        dueDate: was.dueDate,
        supportingAgencyIds: was.supportingAgencyIds,
        result: was.result,
        state: 'tam_dung',
        progress: 50,
        completedOn: null,
      });
    }

    await tasks.row(codes[1]!).getByTestId('task-open').click();
    await tasks.editor.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const latest = tasks.editor.getByTestId('history-entry').first();
    await expect(latest).toContainText('Cập nhật');
    await expect(latest.getByRole('row', { name: /Trạng thái/ })).toContainText('Tạm dừng');
  });

  test('prints the whole filtered list as a plain table on A4', async ({ page, app }) => {
    await page.goto(app.url);
    const tasks = new TasksPage(page);
    await tasks.openFromNav();
    await expect(tasks.rows.first()).toBeVisible();
    const { planId } = await app.api('dashboard.get', {});
    await tasks.search.fill('du lieu');
    const { total } = await app.api('tasks.list', { planId, q: 'du lieu' });
    await tasks.expectCount(total);

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '1');
    });
    await page.getByRole('button', { name: 'In danh sách' }).click();
    await expect(page.locator('body[data-printed="1"]')).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('task-print');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText('Từ khóa: “du lieu”');
    await expect(printed.locator('tbody tr')).toHaveCount(total);
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(tasks.table).toBeHidden();
    await screenshot(page, 'tasks-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
