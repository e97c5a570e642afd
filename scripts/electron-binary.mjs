// Where the Electron binary is, found the way the electron package finds it (path.txt, dist/,
// ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: `require('electron')` starts a download
// when the binary is missing, which on a machine without network hangs instead of saying what to do.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline/promises';

const require = createRequire(import.meta.url);

export const electronDir = path.dirname(require.resolve('electron/package.json'));
export const electronVersion = JSON.parse(
  readFileSync(path.join(electronDir, 'package.json'), 'utf8'),
).version;

/** The executable, or null when it has not been downloaded (or ELECTRON_OVERRIDE_DIST_PATH has none). */
export function electronBinaryPath(env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const file = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    : executable && path.join(electronDir, 'dist', executable);
  return file && existsSync(file) ? file : null;
}

/** What `npm start` says when there is no binary: the exact command, that it needs the network once, and browser mode. */
export function missingElectronMessage() {
  return [
    `Chưa có chương trình Electron ${electronVersion} trên máy này (npm install không tải nó), nên chưa mở được cửa sổ TienDo.`,
    '',
    'Để tải Electron (khoảng 100 MB, chỉ cần mạng một lần), chạy trong thư mục này:',
    '',
    '    npx --no install-electron',
    '',
    'rồi chạy lại "npm start".',
    '',
    'Chưa tải được (không có mạng, hoặc máy chặn tải chương trình)? Dùng chế độ trình duyệt: cùng giao diện, cùng dữ liệu, không cần Electron:',
    '',
    '    npm run start:web',
    '',
  ].join('\n');
}

/**
 * On a terminal, `npm start` also offers to open browser mode at once: true when the person answers
 * "c" (có) or "y". Anything else, or Enter alone, keeps the default: stop, so they can fetch Electron.
 */
export async function askForBrowserMode({ input = process.stdin, output = process.stderr } = {}) {
  const rl = readline.createInterface({ input, output });
  try {
    const answer = await rl.question('Mở chế độ trình duyệt ngay bây giờ? [c/K] ');
    return /^\s*(c|có|co|y|yes)\s*$/i.test(answer);
  } finally {
    rl.close();
  }
}
