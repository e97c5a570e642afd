// In `npm start`, native modules must be their Electron builds, which scripts/electron-native.mjs
// keeps in a cache folder (node_modules keeps the Node builds the tests and the CLI use). The start
// script names that folder in TIENDO_NATIVE_MODULES; before anything loads a native module, the
// backend process loads each Electron build from there and registers it under the path where its
// package looks for it, so `require('pkcs11js')` (and better-sqlite3) find the Electron build. The
// packaged app has the Electron builds in its node_modules and sets nothing.
import { createRequire } from 'node:module';
import path from 'node:path';

/** Each native module and where its package loads its binary from. */
export const NATIVE_BINARIES: Record<string, string> = {
  'better-sqlite3': 'build/Release/better_sqlite3.node',
  pkcs11js: 'build/Release/pkcs11.node',
};

/**
 * Loads the binaries found under `dir` (laid out as node_modules) in place of the ones in node_modules.
 * Returns the packages it redirected.
 */
export function useNativeBuilds(dir: string, from: string = __filename): string[] {
  const load = createRequire(from);
  const redirected: string[] = [];
  for (const [name, file] of Object.entries(NATIVE_BINARIES)) {
    let target: string;
    try {
      target = load.resolve(`${name}/${file}`); // where the package's own require() lands
    } catch {
      continue; // this package (or its Node build) is not installed: nothing to redirect
    }
    const build = path.join(dir, name, file);
    load(build); // loads the Electron build (throws, naming it, if it is missing or of another ABI)
    const loaded = load.cache[build];
    if (!loaded) continue;
    load.cache[target] = loaded;
    redirected.push(name);
  }
  return redirected;
}
