// Only one process writes a data file at a time (issue 9 item 7), run as a person would: browser mode
// (dist/main/web.cjs) holds the file; a second server and a CLI restore are refused with who holds it,
// the server's acknowledged writes survive; read-only commands run beside it; a killed holder's lock is
// taken over. Also item 5 end to end: a malformed URL does not stop the server process.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserModeRefusal, built, startBrowserMode, tiendo, type BrowserMode } from '../helpers/processes';
import { tempDir } from '../helpers/store';

const marker = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT value FROM setting WHERE key = 'committeeShortName'").get() as
        { value: string } | undefined
    )?.value;
  } finally {
    db.close();
  }
};

describe.skipIf(!built)('one writer per data file', () => {
  const dir = tempDir('tiendo-one-writer-');
  const db = path.join(dir, 'tiendo.db');
  const copy = path.join(dir, 'copy.db');
  let server: BrowserMode | undefined;
  afterAll(async () => server?.stop('SIGKILL'));

  it('browser mode holds the file; a malformed URL does not stop it', async () => {
    expect(tiendo(['demo', '--db', db, '--year', '2025']).code).toBe(0);
    expect(tiendo(['backup', '--db', db, '--out', copy]).code).toBe(0);
    server = await startBrowserMode(['--db', db]);
    const bad = await fetch(`http://127.0.0.1:${server.port}/%ff`);
    expect(bad.status).toBe(400);
    expect(server.child.exitCode).toBeNull();
    expect((await server.call('settings.update', { committeeShortName: 'A1' })).ok).toBe(true);
  });

  it('refuses a second server on the same file, saying which process holds it', () => {
    const second = browserModeRefusal(['--db', db]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('đang được TienDo');
    expect(second.err).toContain(`tiến trình ${server!.child.pid}`);
    expect(second.err).toContain(`trên máy ${os.hostname()}`);
    expect(second.err).toContain('Hãy đóng cửa sổ đó rồi thử lại');
  });

  it('refuses a CLI restore while the server runs; the server’s next write is kept', async () => {
    const r = tiendo(['restore', '--db', db, '--from', copy]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`tiến trình ${server!.child.pid}`);
    expect((await server!.call('settings.update', { committeeShortName: 'A2' })).ok).toBe(true);
    expect(marker(db)).toBe('"A2"');
  });

  it('lets read-only commands run beside the server', () => {
    expect(tiendo(['stats', '--db', db, '--at', '2025-12-10']).code).toBe(0);
    expect(tiendo(['search', '--db', db, 'duong']).code).toBe(0);
    expect(tiendo(['check', '--db', db]).code).toBe(0);
    const out = path.join(dir, 'beside.db');
    const b = tiendo(['backup', '--db', db, '--out', out]);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(marker(out)).toBe('"A2"');
  });

  it('takes over the lock of a server that was killed', async () => {
    await server!.stop('SIGKILL');
    server = await startBrowserMode(['--db', db]);
    expect((await server.call('settings.get')).ok).toBe(true);
    await server.stop('SIGTERM');
    server = undefined;
    const r = tiendo(['restore', '--db', db, '--from', copy]);
    expect(r.code).toBe(0);
    expect(marker(db)).toBe('"BCĐ"'); // the demo's copy, made before A1 and A2
  });
});
