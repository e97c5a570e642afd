// `npm start`: check that the Electron binary is there (and say exactly how to get it, or to use
// browser mode, when it is not), build, make sure the native modules have their Electron builds
// (scripts/electron-native.mjs, kept apart from the Node builds that tests and the CLI use), then
// open the Electron window.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath, missingElectronMessage } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const electron = electronBinaryPath();
if (!electron) {
  console.error(missingElectronMessage());
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(1);

const { prepareElectronNative } = await import('./electron-native.mjs');
let cache;
try {
  cache = await prepareElectronNative();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('\nTrong lúc chưa dựng được, vẫn dùng được chế độ trình duyệt:\n\n    npm run start:web\n');
  process.exit(1);
}

const child = spawn(electron, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    // better-sqlite3 takes its Electron build by path; pkcs11js's is in the same folder of modules.
    TIENDO_NATIVE_BINDING: cache.binary('better-sqlite3'),
    TIENDO_NATIVE_MODULES: cache.modulesDir,
  },
});
child.on('exit', (code) => process.exit(code ?? 0));
