// The one helper every kept file is written with: complete under its final name or not there at all,
// never overwriting unless asked, a full disk explained in Vietnamese, leftovers of dead writers removed.
import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTemporaryFiles, writeFileAtomic, type FileIo } from '../../../main/fsx/atomicWrite';
import { tempDir } from '../../helpers/store';

/** The node calls, with writes failing as a full disk does once `room` bytes are written. */
function fullDiskAfter(room: number): FileIo {
  let written = 0;
  return {
    openSync: (...args) => fs.openSync(...args),
    writeSync: (fd, data, offset, length) => {
      if (written + length > room) {
        const n = fs.writeSync(fd, data, offset, room - written);
        written += n;
        if (n < length)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return n;
      }
      written += length;
      return fs.writeSync(fd, data, offset, length);
    },
    fsyncSync: (fd) => fs.fsyncSync(fd),
    closeSync: (fd) => fs.closeSync(fd),
  };
}

describe('writeFileAtomic', () => {
  it('leaves nothing, under either name, when the disk fills up half-way', () => {
    const dir = tempDir();
    const target = path.join(dir, 'bao-cao.xlsx');
    expect(() =>
      writeFileAtomic(target, Buffer.alloc(64 * 1024, 1), { io: fullDiskAfter(12 * 1024) }),
    ).toThrow(/Ổ đĩa đầy: không ghi được tệp .*bao-cao\.xlsx.*giải phóng dung lượng/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an existing file unless told to overwrite, then replaces it whole', () => {
    const dir = tempDir();
    const target = path.join(dir, 'thu.eml');
    writeFileSync(target, 'old');
    expect(() => writeFileAtomic(target, 'new')).toThrow(/đã tồn tại/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    // A failed overwrite keeps the old file too.
    expect(() =>
      writeFileAtomic(target, 'x'.repeat(10_000), { overwrite: true, io: fullDiskAfter(100) }),
    ).toThrow(/Ổ đĩa đầy/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    writeFileAtomic(target, 'new', { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['thu.eml']);
  });

  it('says which folder is missing', () => {
    const target = path.join(tempDir(), 'no-such-folder', 'a.xlsx');
    expect(() => writeFileAtomic(target, 'x')).toThrow(/Thư mục .*no-such-folder.* không tồn tại/);
  });
});

describe('cleanTemporaryFiles', () => {
  it('removes what dead writers of this machine left, and nothing else', () => {
    const dir = tempDir();
    const host = os
      .hostname()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 24);
    // A process id that cannot be running: above Linux's pid_max and Windows' range.
    const dead = `tiendo.db.tiendo-tmp-${host}-4999999-0a1b2c3d`;
    const alive = `tiendo.db.tiendo-tmp-${host}-${process.pid}-0a1b2c3d`;
    const otherMachine = 'tiendo.db.tiendo-tmp-may-khac-4999999-0a1b2c3d';
    for (const name of [dead, `${dead}-wal`, alive, otherMachine, 'tiendo.db', 'ghi-chu.txt'])
      writeFileSync(path.join(dir, name), 'x');
    expect(cleanTemporaryFiles(dir).sort()).toEqual([dead, `${dead}-wal`].sort());
    for (const name of [alive, otherMachine, 'tiendo.db', 'ghi-chu.txt'])
      expect(existsSync(path.join(dir, name))).toBe(true);
    // Another machine's leftover goes once it is a day old (a shared folder).
    expect(cleanTemporaryFiles(dir, new Date(Date.now() + 2 * 24 * 3600 * 1000))).toContain(otherMachine);
  });
});
