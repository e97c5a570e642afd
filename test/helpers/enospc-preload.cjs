// Preloaded into a child process (node -r) to simulate a full disk without mounting anything: once
// TIENDO_TEST_ENOSPC_AFTER bytes have been written to files under TIENDO_TEST_ENOSPC_DIR, every further
// write there fails with ENOSPC, exactly as Node reports a full disk.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.TIENDO_TEST_ENOSPC_DIR ? path.resolve(process.env.TIENDO_TEST_ENOSPC_DIR) : null;
const limit = Number(process.env.TIENDO_TEST_ENOSPC_AFTER ?? 0);
const watched = new Set();
let written = 0;

const openSync = fs.openSync;
fs.openSync = function patchedOpenSync(file, ...rest) {
  const fd = openSync.call(fs, file, ...rest);
  if (dir && typeof file === 'string' && path.resolve(file).startsWith(dir + path.sep)) watched.add(fd);
  return fd;
};
const closeSync = fs.closeSync;
fs.closeSync = function patchedCloseSync(fd) {
  watched.delete(fd);
  return closeSync.call(fs, fd);
};
const writeSync = fs.writeSync;
fs.writeSync = function patchedWriteSync(fd, buffer, ...rest) {
  if (watched.has(fd)) {
    const length = typeof buffer === 'string' ? Buffer.byteLength(buffer) : (rest[1] ?? buffer.byteLength);
    if (written + length > limit) {
      const room = Math.max(0, limit - written);
      if (room > 0 && typeof buffer !== 'string') {
        written += writeSync.call(fs, fd, buffer, rest[0] ?? 0, room, rest[2]);
      }
      const error = new Error(`ENOSPC: no space left on device, write`);
      error.code = 'ENOSPC';
      error.errno = -28;
      error.syscall = 'write';
      throw error;
    }
    written += length;
  }
  return writeSync.call(fs, fd, buffer, ...rest);
};
