// A read-only file or folder (issue 9 item 10), as an ordinary user meets it: browser mode opens the file
// read-only and says so, writes are refused with a clear message, `tiendo backup` and `stats` work, write
// commands are refused with what to change. Permissions do not apply to root, so when the tests run as
// root the children run as nobody (setpriv); otherwise the files are chmod-ed. Also the messages for an
// unreadable, truncated, directory and newer-version file.
import Database from 'better-sqlite3';
import { chmodSync, chownSync, copyFileSync, mkdirSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, browserModeRefusal, built, isRoot, startBrowserMode, tiendo } from '../helpers/processes';
import { tempDir } from '../helpers/store';

const root = tempDir('tiendo-readonly-');
const demo = path.join(root, 'demo.db');

/**
 * A folder holding a copy of the demo file, writable or not by the user the child runs as (nobody when we
 * are root, ourselves otherwise).
 */
function place(name: string, access: { folder: boolean; file: boolean; readable?: boolean }): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  const file = path.join(folder, 'tiendo.db');
  copyFileSync(demo, file);
  const fileMode = access.readable === false ? 0o000 : access.file ? 0o666 : 0o444;
  chmodSync(file, fileMode);
  chmodSync(folder, access.folder ? 0o777 : 0o555);
  if (isRoot) {
    // Owned by root, nobody is held to the "other" bits set above.
    chownSync(file, 0, 0);
    chownSync(folder, 0, 0);
  }
  return file;
}

const asUser = { unprivileged: true };

describe.skipIf(!built)('read-only data', () => {
  let writable: string;
  beforeAll(() => {
    chmodSync(root, 0o755);
    expect(tiendo(['demo', '--db', demo, '--year', '2025']).code).toBe(0);
    chmodSync(demo, 0o644);
    writable = path.join(root, 'out');
    mkdirSync(writable);
    chmodSync(writable, 0o777);
  });
  afterAll(() => {
    // Let the temporary folders be removed.
    for (const name of ['folder', 'file', 'unreadable']) {
      try {
        chmodSync(path.join(root, name), 0o755);
      } catch {
        // not created
      }
    }
  });

  it('opens a file in a read-only folder read-only in browser mode, saying so; writes are refused', async () => {
    const file = place('folder', { folder: false, file: true });
    const server = await startBrowserMode(['--db', file], asUser);
    try {
      expect(server.out()).toContain('chỉ đọc');
      const info = await server.call('app.info');
      expect(info.ok).toBe(true);
      const value = info.value as { readOnly: string | null };
      expect(value.readOnly).toMatch(/chỉ đọc/);
      expect(value.readOnly).toContain(path.dirname(file));
      const write = await server.call('settings.update', { committeeShortName: 'X' });
      expect(write.ok).toBe(false);
      expect(write.error?.code).toBe('CHI_DOC');
      expect(write.error?.message).toMatch(/chỉ đọc.*quyền ghi/s);
      expect((await server.call('settings.get')).ok).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('backs up, prints stats, and refuses write commands with what to change', () => {
    const file = path.join(root, 'folder', 'tiendo.db');
    const out = path.join(writable, 'copy.db');
    const backup = tiendo(['backup', '--db', file, '--out', out], { ...asUser, timeoutMs: 20_000 });
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT COUNT(*) AS n FROM task').get() as { n: number }).n).toBeGreaterThan(60);
    copy.close();
    expect(tiendo(['stats', '--db', file, '--at', '2025-12-10'], { ...asUser, timeoutMs: 20_000 }).code).toBe(
      0,
    );
    for (const args of [
      ['restore', '--db', file, '--from', out],
      ['report', '--db', file, '--period', '2025-Q4', '--out', path.join(writable, 'r.xlsx')],
    ]) {
      const r = tiendo(args, { ...asUser, timeoutMs: 20_000 });
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toMatch(/chỉ đọc/);
      expect(r.err, args[0]).toMatch(/quyền ghi/);
    }
  });

  it('opens a read-only file in a writable folder read-only', async () => {
    const file = place('file', { folder: true, file: false });
    const server = await startBrowserMode(['--db', file], asUser);
    try {
      const value = (await server.call('app.info')).value as { readOnly: string | null };
      expect(value.readOnly).toMatch(/chỉ đọc/);
      expect((await server.call('settings.update', { committeeShortName: 'X' })).error?.code).toBe('CHI_DOC');
    } finally {
      await server.stop();
    }
  });

  it('says, in Vietnamese, what to do with an unreadable file', () => {
    const file = place('unreadable', { folder: true, file: true, readable: false });
    const r = tiendo(['stats', '--db', file], { ...asUser, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không có quyền đọc tệp dữ liệu/);
    expect(r.err).toMatch(/Hãy/);
    const web = browserModeRefusal(['--db', file], asUser);
    expect(web.code).toBe(1);
    expect(web.err).toMatch(/Không có quyền đọc tệp dữ liệu/);
  });

  it('says what to do with a folder, a truncated file and a file from a newer version', () => {
    const dir = path.join(root, 'kinds');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const folder = tiendo(['stats', '--db', dir]);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/là một thư mục/);

    const truncated = path.join(dir, 'truncated.db');
    copyFileSync(demo, truncated);
    truncateSync(truncated, Math.floor(statSync(demo).size / 2) + 100);
    const t = tiendo(['stats', '--db', truncated]);
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/bị hỏng hoặc không đầy đủ/);
    expect(t.err).toMatch(/Hãy khôi phục/);

    const newer = path.join(dir, 'newer.db');
    copyFileSync(demo, newer);
    const n = new Database(newer);
    n.pragma('user_version = 99');
    n.close();
    const v = tiendo(['stats', '--db', newer]);
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/phiên bản TienDo mới hơn/);
    expect(v.err).toMatch(/Hãy cập nhật TienDo/);
    void NOBODY;
  });
});
