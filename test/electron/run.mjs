// Electron-only smoke test: opens the real window on a temporary database and checks the hardened
// bridge. Runs where the Electron binary is installed; on build machines without it, says it skipped.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Not require('electron'): with no binary it starts a download, which hangs on a machine without network.
const { electronBinaryPath } = await import('../../scripts/electron-binary.mjs');
const binary = electronBinaryPath();
if (!binary) {
  console.log(
    'electron smoke test skipped: no Electron binary is installed here (its download is not reachable from this machine).',
  );
  process.exit(0);
}

// The window's backend loads the Electron builds of the native modules, made by the same script as
// for `npm start` and `npm run dist` (node_modules keeps the Node builds the other tests use).
const { prepareElectronNative } = await import('../../scripts/electron-native.mjs');
const native = await prepareElectronNative();

const { _electron } = require('@playwright/test');
const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-electron-'));
let failed = 0;
let passed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passed++;
  else failed++;
};
const app = await _electron.launch({
  executablePath: binary,
  args: [root, '--db', path.join(dir, 'tiendo.db')],
  env: {
    ...process.env,
    TIENDO_NATIVE_BINDING: native.binary('better-sqlite3'),
    TIENDO_NATIVE_MODULES: native.modulesDir,
  },
});
try {
  const page = await app.firstWindow();
  await page.waitForSelector('nav');
  check((await page.title()).includes('TienDo'), 'the window opens the app');
  check(
    await page.evaluate(() => typeof window.tiendo?.invoke === 'function'),
    'the preload exposes only the API bridge',
  );
  check(
    await page.evaluate(() => typeof window.tiendo?.pickFolder === 'function'),
    'the preload exposes the folder dialog (a backup to another folder)',
  );
  check(
    await page.evaluate(
      () => typeof globalThis.require === 'undefined' && typeof globalThis.process === 'undefined',
    ),
    'no Node in the page',
  );
  const info = await page.evaluate(() => window.tiendo.invoke('app.info', {}));
  check(
    info.backend === 1 && info.result.ok && info.result.value.mode === 'electron',
    'the backend answers over IPC, relayed by the main process',
  );
  const pids = await app.evaluate(({ app: electronApp }) =>
    electronApp
      .getAppMetrics()
      .filter((m) => m.type === 'Utility')
      .map((m) => m.pid),
  );
  check(pids.length >= 1, 'the backend runs in a utility process');
  check(
    page.url().startsWith('app://tiendo/index.html'),
    'the page is served from app://tiendo, not file://',
  );
  const outside = await page.evaluate(() =>
    fetch('app://tiendo/..%2Fmain%2Findex.cjs').then(
      (r) => r.status,
      () => 0,
    ),
  );
  check(outside === 404, 'app:// serves nothing outside the renderer folder');
  check(
    await page.evaluate(() => Boolean(document.querySelector('meta[http-equiv="Content-Security-Policy"]'))),
    'the page carries its Content-Security-Policy meta tag',
  );
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
