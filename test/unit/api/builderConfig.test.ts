// The packaged desktop app has its Electron fuses flipped (issue 9 item 17): electron-builder.yml says
// so, with option names electron-builder knows (an unknown name would be refused or ignored). The whole
// file passes electron-builder's own validation of its configuration (issue 10 item 4), and it takes
// the icons and the Electron builds of the native modules from where the scripts put them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const builder = createRequire(require.resolve('electron-builder'));
/** A function exported by a package (checked to be one; its signature is the package's documented one). */
const fn = <F>() => z.custom<F>((value) => typeof value === 'function');

/** The `electronFuses:` block of the YAML file: `  name: true|false` lines under it, nothing else. */
function fusesBlock(yaml: string): Record<string, boolean> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l === 'electronFuses:');
  expect(start, 'electron-builder.yml has a top-level electronFuses: block').toBeGreaterThanOrEqual(0);
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const m = /^ {2}([A-Za-z]+): (true|false)$/.exec(line);
    expect(m, `"${line}" is a "name: true|false" line`).not.toBeNull();
    fuses[m![1]!] = m![2] === 'true';
  }
  return fuses;
}

describe('electron-builder.yml', () => {
  const fuses = () => fusesBlock(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

  it('flips the fuses of the Electron checklist', () => {
    expect(fuses()).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses only fuse names electron-builder knows', () => {
    // electron-builder's own JSON schema of its configuration (FuseOptionsV1).
    const schema = z
      .object({
        definitions: z.object({ FuseOptionsV1: z.object({ properties: z.record(z.string(), z.unknown()) }) }),
      })
      .parse(JSON.parse(readFileSync(builder.resolve('app-builder-lib/scheme.json'), 'utf8')));
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(fuses())) expect(known).toContain(name);
  });

  const config = () => {
    const yaml = z.object({ load: fn<(text: string) => unknown>() }).parse(builder('js-yaml'));
    return z
      .record(z.string(), z.unknown())
      .parse(yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')));
  };

  it("passes electron-builder's own validation of its configuration, which refuses an unknown option", async () => {
    const { validateConfiguration } = z
      .object({ validateConfiguration: fn<(config: unknown, log: object) => Promise<void>>() })
      .parse(builder('app-builder-lib/out/util/config/config'));
    const quiet = { isEnabled: false, add() {} };
    await expect(validateConfiguration(config(), quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config(), nsis: { oneClik: false } }, quiet)).rejects.toThrow(
      'does not match the API schema',
    );
  });

  it('packs the icons made from resources/icon.svg, for each platform', () => {
    const c = z
      .object({
        directories: z.object({ buildResources: z.literal('resources') }),
        win: z.object({ icon: z.string() }),
        mac: z.object({ icon: z.string() }),
        linux: z.object({ icon: z.string() }),
      })
      .parse(config());
    expect([c.win.icon, c.mac.icon, c.linux.icon]).toEqual([
      'resources/icon.ico',
      'resources/icon.icns',
      'resources/icon.png',
    ]);
    for (const icon of [c.win.icon, c.mac.icon, c.linux.icon])
      expect(existsSync(path.join(ROOT, icon))).toBe(true);
  });

  it('packs the Electron builds of the native modules, unpacked from app.asar, and not the Node builds', async () => {
    const c = z
      .object({
        files: z.array(
          z.union([z.string(), z.object({ from: z.string(), to: z.string(), filter: z.array(z.string()) })]),
        ),
        asarUnpack: z.array(z.string()),
        npmRebuild: z.literal(false),
      })
      .parse(config());
    // scripts/electron-native.mjs --package stages them here; the same module list is built.
    const native = (await import(path.join(ROOT, 'scripts', 'electron-native.mjs'))) as {
      NATIVE_MODULES: Record<string, string>;
      PACKAGE_DIR: string;
    };
    const fileSet = c.files.find((f) => typeof f === 'object');
    expect(fileSet).toEqual({
      from: path.relative(ROOT, native.PACKAGE_DIR).split(path.sep).join('/'),
      to: 'node_modules',
      filter: Object.entries(native.NATIVE_MODULES).map(([name, file]) => `${name}/${file}`),
    });
    for (const name of Object.keys(native.NATIVE_MODULES))
      expect(c.files).toContain(`!**/node_modules/${name}/build/**`);
    expect(c.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'dist/main/workbook-worker.cjs']));
  });
});
