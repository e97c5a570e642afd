// `npm start`: check that the Electron binary is there (and say exactly how to get it, or offer
// browser mode, when it is not), build, make sure the native modules have their Electron builds
// (scripts/electron-native.mjs, kept apart from the Node builds that tests and the CLI use), then
// open the Electron window.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askForBrowserMode, electronBinaryPath, missingElectronMessage } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const shell = process.platform === 'win32';

/**
 * Runs a long-lived program in the foreground and ends with its exit code. Only npm needs a shell on
 * Windows (npm.cmd); Electron's path may hold spaces, so it is started directly.
 */
function runInForeground(command, commandArgs, { env = process.env, viaShell = false } = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, shell: viaShell && shell });
  child.on('exit', (code) => process.exit(code ?? 0));
}

const electron = electronBinaryPath();
if (!electron) {
  console.error(missingElectronMessage());
  // Someone at a terminal can take the offer at once (with the same arguments, --db included);
  // a script or a pipe gets the advice and exit code 1.
  if (process.stdin.isTTY && process.stderr.isTTY && (await askForBrowserMode())) {
    runInForeground('npm', ['run', 'start:web', '--', ...args], { viaShell: true });
  } else {
    process.exit(1);
  }
} else {
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell }).status !== 0)
    process.exit(1);
  const { prepareElectronNative } = await import('./electron-native.mjs');
  let cache;
  try {
    cache = await prepareElectronNative();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('\nTrong lúc chưa dựng được, vẫn dùng được chế độ trình duyệt:\n\n    npm run start:web\n');
    process.exit(1);
  }
  runInForeground(electron, [root, ...args], {
    env: {
      ...process.env,
      // better-sqlite3 takes its Electron build by path; pkcs11js's is in the same folder of modules.
      TIENDO_NATIVE_BINDING: cache.binary('better-sqlite3'),
      TIENDO_NATIVE_MODULES: cache.modulesDir,
    },
  });
}
