// The province's side of issue 13 in the app: sign the quarterly report with a USB token (SoftHSM2 as
// the stand-in: the module's path typed, the slot and certificate chosen, the PIN typed and not kept);
// the centre receives it and writes a signed receipt (CLI); the province imports the .eml reply and the
// submission shows the acknowledgement, confirmed once the centre's certificate is on the trust list
// (added in Cài đặt after comparing its fingerprint).
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSigningIdentity, groupFingerprint } from '../../main/excel/signature';
import { makeIdentity } from '../helpers/pki';
import {
  initSoftToken,
  provisionKey,
  SOFTHSM_MODULE,
  softhsmAvailable,
  USER_PIN,
} from '../helpers/softToken';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { ReportsPage } from './pages/reports';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'main', 'cli.cjs');
const PW = 'mật khẩu trung ương';
let dir: string;

function cli(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '', ...env },
  });
  if (r.status !== 0) throw new Error(`tiendo ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

test.use({ demo: true });
test.skip(!softhsmAvailable && !process.env.CI, 'SoftHSM2 is not installed (apt-get install softhsm2)');

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-token-'));
  initSoftToken(dir); // SOFTHSM2_CONF for this process and the browser-mode backend it starts
  const ca = makeIdentity({ subject: { cn: 'CA thử nghiệm', o: 'Ban Cơ yếu Chính phủ (thử)' }, ca: true });
  provisionKey(ca, { cn: 'Nguyễn Văn An', o: 'UBND tỉnh Lâm Đồng' }, { label: 'Nguyễn Văn An', id: '01' });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('sign with the token, then see the centre’s acknowledgement come back', async ({ page, app }) => {
  test.setTimeout(180_000);
  const reports = new ReportsPage(page);
  await page.goto(app.url);
  await reports.openFromNav();
  await reports.openTab('Xuất, ký số và gửi');
  await reports.chooseToken(SOFTHSM_MODULE, 'Nguyễn Văn An');
  await page.getByTestId('sign-password').fill(USER_PIN);
  await expectNoA11yViolations(page, 'reports, token chosen');
  await screenshot(page, 'reports-export-token');
  const download = await reports.exportSignedWithToken(USER_PIN);
  await expect(page.getByTestId('export-signer')).toContainText('Nguyễn Văn An');
  // The PIN went with the call and is not kept in the form.
  await expect(page.getByTestId('sign-password')).toHaveValue('');
  const report = path.join(dir, 'bao-cao.xlsx');
  await download.saveAs(report);
  const sha256 = (await page.getByTestId('export-sha256').textContent())!.trim();

  // The centre receives it and replies with a signed receipt.
  const centreDb = path.join(dir, 'trung-uong.db');
  const centre = createSigningIdentity({
    commonName: 'Văn thư Bộ',
    organization: 'Bộ Khoa học và Công nghệ',
    locality: 'Hà Nội',
    password: PW,
    now: new Date(),
  });
  writeFileSync(path.join(dir, 'bo.p12'), centre.p12);
  writeFileSync(path.join(dir, 'bo.pem'), centre.certificatePem);
  cli(['centre', 'init', '--db', centreDb, '--name', 'Bộ Khoa học và Công nghệ']);
  cli(['centre', 'receive', '--db', centreDb, report]);
  const eml = path.join(dir, 'bien-nhan.eml');
  cli(
    [
      'centre',
      'receipt',
      '--db',
      centreDb,
      '--file',
      sha256,
      '--out',
      path.join(dir, 'bien-nhan.xlsx'),
      '--eml',
      eml,
      '--p12',
      path.join(dir, 'bo.p12'),
      '--password-env',
      'PW',
    ],
    { PW },
  );

  // Before the centre's signer is trusted: the receipt is there, its signer not confirmed.
  const ack = page.getByTestId('history-row').first().getByTestId('history-ack');
  await expect(ack).toHaveAttribute('data-ack', 'none');
  await reports.importReceipts([eml]);
  await expect(ack).toHaveAttribute('data-ack', 'unconfirmed');

  // Cài đặt › Danh sách tin cậy: add the centre's certificate after comparing its fingerprint.
  await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt', exact: true }).click();
  const trust = page.getByTestId('trust-panel');
  await trust.getByTestId('trust-add-file').setInputFiles(path.join(dir, 'bo.pem'));
  const compare = page.getByTestId('trust-compare');
  await expect(compare).toBeVisible();
  await compare
    .getByTestId('trust-typed')
    .fill(groupFingerprint(new X509Certificate(centre.certificatePem).fingerprint256));
  await compare.getByLabel('Tên cơ quan của người ký').fill('Bộ Khoa học và Công nghệ');
  await expectNoA11yViolations(page, 'settings, trust a certificate');
  await screenshot(page, 'settings-trust-compare');
  await compare.getByTestId('trust-confirm').click();
  await expect(compare).toBeHidden();
  await expect(trust.getByTestId('trust-signers')).toContainText('Bộ Khoa học và Công nghệ');
  await trust.scrollIntoViewIfNeeded();
  await expectNoA11yViolations(page, 'settings, trust list');
  await screenshot(page, 'settings-trust-list');

  await reports.openFromNav();
  await reports.openTab('Xuất, ký số và gửi');
  await expect(ack).toHaveAttribute('data-ack', 'confirmed');
  await expect(ack).toContainText('Đã được xác nhận ngày');
  await ack.scrollIntoViewIfNeeded();
  await screenshot(page, 'reports-acknowledged');
});
