// Word documents from the app: the notice's export dialog and the report's export offer "Word (.docx)"
// beside Excel; the file downloaded is a signed Word document that the verify screen accepts.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../shared/dates';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { MeetingsPage } from './pages/meetings';
import { ReportsPage } from './pages/reports';

test.use({ demo: true });

const PASSWORD = 'mat-khau-ky-so';
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

async function isWord(file: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file('[Content_Types].xml')!.async('string')).includes(DOCX_MAIN);
}

test('exports the notice of conclusions as a signed Word document', async ({ page, app }, testInfo) => {
  await app.api('signing.identity.create', { commonName: 'Trần Văn Bình', password: PASSWORD });
  const info = await app.api('app.info', {});
  const m = await app.api('meetings.create', {
    number: 4,
    heldOn: addDays(info.today, -3),
    chair: 'Đồng chí Trưởng Ban',
    noticeNumber: '150/TB-BCĐ',
  });
  const ui = new MeetingsPage(page);
  await ui.openMeeting(app, m.id, 'notice');
  await page.getByTestId('notice-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Định dạng tệp').selectOption('docx');
  await dialog.getByLabel('Mật khẩu chữ ký số').fill(PASSWORD);
  await screenshot(page, 'word-notice-export');
  await expectNoA11yViolations(page, 'notice export as Word');
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText(
    /thong-bao-ket-luan-phien-hop-4-.*-da-ky\.docx/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  expect(await isWord(file)).toBe(true);
  const verdict = await app.api('reports.verify', { fileBase64: readFileSync(file).toString('base64') });
  expect(verdict).toMatchObject({ intact: true, verdict: 'trusted' });
});

test('exports the report as a Word document from the report page', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  await reports.openTab('Xuất, ký số và gửi');
  await page.getByTestId('format-docx').check();
  await page.getByTestId('sign-none').check();
  await screenshot(page, 'word-report-export');
  await expectNoA11yViolations(page, 'report export as Word');
  const downloading = page.waitForEvent('download');
  await reports.startExport();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-chuyen-doi-so-.*\.docx$/);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  expect(await isWord(file)).toBe(true);
  const [latest] = await app.api('submissions.list', {});
  expect(latest?.fileName).toBe(download.suggestedFilename());
});
