// Issue 14, safety nets: exporting (and signing) a report of a period that has not ended asks first,
// focused on "Hủy"; "Hủy" records nothing; confirming exports a report marked provisional.
import { formatDate } from '../../shared/format/vi';
import { quarterOf } from '../../shared/rules/periods';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { ReportsPage } from './pages/reports';

test.use({ demo: true });

test('a running period asks before export, Hủy records nothing, confirming exports it', async ({
  page,
  app,
}) => {
  const { today } = await app.api('app.info', {});
  // The quarter that holds today has not ended, whatever today is.
  const running = quarterOf(today);
  await page.goto(app.url);
  const reports = new ReportsPage(page);
  await reports.openFromNav();
  await reports.choosePeriod(running.year, `Quý ${['I', 'II', 'III', 'IV'][running.quarter! - 1]}`);
  await reports.openTab('Xuất, ký số và gửi');
  await page.getByTestId('sign-none').check();
  const start = page.getByTestId('export-start');
  await expect(start).toHaveAttribute('data-provisional', '1');

  await start.click();
  const dialog = reports.provisionalConfirm;
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Kỳ ${running.label} chưa kết thúc (đến ${formatDate(running.to)}). Số liệu là tạm tính đến ngày ${formatDate(today)}`,
  );
  await expect(dialog.getByTestId('confirm-cancel')).toBeFocused();
  await expect(dialog.getByTestId('confirm-cancel')).toHaveText('Hủy');
  await expectNoA11yViolations(page, 'unfinished period confirmation');
  await screenshot(page, 'provisional-confirm');
  await page.keyboard.press('Enter'); // on "Hủy"
  await expect(dialog).toBeHidden();
  expect(await app.api('submissions.list', {})).toEqual([]);

  const downloading = page.waitForEvent('download');
  await reports.startExport();
  await downloading;
  await expect(reports.exportResult).toBeVisible({ timeout: 30_000 });
  expect(await app.api('submissions.list', {})).toHaveLength(1);
});
