// The backend in its own process (issue 10 item 1), driven as the desktop app's main process drives
// it (BackendConnection over a child process; the contract walk of test/unit/api/patches.test.ts runs
// the same way): it holds the write lock; a SIGKILL in the middle of a long bulk write leaves a sound
// file without any of that write, the caller gets a clear error, and the restarted backend answers the
// next call; secrets are sealed and kept by the parent, handed in at each start, and a change is
// acknowledged only once the parent kept it.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendConnection, BackendStartError } from '../../main/backend/connection';
import { nodeChildSpawner } from '../../main/backend/nodeChild';
import { fileSecretKeeper } from '../../main/backend/secrets';
import { acquireWriteLock, lockFileOf } from '../../main/db/lock';
import type { SecretCodec } from '../../main/secrets/store';
import type { RelayReply } from '../../shared/api/client';
import { startChildBackend, type ChildBackend } from '../helpers/childBackend';
import { tempDir } from '../helpers/store';

let backend: ChildBackend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function ok(reply: Promise<RelayReply>): Promise<unknown> {
  const { result } = await reply;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function lockOwnerPid(dbFile: string): number {
  const db = new Database(lockFileOf(dbFile), { readonly: true });
  try {
    return (db.prepare('SELECT pid FROM owner').get() as { pid: number }).pid;
  } finally {
    db.close();
  }
}

/** integrity_check and foreign_key_check of the file, on a connection of this test. */
function soundness(dbFile: string): { integrity: string; foreignKeys: unknown[] } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
    };
  } finally {
    db.close();
  }
}

function dueDates(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT due_date FROM task ORDER BY id').all() as { due_date: string | null }[]).map(
      (r) => String(r.due_date),
    );
  } finally {
    db.close();
  }
}

describe('the backend in a child process', () => {
  it('runs in its own process, which holds the write lock', async () => {
    backend = await startChildBackend();
    const pid = backend.connection.pid;
    expect(pid).toBe(backend.child().pid);
    expect(pid).not.toBe(process.pid);
    expect(lockOwnerPid(backend.dbFile)).toBe(pid);
    // Nobody else may write the file while it runs; the refusal names the backend's process.
    expect(() => acquireWriteLock(backend!.dbFile, 'kiểm thử')).toThrow(`tiến trình ${pid}`);
    const info = (await ok(backend.connection.call('app.info', {}))) as { mode: string; isEmpty: boolean };
    expect(info).toMatchObject({ mode: 'browser', isEmpty: true });
  });

  it('survives a SIGKILL in the middle of a long bulk write: sound file, none of it written, a clear error, and the next call works', async () => {
    backend = await startChildBackend();
    await backend.spawned.next(); // the first process
    await ok(backend.connection.call('app.createDemo', { year: 2025 }));
    const page = (await ok(
      backend.connection.call('tasks.list', { offset: 0, limit: 1000, at: '2025-11-20' }),
    )) as { rows: { id: string }[] };
    const ids = page.rows.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(50);
    const before = dueDates(backend.dbFile);
    const killed = backend.child();

    // Stop the backend inside the bulk write's transaction, 40 tasks in, and kill it there.
    const paused = backend.pauseMidWrite(40);
    const write = backend.connection.call('tasks.bulkUpdate', { ids, patch: { dueDate: '2030-12-31' } });
    await paused;
    killed.kill('SIGKILL');
    const { result, backend: generation } = await write;

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PHAN_XU_LY_DUNG');
    expect(result.error.message).toContain('dừng đột ngột');
    expect(result.error.message).toContain('chưa được báo là đã xong');
    expect(generation).toBe(1);
    expect(soundness(backend.dbFile)).toEqual({ integrity: 'ok', foreignKeys: [] });
    expect(dueDates(backend.dbFile)).toEqual(before); // none of the bulk write, not half of it

    // The connection restarted it: the next call is answered by a new process, which holds the lock.
    const next = await backend.connection.call('tasks.bulkUpdate', { ids, patch: { dueDate: '2030-12-31' } });
    expect(next.result).toMatchObject({ ok: true, value: { updated: ids.length } });
    expect(next.backend).toBe(2);
    const restarted = await backend.spawned.next();
    expect(restarted.pid).not.toBe(killed.pid);
    expect(lockOwnerPid(backend.dbFile)).toBe(restarted.pid);
    expect(new Set(dueDates(backend.dbFile))).toEqual(new Set(['2030-12-31']));
    expect(soundness(backend.dbFile)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('answers every call in flight when the backend dies; the next call is answered by the restarted one', async () => {
    backend = await startChildBackend();
    const first = await backend.spawned.next();
    const paused = backend.pauseMidWrite(1);
    const inFlight = [
      backend.connection.call('app.createDemo', { year: 2025 }), // stops inside its transaction
      backend.connection.call('app.info', {}), // waits behind it
    ].map((p) => p.then((r) => r.result));
    await paused;
    first.kill('SIGKILL');
    const answers = await Promise.all(inFlight);
    for (const a of answers) expect(a).toMatchObject({ ok: false, error: { code: 'PHAN_XU_LY_DUNG' } });
    const after = await backend.connection.call('app.info', {});
    expect(after.result).toMatchObject({ ok: true, value: { isEmpty: true } }); // the demo was not written
    expect(after.backend).toBe(2);
  });

  it('after more crashes than it restarts for, tries again when the next call comes', async () => {
    backend = await startChildBackend({ maxCrashes: 1 });
    const first = await backend.spawned.next();
    first.kill('SIGKILL');
    await new Promise<void>((resolve) => first.once('exit', () => resolve()));
    const reply = await backend.connection.call('app.info', {});
    expect(reply.result.ok).toBe(true);
    expect(reply.backend).toBe(2);
  });

  it('reports a first start that cannot open the data, and leaves no process behind', async () => {
    const dir = tempDir();
    const dbFile = `${dir}/tiendo.db`;
    const lock = acquireWriteLock(dbFile, 'TienDo khác');
    const children: number[] = [];
    try {
      const start = BackendConnection.start({
        spawn: nodeChildSpawner(require.resolve('../helpers/backendHarness.ts'), {
          execArgv: ['--import', 'tsx'],
          onSpawn: (child) => children.push(child.pid!),
        }),
        options: { dbFile, mode: 'browser', version: 'test', create: true },
        secrets: fileSecretKeeper(`${dir}/secrets.json`),
      });
      await expect(start).rejects.toBeInstanceOf(BackendStartError);
      await expect(start).rejects.toThrow('đang được TienDo khác mở để ghi');
    } finally {
      lock.release();
    }
    expect(children).toHaveLength(1);
    expect(() => process.kill(children[0]!, 0)).toThrow(); // ended
  });
});

/** Reversible but not readable, standing in for Electron's safeStorage (which needs the Electron binary). */
const sealed: SecretCodec = {
  scheme: 'safeStorage',
  seal: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)).toString('base64'),
  open: (value) => Buffer.from(Buffer.from(value, 'base64').map((b) => b ^ 0x5a)).toString('utf8'),
};

const smtp = {
  host: 'mail.lamdong.gov.vn',
  port: 587,
  secure: false,
  user: 'bcd',
  from: 'bcd@lamdong.gov.vn',
};

describe('secrets across the process split', () => {
  it('are sealed by the parent, handed to each new backend at start, and never reach the backend file store', async () => {
    backend = await startChildBackend({ keeper: (file) => fileSecretKeeper(file, [sealed]) });
    await ok(backend.connection.call('app.startEmpty', {}));
    const saved = (await ok(
      backend.connection.call('settings.update', { smtp: { ...smtp, password: 'mật khẩu thư' } }),
    )) as { smtp: { hasPassword: boolean } };
    expect(saved.smtp.hasPassword).toBe(true);
    // Acknowledged only once kept: the parent's file holds it now, sealed.
    const file = readFileSync(backend.secretsFile, 'utf8');
    expect(file).not.toContain('mật khẩu thư');
    expect(Object.values(JSON.parse(file).secrets)).toEqual([
      { scheme: 'safeStorage', value: sealed.seal('mật khẩu thư') },
    ]);
    // A restarted backend gets it from the parent at start.
    const first = backend.child();
    first.kill('SIGKILL');
    await new Promise<void>((resolve) => first.once('exit', () => resolve()));
    const after = (await ok(backend.connection.call('settings.get', {}))) as {
      smtp: { hasPassword: boolean };
    };
    expect(after.smtp.hasPassword).toBe(true);
    // A new password is sealed and kept the same way before the call is answered.
    await ok(backend.connection.call('settings.update', { smtp: { ...smtp, password: 'mật khẩu mới' } }));
    const values = Object.values(JSON.parse(readFileSync(backend.secretsFile, 'utf8')).secrets);
    expect(values).toContainEqual({ scheme: 'safeStorage', value: sealed.seal('mật khẩu mới') });
    expect(readFileSync(backend.secretsFile, 'utf8')).not.toContain('mật khẩu mới');
  });

  it('says so, instead of acknowledging, when the parent cannot keep a new password', async () => {
    backend = await startChildBackend({
      keeper: () => ({
        load: () => ({}),
        apply: () => {
          throw new Error('ENOSPC: no space left on device');
        },
      }),
    });
    await ok(backend.connection.call('app.startEmpty', {}));
    const { result } = await backend.connection.call('settings.update', {
      smtp: { ...smtp, password: 'mật khẩu thư' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'KHONG_CAT_DUOC_MAT_KHAU' } });
    if (result.ok) return;
    expect(result.error.message).toContain('ENOSPC');
    expect(result.error.message).toContain('nhập lại mật khẩu');
  });
});
