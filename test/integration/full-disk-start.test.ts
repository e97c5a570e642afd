// A full disk at start, on a real full file system: browser mode on a data file in a tmpfs just big enough
// for the data and not for its daily backup. It opens, says the disk is full, and lists no half-written
// backup. A tmpfs needs a mount: this runs only as root with `unshare` (a private mount namespace, nothing
// mounted for anyone else); elsewhere test/unit/db/full-disk-start.test.ts covers the same path with an
// injected writer that fails as SQLite does on a full disk.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, isRoot, startBrowserMode, tiendo } from '../helpers/processes';
import { tempDir } from '../helpers/store';

const canMount =
  isRoot &&
  spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k none /mnt 2>/dev/null || exit 1'], {
    stdio: 'ignore',
  }).status === 0;
if (!canMount)
  console.warn(
    'full-disk-start (real tmpfs) skipped: needs root and unshare; the injected-writer test in test/unit/db/full-disk-start.test.ts covers this path',
  );

describe.skipIf(!built || !canMount)('a full disk at start (tmpfs)', () => {
  it('opens with a warning that the disk is full, and lists no broken backup', async () => {
    const dir = tempDir('tiendo-full-start-');
    const src = path.join(dir, 'demo.db');
    expect(tiendo(['demo', '--db', src, '--year', '2025']).code).toBe(0);
    const mnt = path.join(dir, 'mnt');
    mkdirSync(mnt);
    // Room for the data, its lock and shared-memory files, not for a second copy of it.
    const sizeKb = Math.ceil(statSync(src).size / 1024) + 256;
    const script = `mount -t tmpfs -o size=${sizeKb}k none "$1" && cp "$2" "$1/tiendo.db" && exec "$3" "$4" --db "$1/tiendo.db"`;
    const server = await startBrowserMode([], {
      argv: ['unshare', '-m', 'sh', '-c', script, 'sh', mnt, src, process.execPath],
    });
    try {
      const info = await server.call('app.info');
      const value = info.value as { warnings: string[]; readOnly: string | null };
      expect(value.readOnly).toBeNull();
      expect(value.warnings.join(' ')).toMatch(/Ổ đĩa đầy/);
      expect((await server.call('backups.list')).value).toEqual([]);
      expect((await server.call('dashboard.get', { planId: null, at: '2025-12-10' })).ok).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
