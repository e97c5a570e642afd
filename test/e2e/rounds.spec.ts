// A collection round end to end in the window, on the demo province: create the round, download every
// agency's form, two agencies fill theirs (here exceljs, as a spreadsheet program would) while TienDo
// changes one of the rows after issue, drop both forms at once, read the preview, keep the agency's value
// in the conflict, apply (one change set per form), undo one form, and see the dashboard's line.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { RoundsPage } from './pages/rounds';
import { download } from './pages/sheets';
import { fillForm } from '../unit/rounds/fill';

test.use({ demo: true });

/** The codes of the tasks a form lists as in progress (the rows an agency would update). */
async function tasksInProgress(form: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(form).buffer);
  const ws = wb.getWorksheet('Nhiệm vụ');
  const codes: string[] = [];
  for (let r = 5; ws && r <= ws.rowCount; r++)
    if (ws.getCell(r, 7).text === 'Đang thực hiện' && ws.getCell(r, 2).text)
      codes.push(ws.getCell(r, 2).text);
  return codes;
}

test('a round: forms out, two returned forms in with a conflict, apply, undo, the dashboard line', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const today = (await app.api('app.info', {})).today;
  const year = Number(today.slice(0, 4));
  const [plan] = await app.api('plans.list', {});
  const ui = new RoundsPage(page);
  await page.goto(app.url);
  await ui.openFromNav();
  await expectNoA11yViolations(page, 'rounds, none yet');
  await screenshot(page, 'rounds-empty');

  // Create the round: the form proposes the current quarter; the deadline is typed as an office writes it.
  await page.getByTestId('round-add').click();
  await expect(page.getByTestId('round-create')).toBeVisible();
  await expect(page.getByTestId('round-period')).toHaveValue(`${year}-Q4`);
  await expectNoA11yViolations(page, 'create round');
  await screenshot(page, 'rounds-create');
  await page.getByTestId('round-create').getByRole('button', { name: 'Hủy' }).click();
  await ui.createRound({ due: `20/12/${year}` });
  const [round] = await app.api('rounds.list', { planId: plan!.id });
  expect(round).toMatchObject({ period: `${year}-Q4`, dueDate: `${year}-12-20` });
  const total = round!.counts.total;
  await expect(ui.line).toHaveText(`0/${total} cơ quan đã gửi số liệu Quý IV/${year}`);
  await expectNoA11yViolations(page, 'a new round');
  await screenshot(page, 'rounds-view');

  // Download the forms: one workbook per agency in a zip.
  const forms = await ui.downloadForms();
  expect(forms.size).toBe(total);
  const chosen: { name: string; bytes: Buffer; codes: string[] }[] = [];
  for (const [name, bytes] of forms) {
    const codes = await tasksInProgress(bytes);
    if (codes.length >= 1) chosen.push({ name, bytes, codes });
    if (chosen.length === 2) break;
  }
  expect(chosen).toHaveLength(2);
  const [first, second] = chosen as [(typeof chosen)[0], (typeof chosen)[0]];
  const byCode = async (code: string) => {
    const rows = (await app.api('tasks.list', { planId: plan!.id, q: code, limit: 20 })).rows;
    return rows.find((r) => r.code === code)!;
  };
  const a = await byCode(first.codes[0]!);
  const b = await byCode(second.codes[0]!);
  // TienDo changes task b after the forms went out: the second form's value for it is a conflict.
  const changedInTienDo = b.progress === 55 ? 56 : 55;
  await app.api('tasks.update', { id: b.id, patch: { progress: changedInTienDo } });
  const aProgress = a.progress === 90 ? 95 : 90;
  const bProgress = b.progress === 80 ? 85 : 80;
  const filledA = await fillForm(first.bytes, {
    tasks: { [a.code]: { F: aProgress, I: 'Đã triển khai tại các xã' } },
  });
  const filledB = await fillForm(second.bytes, { tasks: { [b.code]: { F: bProgress } } });
  const agencyOf = async (bytes: Buffer, fileName: string) =>
    (await app.api('forms.check', { files: [{ fileName, fileBase64: bytes.toString('base64') }] })).files[0]!
      .form!.agencyName;
  const agencyA = await agencyOf(filledA, first.name);
  const agencyB = await agencyOf(filledB, second.name);

  // Drop both returned forms at once: the preview per agency, old -> new, the conflict.
  await ui.dropReturnedForms([
    { name: first.name, bytes: filledA },
    { name: second.name, bytes: filledB },
  ]);
  await expect(ui.preview(agencyA)).toHaveAttribute('data-status', 'ready');
  await expect(
    ui.preview(agencyA).getByTestId('form-change').filter({ hasText: a.code }).first(),
  ).toContainText(`${a.progress}% → ${aProgress}%`);
  await expect(ui.conflicts).toHaveCount(1);
  await expect(ui.preview(agencyB).getByTestId('form-conflict')).toHaveCount(1);
  await expect(ui.conflicts.first()).toContainText(`TienDo: ${changedInTienDo}%`);
  await expect(ui.conflicts.first()).toContainText(`Phiếu: ${bProgress}%`);
  await ui.resolveConflict(b.code, 'form');
  await expectNoA11yViolations(page, 'returned forms preview');
  await ui.conflicts.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'rounds-preview-conflict');

  // Apply: one change set per form; both agencies count as received.
  await ui.apply();
  await expect(page.getByTestId('returned-result-file')).toHaveCount(2);
  expect((await app.api('tasks.get', { id: a.id })).progress).toBe(aProgress);
  expect((await app.api('tasks.get', { id: b.id })).progress).toBe(bProgress);
  await expect(ui.line).toHaveText(`2/${total} cơ quan đã gửi số liệu Quý IV/${year}`);
  await expect(page.getByTestId('round-agency').filter({ hasText: agencyA })).toHaveAttribute(
    'data-status',
    'da_nhan',
  );
  await page.getByTestId('returned-result').scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'round after import');
  await screenshot(page, 'rounds-applied');

  // Undo the first form's import: its values go back and the agency no longer counts as received.
  await ui.undoImport(agencyA);
  await expect(page.getByTestId('status-action')).toBeVisible();
  await expect(ui.line).toHaveText(`1/${total} cơ quan đã gửi số liệu Quý IV/${year}`);
  expect((await app.api('tasks.get', { id: a.id })).progress).toBe(a.progress);
  expect((await app.api('tasks.get', { id: b.id })).progress).toBe(bProgress);
  await page.getByTestId('round-agencies').scrollIntoViewIfNeeded();
  await screenshot(page, 'rounds-status');

  // Reminder drafts to those who have not answered: one .eml per agency with an address, the others named.
  const reminders = await download(page, page.getByTestId('round-reminders'));
  const drafts = Object.keys((await JSZip.loadAsync(reminders.bytes)).files);
  expect(drafts.length).toBeGreaterThan(0);
  expect(drafts.every((n) => n.endsWith('.eml'))).toBe(true);
  await expect(page.getByTestId('round-mail')).toContainText(`Đã tạo thư cho ${drafts.length} cơ quan.`);
  await expect(page.getByTestId('round-mail')).toContainText('Không tạo thư cho');
  await page.getByTestId('round-mail').scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'round with reminder drafts');
  await screenshot(page, 'rounds-reminders');

  // The dashboard's line links to the round.
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  const line = page.getByTestId('dashboard-round-line');
  await expect(line).toContainText(`1/${total} cơ quan đã gửi số liệu Quý IV/${year}`);
  await expect(line).toContainText(`hạn 20/12/${year}`);
  await expectNoA11yViolations(page, 'dashboard with the round line');
  await screenshot(page, 'dashboard-round-line');
  await line.getByRole('link').click();
  await expect(ui.view).toBeVisible();
  await expect(ui.line).toHaveText(`1/${total} cơ quan đã gửi số liệu Quý IV/${year}`);
});
