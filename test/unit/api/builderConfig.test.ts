// The packaged desktop app has its Electron fuses flipped (issue 9 item 17): electron-builder.yml says
// so, with option names electron-builder knows (an unknown name would be refused or ignored).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..', '..');

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
    const builder = createRequire(require.resolve('electron-builder'));
    const schema = z
      .object({
        definitions: z.object({ FuseOptionsV1: z.object({ properties: z.record(z.string(), z.unknown()) }) }),
      })
      .parse(JSON.parse(readFileSync(builder.resolve('app-builder-lib/scheme.json'), 'utf8')));
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(fuses())) expect(known).toContain(name);
  });
});
