// Starting a worker thread from its bundle (dist/main/NAME.cjs) or, when run from source (tests, tsx),
// from its TypeScript entry through tsx's require hook. One place for the rule, so every worker is
// found the same way in tests, in browser mode and in the packaged app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The path a worker's bundle is started from. Inside a packaged app `dir` lies in app.asar, which only
 * Electron's patched fs can read; a worker thread loads its script with Node's own loader, so the bundle
 * is unpacked beside the archive (electron-builder.yml, asarUnpack) and started from there.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

export function startWorker(
  dir: string,
  bundle: string,
  sourceEntry: string,
  options: WorkerOptions,
): Worker {
  const bundled = path.join(dir, bundle);
  if (existsSync(bundled)) return new Worker(unpackedPath(bundled), options);
  const entry = JSON.stringify(path.join(dir, sourceEntry));
  return new Worker(`require('tsx/cjs'); require(${entry});`, { ...options, eval: true });
}
