// The desktop icons (issue 10 item 4): one committed source, resources/icon.svg; the Windows .ico,
// macOS .icns and Linux .png that electron-builder packs are exactly what scripts/make-icons.mjs
// renders from it, and each holds the sizes its platform asks for.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const resource = (name: string) => readFileSync(path.join(ROOT, 'resources', name));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).equals(PNG), 'a PNG image').toBe(true);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the app icons', () => {
  it('are what scripts/make-icons.mjs renders from resources/icon.svg', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('Linux: a 512 x 512 PNG', () => {
    expect(pngSize(resource('icon.png'))).toEqual([512, 512]);
  });

  it('Windows: an .ico with every size from 16 to 256 pixels, each a PNG', () => {
    const ico = resource('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const [w, h] = pngSize(ico.subarray(offset, offset + length));
      expect(w).toBe(ico.readUInt8(entry) || 256);
      expect(h).toBe(w);
      sizes.push(w);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('macOS: an .icns with 16 to 1024 pixels, retina sizes included, each a PNG', () => {
    const icns = resource('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length;) {
      const length = icns.readUInt32BE(at + 4);
      found[icns.toString('ascii', at, at + 4)] = pngSize(icns.subarray(at + 8, at + length))[0];
      at += length;
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });
});
