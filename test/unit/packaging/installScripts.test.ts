// Which dependencies may run install scripts (issue 10 item 4): npm 11 reads `allowScripts` in
// package.json (advisory now, enforced from npm 12). Every package of the lock file that has an install
// script is decided, by name (a version pin would silently skip the native build after an update):
// allowed where the app needs its build (better-sqlite3 and pkcs11js compile their native module,
// esbuild installs its binary), refused where it does not (electron-winstaller serves Squirrel.Windows,
// and the installer is NSIS). Electron itself has no install script from version 45 on: its binary
// comes on first use or with `npx --no install-electron` (scripts/electron-binary.mjs says so).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = z
  .object({ author: z.object({ name: z.string().min(1) }), allowScripts: z.record(z.string(), z.boolean()) })
  .parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
const lock = z
  .object({ packages: z.record(z.string(), z.object({ hasInstallScript: z.boolean().optional() })) })
  .parse(JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')));

describe('install scripts', () => {
  it('decides every package of the lock file that has one, and names no other', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(Object.keys(pkg.allowScripts).sort()).toEqual([...new Set(withScripts)].sort());
  });

  it('lets the native modules and esbuild build, and nothing else', () => {
    expect(pkg.allowScripts).toEqual({
      'better-sqlite3': true,
      esbuild: true,
      pkcs11js: true,
      'electron-winstaller': false,
    });
  });

  it('names an author, as electron-builder requires of an installer', () => {
    expect(pkg.author.name).not.toBe('');
  });
});
