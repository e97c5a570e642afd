// `npm start`: build, make sure better-sqlite3 has a binary for Electron's ABI (kept apart from the
// Node build that tests and the CLI use), then open the Electron window.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return r.status === 0;
}

let electronBinary;
try {
  electronBinary = require('electron'); // the path of the downloaded binary
} catch (error) {
  console.error(
    'Không tìm thấy Electron. Hãy chạy "npm install" khi có mạng (Electron tải chương trình khi cài đặt).',
  );
  console.error(String(error));
  process.exit(1);
}
const electronVersion = require('electron/package.json').version;

if (!run('npm', ['run', 'build'], { cwd: root })) process.exit(1);

/** better_sqlite3.node built for this Electron version, cached under .electron-native/. */
function electronSqliteBinding() {
  const target = path.join(root, '.electron-native', electronVersion, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const work = path.join(root, '.electron-native', `build-${electronVersion}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pkg = path.join(work, 'better-sqlite3');
  cpSync(path.join(root, 'node_modules', 'better-sqlite3'), pkg, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  console.log(`Chuẩn bị better-sqlite3 cho Electron ${electronVersion}…`);
  const prebuilt = run(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
    ],
    { cwd: pkg },
  );
  if (!prebuilt) {
    const gyp = require.resolve('node-gyp/bin/node-gyp.js');
    const built = run(
      process.execPath,
      [
        gyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: pkg },
    );
    if (!built) {
      console.error('Không dựng được better-sqlite3 cho Electron.');
      process.exit(1);
    }
  }
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

const binding = electronSqliteBinding();
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TIENDO_NATIVE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
