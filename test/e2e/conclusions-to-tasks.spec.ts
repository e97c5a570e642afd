// Several conclusions of a meeting become tasks in one action: the secretary ticks them, checks the
// dialog's preview (one already has a task and is skipped, saying so; a code already used is refused
// and corrected), changes one row's lead agency, creates them in one change set, and undoes it as one.
import { addDays } from '../../shared/dates';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { MeetingsPage } from './pages/meetings';

test.use({ demo: true });

test('ticked conclusions become tasks in one action, previewed first and undone as one', async ({
  page,
  app,
}) => {
  const { today } = await app.api('app.info', {});
  const agencies = await app.api('agencies.list', {});
  const byCode = (code: string) => agencies.find((a) => a.code === code)!.id;
  const plans = await app.api('plans.list', {});
  const planId = plans.find((p) => !p.archivedAt)!.id;
  const meetings = await app.api('meetings.list', {});
  const number = Math.max(...meetings.map((m) => m.number)) + 1;
  const meeting = await app.api('meetings.create', { number, heldOn: addDays(today, -7) });
  const texts = [
    'Sở Y tế hoàn thành kết nối hồ sơ sức khỏe điện tử với các trạm y tế xã.',
    'Sở Giáo dục và Đào tạo số hóa học bạ học sinh trung học phổ thông.',
    'Sở Nội vụ hoàn thành số hóa hồ sơ cán bộ, công chức cấp xã.',
    'Sở Tài chính công khai dữ liệu ngân sách trên cổng dữ liệu mở của tỉnh.',
  ];
  const owners = ['SYT', 'SGDDT', 'SNV', 'STC'];
  for (const [i, text] of texts.entries())
    await app.api('conclusions.create', {
      meetingId: meeting.id,
      text,
      agencyId: agencies.some((a) => a.code === owners[i]) ? byCode(owners[i]!) : null,
      // The first is already past its due date: late on the meeting list.
      dueDate: addDays(today, i === 0 ? -3 : 30 * i),
    });
  const first = (await app.api('meetings.get', { id: meeting.id })).conclusions[0]!;
  await app.api('conclusions.toTask', { conclusionId: first.id, planId });
  // A task already holds the code the fourth conclusion would get: refused until changed.
  await app.api('tasks.create', { planId, code: `KL${number}.4`, title: 'Nhiệm vụ đã có mã này' });

  const ui = new MeetingsPage(page);
  await ui.openMeeting(app, meeting.id);
  await ui.selectConclusions('all');
  await ui.batchDialog.getByTestId('batch-plan').selectOption(planId);
  await expect(ui.batchVerdict(1)).toHaveText(`Bỏ qua: Đã giao thành nhiệm vụ KL${number}.1.`);
  await expect(ui.batchVerdict(2)).toHaveText(`Sẽ tạo nhiệm vụ KL${number}.2`);
  await expect(ui.batchVerdict(4)).toContainText(`Không tạo được: Mã KL${number}.4 đã có trong kế hoạch`);
  await expect(ui.batchDialog.getByTestId('conclusions-to-tasks-submit')).toBeDisabled();

  await ui.editBatchRow(4, { code: `KL${number}.4b` });
  await ui.editBatchRow(3, { agency: byCode('SKHCN') });
  await expect(ui.batchVerdict(4)).toHaveText(`Sẽ tạo nhiệm vụ KL${number}.4b`);
  await expect(ui.batchDialog.getByTestId('batch-summary')).toHaveText(
    'Xem trước: sẽ tạo 3 nhiệm vụ; bỏ qua 1 kết luận đã có nhiệm vụ; 0 kết luận không tạo được.',
  );
  await expectNoA11yViolations(page, 'conclusions to tasks dialog');
  await screenshot(page, 'conclusions-to-tasks-preview');
  await ui.createBatch();

  await expect(page.getByRole('status')).toContainText('Đã tạo 3 nhiệm vụ từ kết luận');
  for (const [seq, code] of [
    [2, `KL${number}.2`],
    [3, `KL${number}.3`],
    [4, `KL${number}.4b`],
  ] as const)
    await expect(ui.row(seq).getByTestId('conclusion-task-link')).toHaveText(code);
  const linked = (await app.api('meetings.get', { id: meeting.id })).conclusions;
  const third = await app.api('tasks.get', { id: linked[2]!.task!.id });
  expect(third).toMatchObject({ leadAgencyId: byCode('SKHCN'), conclusionId: linked[2]!.id });
  const changes = await app.api('changes.list', { entity: 'task', entityId: third.id });
  expect(changes[0]?.label).toBe(
    `Tạo 3 nhiệm vụ từ kết luận phiên họp số ${number}/${meeting.heldOn.slice(0, 4)}`,
  );

  // One "Hoàn tác" takes all three back; the first conclusion keeps the task it had before.
  await page.getByTestId('status-action').click();
  await expect(ui.row(2)).toContainText('Chưa giao nhiệm vụ');
  await expect(ui.row(3)).toContainText('Chưa giao nhiệm vụ');
  await expect(ui.row(4)).toContainText('Chưa giao nhiệm vụ');
  await expect(ui.row(1).getByTestId('conclusion-task-link')).toHaveText(`KL${number}.1`);
});

test('the meeting list shows each meeting’s conclusions done, on time and late, each a link to them', async ({
  page,
  app,
}) => {
  const { today } = await app.api('app.info', {});
  const plans = await app.api('plans.list', {});
  const planId = plans.find((p) => !p.archivedAt)!.id;
  const number = Math.max(...(await app.api('meetings.list', {})).map((m) => m.number)) + 1;
  const meeting = await app.api('meetings.create', { number, heldOn: addDays(today, -40) });
  for (const [text, due] of [
    ['Hoàn thành cổng dữ liệu mở.', addDays(today, -10)],
    ['Triển khai chữ ký số cho cán bộ cấp xã.', addDays(today, 20)],
    ['Số hóa hồ sơ đất đai.', addDays(today, -5)],
  ] as const)
    await app.api('conclusions.create', { meetingId: meeting.id, text, dueDate: due });
  const [done] = (await app.api('meetings.get', { id: meeting.id })).conclusions;
  const task = await app.api('conclusions.toTask', { conclusionId: done!.id, planId });
  await app.api('tasks.quickUpdate', {
    id: task.id,
    state: 'hoan_thanh',
    progress: 100,
    completedOn: addDays(today, -12),
  });

  const ui = new MeetingsPage(page);
  await ui.open(app);
  const progress = ui.meetingProgress(number);
  await expect(progress.getByTestId('meeting-progress-done')).toHaveText('1 đã hoàn thành');
  await expect(progress.getByTestId('meeting-progress-on_time')).toHaveText('1 trong hạn');
  await expect(progress.getByTestId('meeting-progress-late')).toHaveText('1 quá hạn');
  await expect(progress.getByTestId('meeting-progress-late')).toHaveAccessibleName(
    `1 quá hạn: xem các kết luận này của phiên họp thứ ${number}`,
  );
  await expectNoA11yViolations(page, 'meeting list with progress');
  await screenshot(page, 'meetings-list-progress');

  await progress.getByTestId('meeting-progress-late').click();
  await expect(page.getByTestId('conclusion-filter')).toContainText('Đang xem 1 kết luận quá hạn.');
  await expect(ui.row(3)).toBeVisible();
  await expect(ui.row(1)).toBeHidden();
  await expect(ui.row(2)).toBeHidden();
  await page.getByRole('button', { name: 'Xem tất cả kết luận' }).click();
  await expect(ui.row(1)).toBeVisible();
  await expect(ui.row(2)).toBeVisible();
});
