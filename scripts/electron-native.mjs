// The one place native modules are built for Electron: better-sqlite3 and pkcs11js, compiled for
// Electron's ABI with @electron/rebuild into a cache folder,
//   .electron-native/<electron version>-<platform>-<arch>/node_modules/<module>/build/Release/*.node
// so node_modules keeps the Node builds that tests, the CLI and browser mode use. `npm start` loads
// them from there (scripts/start-electron.mjs); `npm run dist` runs this with --package, which also
// copies them to .electron-native/package/, where electron-builder.yml takes them into the installer.
// A cached build is reused while Electron and the modules keep their versions. Building needs the
// network once (a prebuilt binary, or Electron's headers to compile against).
import { rebuild } from '@electron/rebuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_MODULES = {
  'better-sqlite3': 'build/Release/better_sqlite3.node',
  pkcs11js: 'build/Release/pkcs11.node',
};

const versionOf = (name) =>
  JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The cache folder of this Electron version, platform and architecture, and what it must hold. */
export function nativeCache(arch = process.arch, platform = process.platform) {
  const dir = path.join(root, '.electron-native', `${electronVersion}-${platform}-${arch}`);
  const stamp = {
    electron: electronVersion,
    platform,
    arch,
    modules: Object.fromEntries(Object.keys(NATIVE_MODULES).map((name) => [name, versionOf(name)])),
  };
  const binary = (name) => path.join(dir, 'node_modules', name, NATIVE_MODULES[name]);
  return { dir, stamp, binary, modulesDir: path.join(dir, 'node_modules') };
}

function isCurrent(cache) {
  try {
    const stamp = readFileSync(path.join(cache.dir, 'stamp.json'), 'utf8');
    return (
      stamp === JSON.stringify(cache.stamp) &&
      Object.keys(NATIVE_MODULES).every((n) => existsSync(cache.binary(n)))
    );
  } catch {
    return false;
  }
}

/** Builds (or reuses) the Electron builds of the native modules; returns the cache. */
export async function prepareElectronNative({ arch = process.arch, log = console.log } = {}) {
  const cache = nativeCache(arch);
  if (isCurrent(cache)) return cache;
  log(`Dựng better-sqlite3 và pkcs11js cho Electron ${electronVersion} (${process.platform}-${arch})…`);
  rmSync(cache.dir, { recursive: true, force: true });
  mkdirSync(cache.modulesDir, { recursive: true });
  for (const name of Object.keys(NATIVE_MODULES)) {
    cpSync(path.join(root, 'node_modules', name), path.join(cache.modulesDir, name), {
      recursive: true,
      filter: (src) => !src.split(path.sep).includes('build'), // the Node build stays behind
    });
  }
  // @electron/rebuild walks the dependencies of a package: this folder is one, of just these two.
  writeFileSync(
    path.join(cache.dir, 'package.json'),
    JSON.stringify(
      { name: 'tiendo-electron-native', private: true, dependencies: cache.stamp.modules },
      null,
      2,
    ),
  );
  try {
    await rebuild({
      buildPath: cache.dir,
      electronVersion,
      arch,
      onlyModules: Object.keys(NATIVE_MODULES),
      force: true,
      mode: 'sequential',
    });
  } catch (error) {
    rmSync(cache.dir, { recursive: true, force: true });
    throw new Error(
      `Không dựng được các mô-đun gốc cho Electron ${electronVersion}: ${error instanceof Error ? error.message : String(error)}. Việc này cần mạng một lần (tải bản dựng sẵn hoặc tệp tiêu đề của Electron) và, khi phải biên dịch, trình biên dịch C++ (Windows: Visual Studio Build Tools; macOS: Xcode Command Line Tools; Linux: build-essential, python3).`,
    );
  }
  const missing = Object.keys(NATIVE_MODULES).filter((n) => !existsSync(cache.binary(n)));
  if (missing.length)
    throw new Error(`@electron/rebuild không tạo ra: ${missing.map(cache.binary).join(', ')}`);
  writeFileSync(path.join(cache.dir, 'stamp.json'), JSON.stringify(cache.stamp));
  return cache;
}

/** For electron-builder: the Electron builds, where electron-builder.yml's `files` takes them from. */
export const PACKAGE_DIR = path.join(root, '.electron-native', 'package', 'node_modules');

function stageForPackage(cache) {
  rmSync(path.dirname(PACKAGE_DIR), { recursive: true, force: true });
  for (const [name, file] of Object.entries(NATIVE_MODULES)) {
    const target = path.join(PACKAGE_DIR, name, file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(cache.binary(name), target);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const cache = await prepareElectronNative();
    if (process.argv.includes('--package')) stageForPackage(cache);
    console.log(`native modules for Electron ${electronVersion}: ${cache.modulesDir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
