// One writer per data file, within one process too: a second writer is refused at once with who holds
// the file; closing the first lets the next in; a reader may open beside the writer; a restore through
// the running host keeps the lock from close to reopen.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHost } from '../../../main/app';
import { backupDatabase } from '../../../main/db/backup';
import { acquireWriteLock, heldMessage } from '../../../main/db/lock';
import { openDatabase } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';
import { memorySecretStore } from '../../../main/secrets/store';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('the write lock', () => {
  it('refuses a second writer naming the holder, and lets the next one in once the first closes', async () => {
    const file = path.join(tempDir(), 'tiendo.db');
    const first = await openDatabase({ file, program: 'TienDo (chế độ trình duyệt)' });
    const refused = openDatabase({ file });
    await expect(refused).rejects.toThrow(
      new RegExp(
        `đang được TienDo \\(chế độ trình duyệt\\) mở để ghi \\(tiến trình ${process.pid} trên máy ${os.hostname()}, từ \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\)\\. Hãy đóng cửa sổ đó rồi thử lại\\.`,
      ),
    );
    await expect(
      AppHost.open({ secrets: memorySecretStore(), dbFile: file, mode: 'browser', version: 'test' }),
    ).rejects.toMatchObject({
      code: 'CSDL_DANG_MO',
    });
    first.close();
    const second = await openDatabase({ file });
    second.close();
  });

  it('lets a reader open beside the writer', async () => {
    const file = path.join(tempDir(), 'tiendo.db');
    const writer = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      mode: 'browser',
      version: 'test',
      create: true,
    });
    cleanups.push(() => writer.close());
    const reader = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      mode: 'browser',
      version: 'test',
      access: 'read',
    });
    cleanups.push(() => reader.close());
    expect(reader.ctx.db.readonly).toBe(true);
  });

  it('stays held across a restore through the running host', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'tiendo.db');
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      mode: 'browser',
      version: 'test',
      create: true,
    });
    cleanups.push(() => host.close());
    const saved = await backupDatabase(
      host.ctx.db,
      path.join(dir, 'backups'),
      'thu-cong',
      new Date('2025-03-01T01:00:00Z'),
    );
    await host.restore(saved.name);
    expect(() => acquireWriteLock(file, 'lệnh tiendo restore')).toThrow(/mở để ghi/);
    host.close();
    acquireWriteLock(file, 'lệnh tiendo restore').release();
  });

  it('says to wait for a command, and to close a window', () => {
    const owner = { pid: 42, host: 'may-so-1', startedAt: '2026-12-01T02:30:00.000Z' };
    expect(heldMessage('/d/tiendo.db', { ...owner, program: 'lệnh tiendo report' })).toMatch(
      /Hãy đợi lệnh đó chạy xong/,
    );
    expect(heldMessage('/d/tiendo.db', { ...owner, program: 'TienDo' })).toMatch(
      /Hãy đóng cửa sổ đó rồi thử lại\.$/,
    );
    expect(heldMessage('/d/tiendo.db', null)).toMatch(/một chương trình TienDo khác/);
  });
});

describe('a lock file that cannot be created', () => {
  it('opens read-only with a notice where the app may fall back (Windows reports ACL-protected folders as writable)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'tiendo.db');
    (await openDatabase({ file })).close();
    // A folder where the lock file should be: creating the lock fails as in a folder that refuses writes.
    rmSync(`${file}.lock`);
    mkdirSync(`${file}.lock`);
    await expect(
      AppHost.open({ secrets: memorySecretStore(), dbFile: file, mode: 'browser', version: 'test' }),
    ).rejects.toMatchObject({
      code: 'KHONG_TAO_DUOC_KHOA',
    });
    const host = await AppHost.open({
      secrets: memorySecretStore(),
      dbFile: file,
      mode: 'browser',
      version: 'test',
      readOnlyFallback: true,
    });
    cleanups.push(() => host.close());
    expect(host.readOnly).toMatch(/chỉ đọc.*không tạo được tệp khóa/s);
    expect(host.ctx.db.readonly).toBe(true);
  });
});
