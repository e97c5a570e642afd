// The banner for the data file's own state: a file in a read-only folder opens read-only and says what to
// change; a daily backup that could not be made shows as a warning. The backend runs as an ordinary user
// (nobody, when the tests run as root: permissions do not apply to root).
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoA11yViolations, screenshot } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'main', 'web.cjs');
const CLI = path.join(ROOT, 'dist', 'main', 'cli.cjs');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const asUser = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];

let dir: string;
let child: ChildProcess | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-banner-'));
  chmodSync(dir, 0o755);
  const demo = path.join(dir, 'demo.db');
  const r = spawnSync(process.execPath, [CLI, 'demo', '--db', demo, '--year', '2025'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`demo failed: ${r.stderr}`);
});
test.afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  spawnSync('chmod', ['-R', 'u+rwX', dir]);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts browser mode as the ordinary user and resolves with its address. */
function start(dbFile: string): Promise<string> {
  const argv = [...asUser, process.execPath, WEB, '--db', dbFile];
  const proc = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /TIENDO_WEB_READY (\{.*\})/.exec(out);
      if (m?.[1]) resolve((JSON.parse(m[1]) as { url: string }).url);
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${out}\n${err}`)));
  });
}

test('a file in a read-only folder opens read-only, with a banner saying what to change', async ({
  page,
}) => {
  const folder = path.join(dir, 'chi-doc');
  mkdirSync(folder);
  const file = path.join(folder, 'tiendo.db');
  copyFileSync(path.join(dir, 'demo.db'), file);
  chmodSync(file, 0o644);
  chmodSync(folder, 0o555);
  await page.goto(await start(file));
  const banner = page.getByRole('alert').filter({ hasText: 'Chế độ chỉ đọc' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('không cho phép ghi');
  await expect(banner).toContainText('hãy cấp quyền ghi');
  // The data reads as usual under the banner.
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  await screenshot(page, 'storage-banner-read-only');
  await expectNoA11yViolations(page, 'storage-banner-read-only');
});

test('a daily backup that could not be made is a warning, and the app opens', async ({ page }) => {
  const folder = path.join(dir, 'du-lieu');
  mkdirSync(folder);
  chmodSync(folder, 0o777);
  const file = path.join(folder, 'tiendo.db');
  copyFileSync(path.join(dir, 'demo.db'), file);
  chmodSync(file, 0o666);
  // The backups folder exists but refuses writes: the backup fails, the data itself is writable.
  mkdirSync(path.join(folder, 'backups'));
  chmodSync(path.join(folder, 'backups'), 0o555);
  await page.goto(await start(file));
  const banner = page.getByRole('alert').filter({ hasText: 'Cần chú ý' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Chưa sao lưu được dữ liệu hôm nay');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  await screenshot(page, 'storage-banner-warning');
  await expectNoA11yViolations(page, 'storage-banner-warning');
});
