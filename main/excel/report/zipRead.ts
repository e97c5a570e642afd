// Reads one entry of a zip (an .xlsx) synchronously, from its central directory: enough to take the
// embedded report model out of a workbook without the async jszip API. Stored and deflated entries only
// (all an .xlsx uses); anything malformed returns null rather than throwing.
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Never inflate more than this: a report model is a few hundred kB; a zip bomb is not. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

function findEndOfCentralDirectory(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export function readZipEntry(zip: Buffer, name: string): Buffer | null {
  try {
    const eocd = findEndOfCentralDirectory(zip);
    if (eocd < 0) return null;
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(p) !== CENTRAL) return null;
      const method = zip.readUInt16LE(p + 10);
      const compressed = zip.readUInt32LE(p + 20);
      const size = zip.readUInt32LE(p + 24);
      const nameLength = zip.readUInt16LE(p + 28);
      const extraLength = zip.readUInt16LE(p + 30);
      const commentLength = zip.readUInt16LE(p + 32);
      const local = zip.readUInt32LE(p + 42);
      const entryName = zip.toString('utf8', p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (entryName !== name) continue;
      if (size > MAX_ENTRY_BYTES || zip.readUInt32LE(local) !== LOCAL) return null;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
      return null;
    }
    return null;
  } catch {
    return null;
  }
}
