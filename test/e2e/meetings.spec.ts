// Phiên họp: a secretary records a meeting and its conclusions, turns two into tasks, one of them is
// completed, and the next meeting's briefing shows it under "đã hoàn thành từ phiên trước"; the briefing
// prints on A4 and exports to a workbook that reads back; the notice of conclusions is edited and kept.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../shared/dates';
import { formatDate } from '../../shared/format/vi';
import { test, expect, type AppFixture } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { MeetingsPage } from './pages/meetings';

test.use({ demo: true });

async function setup(app: AppFixture) {
  const info = await app.api('app.info', {});
  const agencies = await app.api('agencies.list', {});
  const byCode = (code: string) => agencies.find((a) => a.code === code)!.id;
  return { today: info.today, skhcn: byCode('SKHCN'), snv: byCode('SNV'), syt: byCode('SYT') };
}

test('records a meeting, turns conclusions into tasks, and the next briefing shows the completed one', async ({
  page,
  app,
}) => {
  const { today, skhcn, snv, syt } = await setup(app);
  const held = addDays(today, -20);
  const ui = new MeetingsPage(page);
  await ui.open(app);
  await expect(ui.list).toBeVisible();
  await screenshot(page, 'meetings-list');
  await expectNoA11yViolations(page, 'meetings list');

  // The form says what is wrong next to the field, and saves once corrected.
  await page.getByTestId('meeting-add').click();
  await expect(ui.form).toBeVisible();
  await expect(ui.field(ui.form, 'Phiên họp thứ')).toHaveValue('4');
  await ui.field(ui.form, 'Ngày họp').fill('31/02/2026');
  await ui.form.getByRole('button', { name: 'Lưu' }).click();
  await expect(ui.fieldError(ui.form, 'Ngày họp')).toContainText('Ngày không hợp lệ');
  await expect(ui.field(ui.form, 'Ngày họp')).toHaveAttribute('aria-invalid', 'true');
  await ui.field(ui.form, 'Phiên họp thứ').fill('0');
  await ui.form.getByRole('button', { name: 'Lưu' }).click();
  await expect(ui.fieldError(ui.form, 'Phiên họp thứ')).toContainText('Từ 1 trở lên');
  await screenshot(page, 'meetings-form-errors');
  await ui.field(ui.form, 'Phiên họp thứ').fill('4');
  await ui.field(ui.form, 'Ngày họp').fill(formatDate(held));
  await ui.field(ui.form, 'Tiêu đề').fill('Phiên họp đôn đốc cuối năm');
  await ui.field(ui.form, 'Chủ trì').fill('Đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo');
  await ui.field(ui.form, 'Hình thức').selectOption('ket_hop');
  await ui.field(ui.form, 'Số thông báo kết luận').fill('150/TB-BCĐ');
  await ui.form.getByRole('button', { name: 'Lưu' }).click();
  await expect(ui.form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phiên họp thứ 4');

  await ui.addConclusion(
    'Sở Khoa học và Công nghệ hoàn thành Trung tâm giám sát điều hành thông minh.',
    skhcn,
    formatDate(addDays(today, 10)),
  );
  await ui.addConclusion(
    'Sở Nội vụ hoàn thành số hóa hồ sơ cán bộ cấp xã.',
    snv,
    formatDate(addDays(today, 30)),
  );
  await ui.addConclusion(
    'Sở Y tế triển khai bệnh án điện tử tại bệnh viện tỉnh.',
    syt,
    formatDate(addDays(today, 60)),
  );
  await expect(ui.row(3)).toContainText('Chưa giao nhiệm vụ');

  await ui.toTask(1);
  await ui.toTask(2);
  await expect(ui.row(1).getByTestId('conclusion-task-link')).toHaveText('KL4.1');
  await expect(ui.row(2).getByTestId('conclusion-task-link')).toHaveText('KL4.2');
  await expect(ui.row(1).getByTestId('conclusion-task-link')).toHaveAttribute('href', /#\/tasks\?.*q=KL4\.1/);

  // The link is kept both ways: the task knows its conclusion, and the conclusion its task.
  const meetingId = new URL(page.url()).hash.match(/id=([0-9a-f-]+)/)![1]!;
  const meeting = await app.api('meetings.get', { id: meetingId });
  const task1 = meeting.conclusions[0]!.task!;
  const task = await app.api('tasks.get', { id: task1.id });
  expect(task.source).toMatchObject({ meetingId, meetingNumber: 4 });

  // The task is completed (as an agency's report would be entered), and the row shows its live state.
  await app.api('tasks.quickUpdate', {
    id: task1.id,
    state: 'hoan_thanh',
    progress: 100,
    completedOn: addDays(today, -5),
    result: 'Đã đưa vào vận hành.',
  });
  await page.reload();
  await expect(ui.row(1)).toContainText('Hoàn thành đúng hạn');
  await expect(ui.row(1)).toContainText('100%');
  await screenshot(page, 'meetings-conclusions');
  await expectNoA11yViolations(page, 'meeting conclusions');

  // The next meeting: its briefing counts from this one.
  const next = await app.api('meetings.create', {
    number: 5,
    heldOn: today,
    title: 'Phiên họp tháng',
    chair: 'Đồng chí Trưởng Ban',
  });
  await ui.openMeeting(app, next.id, 'briefing');
  const completed = ui.briefingSection('briefing-completed');
  await expect(completed.getByRole('heading')).toContainText('Nhiệm vụ đã hoàn thành từ phiên trước');
  await expect(completed).toContainText('KL4.1');
  await expect(ui.briefing).toContainText(`kể từ phiên họp thứ 4 ngày ${formatDate(held)}`);
  const earlier = ui.briefingSection('briefing-earlier-conclusions');
  await expect(earlier).toContainText('Sở Y tế triển khai bệnh án điện tử');
  await expect(earlier).toContainText('Chưa giao nhiệm vụ');
  await screenshot(page, 'meetings-briefing');
  await expectNoA11yViolations(page, 'meeting briefing');

  // Print preview: no navigation, no buttons, the document only.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('briefing-export')).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Tài liệu phiên họp' })).toBeHidden();
  await screenshot(page, 'meetings-briefing-print');
  await page.emulateMedia({ media: 'screen' });

  // Export through the report pipeline, download, and read the workbook back.
  await page.getByTestId('briefing-export').click();
  await expect(ui.exportDialog).toBeVisible();
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText('tai-lieu-phien-hop-5-');
  await screenshot(page, 'meetings-briefing-export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const file = path.join(app.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Tổng hợp',
    'I. Từ phiên trước',
    // Part I is one table a sheet, so each table repeats its own header when printed.
    'I.2. Mới quá hạn',
    'I.3. Số liệu mới',
    'II. Quá hạn',
    'III. Sắp đến hạn',
    'IV. Chỉ tiêu',
    'V. Kết luận',
    'VI. Cơ quan',
  ]);
  const changes = wb.getWorksheet('I. Từ phiên trước')!;
  expect(changes.getCell('A1').value).toBe('I. KẾT QUẢ TỪ PHIÊN HỌP TRƯỚC');
  const codes: unknown[] = [];
  changes.eachRow((row) => codes.push(row.getCell(2).value));
  expect(codes).toContain('KL4.1');
  const submissions = await app.api('submissions.list', {});
  expect(submissions.find((s) => s.fileName === download.suggestedFilename())).toMatchObject({
    kind: 'tai_lieu_phien_hop',
    meetingId: next.id,
  });
});

test('drafts the notice of conclusions by agency, keeps the secretary’s edits and exports it', async ({
  page,
  app,
}) => {
  const { today, skhcn } = await setup(app);
  const m = await app.api('meetings.create', {
    number: 4,
    heldOn: addDays(today, -3),
    chair: 'Đồng chí Trưởng Ban',
    noticeNumber: '150/TB-BCĐ',
  });
  await app.api('conclusions.create', {
    meetingId: m.id,
    text: 'Sở Khoa học và Công nghệ tổng hợp báo cáo năm',
    agencyId: skhcn,
    dueDate: addDays(today, 20),
  });
  const ui = new MeetingsPage(page);
  await ui.openMeeting(app, m.id, 'notice');
  const body = ui.notice.getByLabel('Nội dung thông báo');
  await expect(body).toHaveValue(
    /1\. Sở Khoa học và Công nghệ\na\) Sở Khoa học và Công nghệ tổng hợp báo cáo năm \(thời hạn: /,
  );
  await expect(ui.notice).toContainText('Chưa lưu');
  await body.fill(`${await body.inputValue()}\n\nGhi chú của thư ký.`);
  await ui.notice.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await page.getByTestId('notice-save').click();
  await expect(ui.notice).toContainText('Lưu lần cuối');
  await page.reload();
  await expect(ui.notice.getByLabel('Nội dung thông báo')).toHaveValue(/Ghi chú của thư ký\.$/);
  await expect(ui.notice.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await screenshot(page, 'meetings-notice');
  await expectNoA11yViolations(page, 'notice of conclusions');

  await page.getByTestId('notice-export').click();
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText('thong-bao-ket-luan-phien-hop-4-');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const file = path.join(app.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Thông báo')!;
  expect(ws.getCell('A4').value).toBe('Số: 150/TB-BCĐ');
  expect(ws.getCell('A6').value).toBe('THÔNG BÁO');
});
