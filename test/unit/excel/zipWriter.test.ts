// The zip writer of every package TienDo finishes and signs: what it writes, the strict reader
// (main/excel/signature/zip.ts) must read back part for part, and nothing the reader refuses.
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../main/excel/signature/zip';
import { writeZip } from '../../../main/excel/signature/zipWriter';

const AT = new Date(2025, 10, 20, 10, 30, 16);

describe('writeZip', () => {
  it('writes parts the reader gives back in order, with their bytes and dates, deflated', async () => {
    const xml = `<?xml version="1.0"?><a>${'Tiến độ chuyển đổi số '.repeat(500)}</a>`;
    const bytes = await writeZip([
      { name: '[Content_Types].xml', data: '<Types/>', modified: AT },
      { name: 'xl/worksheets/sheet1.xml', data: xml, modified: AT },
      { name: 'tiendo/empty.bin', data: Buffer.alloc(0), modified: AT },
    ]);
    const entries = await readZip(bytes);
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'tiendo/empty.bin',
    ]);
    expect(entries[1]!.data.toString('utf8')).toBe(xml);
    expect(entries[2]!.data.length).toBe(0);
    // DOS time has two-second steps; 10:30:16 is one of them.
    expect(entries.every((e) => e.modified.getTime() === AT.getTime())).toBe(true);
    // Deflated: the repeated text takes a small part of its size.
    expect(bytes.length).toBeLessThan(Buffer.byteLength(xml) / 10);
  });

  it('writes no data descriptor and no extra fields (sizes and CRC in each local header)', async () => {
    const bytes = await writeZip([{ name: 'a.xml', data: '<a/>', modified: AT }]);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    const flags = bytes.readUInt16LE(6);
    expect(flags & 0x0008).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0); // extra field length
    expect(bytes.readUInt32LE(18)).toBeGreaterThan(0); // compressed size known
  });

  it('refuses a part named twice or with a leading slash, writing nothing', async () => {
    await expect(
      writeZip([
        { name: 'a.xml', data: '<a/>', modified: AT },
        { name: 'A.XML', data: '<b/>', modified: AT },
      ]),
    ).rejects.toThrow(/hai phần cùng tên "A.XML"/);
    await expect(writeZip([{ name: '/a.xml', data: '<a/>', modified: AT }])).rejects.toThrow(
      /"\/a.xml" của gói tệp không hợp lệ/,
    );
  });
});
