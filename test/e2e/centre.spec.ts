// The centre's path: an empty file becomes the receiving body's from the first-run screen; three
// provinces' signed reports and a tampered one are dropped at once (the tampered refused with the
// reason); each signer is trusted only after its fingerprint is typed as read over the phone; the table
// of provinces shows who sent, on time, verdict, signer; the consolidated workbook has one row per
// province. Screenshots of each screen, axe clean.
import ExcelJS from 'exceljs';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { makeCentreFiles, type CentreFiles } from './centreSetup';
import { expectNoA11yViolations, screenshot } from './helpers';
import { CentreReceivingPage } from './pages/centre';

const OUT = path.resolve(__dirname, '..', '..', 'test-results', 'centre');
let files: CentreFiles;

test.describe('the centre receives, trusts and consolidates', () => {
  test.describe.configure({ timeout: 240_000 });
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    files = await makeCentreFiles();
  });
  test.afterAll(() => rmSync(files.dir, { recursive: true, force: true }));

  test('drop the provinces’ reports, trust after comparing, see the table, export the workbook', async ({
    page,
    app,
  }) => {
    const ui = new CentreReceivingPage(page);
    await page.goto(app.url);
    await ui.createCentreFile('Bộ Khoa học và Công nghệ');
    expect((await app.api('centre.info', {})).name).toBe('Bộ Khoa học và Công nghệ');
    await expectNoA11yViolations(page, 'centre, empty');
    await screenshot(page, 'centre-empty');

    await ui.receiveFiles([...files.reports.map((r) => r.file), files.tampered]);
    await expect(page.getByTestId('centre-receive-status')).toHaveText(
      'Đã nhận 3 tệp, 0 tệp đã có, từ chối 1 tệp.',
    );
    const tampered = ui.outcome('bao-cao-gia-lai-da-sua.xlsx');
    await expect(tampered).toHaveAttribute('data-status', 'refused');
    await expect(tampered).toContainText('Từ chối');
    for (const r of files.reports) {
      const row = ui.outcome(path.basename(r.file));
      await expect(row).toHaveAttribute('data-status', 'received');
      await expect(row).toContainText(r.province);
      await expect(row).toContainText('Quý IV/2025');
    }
    // The table moved to the period the reports are for; nobody is confirmed yet.
    await expect(page.getByTestId('centre-period')).toHaveValue('2025-Q4');
    for (const r of files.reports)
      await expect(ui.row(r.province)).toHaveAttribute('data-state', 'unconfirmed');
    await expect(ui.row('Thành phố Hà Nội')).toHaveAttribute('data-state', 'missing');
    await expectNoA11yViolations(page, 'centre, received');
    await screenshot(page, 'centre-received');
    await page.getByTestId('centre-sent-only').check();
    await ui.table.scrollIntoViewIfNeeded();
    await screenshot(page, 'centre-received-table');
    await page.getByTestId('centre-sent-only').uncheck();

    // A wrong group is named before anything is added.
    const [first, ...rest] = files.reports;
    await ui
      .row(first!.province)
      .getByRole('button', { name: `Tin cậy người ký này: ${first!.province}` })
      .click();
    const typedWrong = first!.fingerprint.replace(
      /^(\S{4} )(\S)/,
      (_m, a: string, c: string) => `${a}${c === '0' ? '1' : '0'}`,
    );
    await ui.compare.getByTestId('trust-typed').fill(typedWrong);
    await expect(ui.compare).toContainText('Nhóm 2 khác');
    await expect(ui.compare.getByTestId('trust-confirm')).toBeDisabled();
    await ui.compare.getByTestId('trust-typed').fill(first!.fingerprint.slice(0, 24));
    await expectNoA11yViolations(page, 'centre, fingerprint comparison');
    await screenshot(page, 'centre-trust-compare');
    await ui.compare.getByRole('button', { name: 'Hủy' }).click();

    await ui.trustSignerAfterComparing(first!.province, first!.fingerprint, 'UBND tỉnh Lâm Đồng');
    await expect(ui.row(first!.province)).toHaveAttribute('data-state', 'received');
    // Typed as people type it: lower case, without spaces.
    await ui.trustSignerAfterComparing(
      rest[0]!.province,
      rest[0]!.fingerprint.replace(/ /g, '').toLowerCase(),
      'UBND tỉnh Khánh Hòa',
    );
    await ui.trustSignerAfterComparing(rest[1]!.province, rest[1]!.fingerprint, 'UBND tỉnh Gia Lai');
    for (const r of files.reports) {
      const row = ui.row(r.province);
      await expect(row).toHaveAttribute('data-state', 'received');
      await expect(row).toContainText(r.signer);
    }

    // A deadline tomorrow: all three on time.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const two = (n: number) => String(n).padStart(2, '0');
    await ui.setDeadline(
      `${two(tomorrow.getDate())}/${two(tomorrow.getMonth() + 1)}/${tomorrow.getFullYear()}`,
    );
    await expect(ui.row(first!.province)).toContainText('Đúng hạn');
    await expect(ui.counts).toContainText('3/34 tỉnh, thành phố đã gửi');
    await expect(ui.counts).toContainText('31 chưa gửi · 0 gửi muộn');
    await expectNoA11yViolations(page, 'centre, table');
    await screenshot(page, 'centre-table');
    await page.getByTestId('centre-sent-only').check();
    await expect(ui.table.locator('tbody tr')).toHaveCount(3);
    await ui.table.scrollIntoViewIfNeeded();
    await screenshot(page, 'centre-table-rows');

    mkdirSync(OUT, { recursive: true });
    const saved = await ui.exportConsolidated(path.join(OUT, 'tong-hop-2025-Q4.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const summary = wb.getWorksheet('Tổng hợp');
    expect(summary).toBeDefined();
    const text: string[] = [];
    summary!.eachRow((row) => text.push(row.values?.toString() ?? ''));
    for (const r of files.reports) expect(text.join('\n')).toContain(r.province.replace(/^Tỉnh /, ''));

    // The trust list of the centre lists the three, fingerprints in groups of four.
    await page.getByRole('link', { name: 'Danh sách tin cậy' }).click();
    const signers = page.getByTestId('trust-signers');
    await expect(signers.locator('tbody tr')).toHaveCount(3);
    await expect(signers).toContainText('UBND tỉnh Khánh Hòa');
    await expectNoA11yViolations(page, 'centre, trust list');
    await screenshot(page, 'centre-trust-list');
  });
});
