// The backend in its own process, as a person meets it (issue 10 item 1): browser mode with
// --backend-process runs the backend exactly as the desktop app does. Its process is killed; the next
// thing the page asks is answered by the restarted backend, and the page shows the recovery screen
// (what happened, that nothing saved was lost or half-written, one button to go on), which reloads the
// data and disappears.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoA11yViolations, screenshot } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'main', 'web.cjs');
const CLI = path.join(ROOT, 'dist', 'main', 'cli.cjs');

let dir: string;
let server: ChildProcess | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-recovery-'));
  const r = spawnSync(
    process.execPath,
    [CLI, 'demo', '--db', path.join(dir, 'tiendo.db'), '--year', '2025'],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`demo failed: ${r.stderr}`);
});
test.afterEach(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM'); // closes the backend process too
    await exited;
  }
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function start(): Promise<{ url: string; backendPid: number }> {
  const proc = spawn(process.execPath, [WEB, '--db', path.join(dir, 'tiendo.db'), '--backend-process'], {
    env: { ...process.env, TIENDO_SECRETS: path.join(dir, 'secrets.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /TIENDO_WEB_READY (\{.*\})/.exec(out);
      if (m?.[1]) resolve(JSON.parse(m[1]) as { url: string; backendPid: number });
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${out}\n${err}`)));
  });
}

test('after the backend process dies, the page shows the recovery screen and goes on with the restarted one', async ({
  page,
}) => {
  const { url, backendPid } = await start();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);

  process.kill(backendPid, 'SIGKILL');
  // The next request is answered by the restarted backend: the page learns that it was restarted.
  await page.getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
  const recovery = page.getByRole('dialog', { name: 'TienDo vừa gặp sự cố và đã tự khởi động lại' });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('dừng đột ngột và đã được khởi động lại');
  await expect(recovery).toContainText('không có thay đổi nào bị ghi dở dang');
  await expect(recovery).toContainText('có thể chưa được lưu');
  await screenshot(page, 'backend-recovery');
  await expectNoA11yViolations(page, 'backend-recovery');

  await recovery.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(recovery).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
