// `npm start` without the Electron binary (our build machines never have it; a person's machine may
// not have fetched it yet): it says exactly how to get it, that this needs the network once, and
// offers browser mode (at a terminal it asks whether to open it now), and stops before building anything. ELECTRON_OVERRIDE_DIST_PATH at an empty
// folder makes the binary missing on any machine, so this test runs everywhere.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/store';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const electronVersion = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

describe('npm start without the Electron binary', () => {
  it('says how to get it and offers browser mode, and builds nothing', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start-electron.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempDir() },
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Chưa có chương trình Electron ${electronVersion}`);
    expect(r.stderr).toContain('\n    npx --no install-electron\n');
    expect(r.stderr).toContain('chỉ cần mạng một lần');
    expect(r.stderr).toContain('rồi chạy lại "npm start"');
    expect(r.stderr).toContain('\n    npm run start:web\n');
    expect(r.stderr).not.toContain('Hãy chạy "npm install"'); // the old advice, which does not fetch it
    expect(r.stdout).toBe(''); // stopped before the build
  });

  it('names the command the electron package provides for the download', () => {
    const pkg = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin['install-electron']).toBe('install.js');
  });
});

describe('the offer of browser mode at a terminal', () => {
  /** What askForBrowserMode returns for a typed line, and what it asked. */
  async function answer(line: string): Promise<{ yes: boolean; asked: string }> {
    const { askForBrowserMode } = await import('../../../scripts/electron-binary.mjs');
    const input = new PassThrough();
    const output = new PassThrough();
    let asked = '';
    output.on('data', (chunk: Buffer) => (asked += chunk.toString('utf8')));
    const pending = askForBrowserMode({ input, output });
    input.end(`${line}\n`);
    return { yes: await pending, asked };
  }

  it('asks in Vietnamese, with "no" as the default', async () => {
    const { yes, asked } = await answer('');
    expect(asked).toContain('Mở chế độ trình duyệt ngay bây giờ? [c/K]');
    expect(yes).toBe(false);
  });

  it('opens browser mode only on a yes', async () => {
    for (const line of ['c', 'C', 'có', ' y ', 'yes']) expect((await answer(line)).yes, line).toBe(true);
    for (const line of ['k', 'không', 'n', 'cc']) expect((await answer(line)).yes, line).toBe(false);
  });
});
