// Bundles the Node side (Electron main, preload, the backend process, browser-mode server, CLI) with esbuild.
// Dependencies stay external: they are installed in node_modules and packaged by electron-builder,
// and better-sqlite3 is a native module that cannot be bundled.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// name -> source: the worker thread that packs and signs workbooks is bundled beside the main process.
const sources = {
  index: 'main/index.ts',
  preload: 'main/preload.ts',
  web: 'main/web.ts',
  cli: 'main/cli.ts',
  // The backend's own process: Electron's utilityProcess, browser mode's --backend-process, tests.
  backend: 'main/backend/child.ts',
  'workbook-worker': 'main/excel/worker/entry.ts',
  // The reader of spreadsheets someone sent (imports), in a worker thread with time and heap limits.
  'sheet-reader': 'main/excel/lists/readerEntry.ts',
  // The token worker (PKCS#11): pkcs11js is a native module, so it stays external like better-sqlite3.
  'pkcs11-worker': 'main/signing/pkcs11/worker.ts',
};
const entries = Object.keys(sources).filter((name) => existsSync(path.join(root, sources[name])));

await Promise.all(
  entries.map((name) =>
    build({
      entryPoints: [path.join(root, sources[name])],
      outfile: path.join(root, 'dist', 'main', `${name}.cjs`),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      // The preload runs sandboxed: it may only require 'electron', so everything else is inlined. The
      // workers are self-contained too: a worker thread may start from outside app.asar
      // (asarUnpack), where node_modules cannot be resolved.
      packages: ['preload', 'workbook-worker', 'sheet-reader'].includes(name) ? undefined : 'external',
      external: ['electron'],
      define: { __TIENDO_VERSION__: JSON.stringify(version) },
      logLevel: 'warning',
    }),
  ),
);
console.log(`built main: ${entries.join(', ') || '(nothing yet)'}`);
