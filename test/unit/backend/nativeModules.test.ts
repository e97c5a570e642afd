// `npm start` points the backend at the Electron builds of the native modules (a cache folder laid
// out as node_modules): each is loaded from there and found by its package's own require. Here the
// "Electron build" is a copy of the Node build in a temporary folder (the real one cannot load in Node).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_BINARIES, useNativeBuilds } from '../../../main/backend/nativeModules';
import { tempDir } from '../../helpers/store';

describe('native modules for Electron in npm start', () => {
  it('loads each binary from the cache folder where its package will require it', () => {
    const load = createRequire(__filename);
    const cache = tempDir();
    for (const [name, file] of Object.entries(NATIVE_BINARIES)) {
      const target = path.join(cache, name, file);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(load.resolve(`${name}/${file}`), target);
    }
    expect(useNativeBuilds(cache, __filename)).toEqual(['better-sqlite3', 'pkcs11js']);
    for (const [name, file] of Object.entries(NATIVE_BINARIES))
      expect(load.cache[load.resolve(`${name}/${file}`)]?.filename).toBe(path.join(cache, name, file));
  });

  it('says which binary is missing', () => {
    expect(() => useNativeBuilds(tempDir(), __filename)).toThrow('better_sqlite3.node');
  });
});
