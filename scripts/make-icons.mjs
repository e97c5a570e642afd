// Renders the app's icons from their one source, resources/icon.svg, into what electron-builder
// needs: icon.png (Linux, 512 px), icon.ico (Windows: 16 to 256 px) and icon.icns (macOS: 16 to
// 1024 px). ICO and ICNS both hold PNG images, so the only tool needed is the SVG renderer
// (@resvg/resvg-js); the two containers are written here. `--check` writes nothing and fails when the
// committed icons are not exactly what the source gives (test/unit/packaging/icons.test.ts runs it).
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resources = path.join(root, 'resources');
const svg = readFileSync(path.join(resources, 'icon.svg'));

const cache = new Map();
/** The icon as a PNG of `size` x `size` pixels. */
function png(size) {
  if (!cache.has(size)) {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
    cache.set(size, Buffer.from(image.render().asPng()));
  }
  return cache.get(size);
}

/** ICO: a 6-byte header, one 16-byte entry per image (0 stands for 256), then the PNGs. */
function ico(sizes) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sizes.length, 4);
  const entries = [];
  const images = [];
  let offset = 6 + 16 * sizes.length;
  for (const size of sizes) {
    const data = png(size);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
    images.push(data);
  }
  return Buffer.concat([header, ...entries, ...images]);
}

/** ICNS: 'icns' and the total length, then per image a 4-character type, its length and the PNG. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic13', 256], // 128@2x
  ['ic14', 512], // 256@2x
];
function icns() {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = png(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const outputs = {
  'icon.png': png(512),
  'icon.ico': ico([16, 24, 32, 48, 64, 128, 256]),
  'icon.icns': icns(),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([name, bytes]) => {
    try {
      return !readFileSync(path.join(resources, name)).equals(bytes);
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(
      `Biểu tượng chưa khớp với resources/icon.svg: ${stale.map(([n]) => n).join(', ')}. Hãy chạy "npm run icons" rồi commit các tệp đó.`,
    );
    process.exit(1);
  }
  console.log('icons match resources/icon.svg');
} else {
  for (const [name, bytes] of Object.entries(outputs)) writeFileSync(path.join(resources, name), bytes);
  console.log(
    `wrote ${Object.keys(outputs)
      .map((n) => `resources/${n}`)
      .join(', ')}`,
  );
}
