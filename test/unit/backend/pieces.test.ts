// The parts of the process split that need no second process: the in-memory channel and in-process
// backend (browser mode's default), the protocol's refusal of foreign messages, and the secrets mirror
// the backend keeps (synchronous for the services, each change kept by the parent before a call is
// answered).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryChannelPair } from '../../../main/backend/channel';
import { BackendConnection } from '../../../main/backend/connection';
import { inProcessSpawner } from '../../../main/backend/inProcess';
import { serveBackend } from '../../../main/backend/host';
import { mirroredSecretStore } from '../../../main/backend/secrets';
import type { SecretOp } from '../../../main/backend/protocol';
import { tempDir } from '../../helpers/store';
import { Channel } from '../../helpers/waits';

const keeper = () => {
  const kept = new Map<string, string>();
  return {
    kept,
    load: () => Object.fromEntries(kept),
    apply: (c: SecretOp) => void (c.op === 'set' ? kept.set(c.name, c.value) : kept.delete(c.name)),
  };
};

describe('the backend in this process', () => {
  it('serves calls through the same connection, holds the lock in this process, and closes on stop', async () => {
    const dbFile = path.join(tempDir(), 'tiendo.db');
    const backend = await BackendConnection.start({
      spawn: inProcessSpawner(),
      options: { dbFile, mode: 'browser', version: 'test', create: true },
      secrets: keeper(),
    });
    expect(backend.pid).toBe(process.pid);
    const info = await backend.call('app.info', {});
    expect(info).toMatchObject({ backend: 1, result: { ok: true, value: { isEmpty: true } } });
    const unknown = await backend.call('khong.co', {});
    expect(unknown.result).toMatchObject({ ok: false, error: { code: 'KHONG_CO_PHUONG_THUC' } });
    await backend.stop();
    expect((await backend.call('app.info', {})).result).toMatchObject({
      ok: false,
      error: { code: 'DA_DONG' },
    });
    // The lock is free again: another backend opens the file at once.
    const again = await BackendConnection.start({
      spawn: inProcessSpawner(),
      options: { dbFile, mode: 'browser', version: 'test' },
      secrets: keeper(),
    });
    expect((await again.call('app.info', {})).result.ok).toBe(true);
    await again.stop();
  });

  it('ignores messages that are not of the protocol, and answers a call before start with "not ready"', async () => {
    const [parent, child] = memoryChannelPair();
    const received = new Channel<unknown>();
    parent.onMessage((m) => received.push(m));
    serveBackend(child, { exit: () => {} });
    expect(await received.next()).toMatchObject({ type: 'hello' });
    parent.post({ type: 'call', id: 'not a number', method: 'app.info' });
    parent.post('garbage');
    parent.post({ type: 'call', id: 7, method: 'app.info', input: {} });
    expect(await received.next()).toMatchObject({
      type: 'result',
      id: 7,
      result: { ok: false, error: { code: 'CHUA_SAN_SANG' } },
    });
  });
});

describe('the secrets mirror of the backend', () => {
  it('reads and writes at once, sends each change in order, and flushes once the parent kept them', async () => {
    const sent: [number, SecretOp][] = [];
    const store = mirroredSecretStore({ a: '1' }, (seq, change) => sent.push([seq, change]));
    expect(store.get('a')).toBe('1');
    store.set('b', '2');
    store.delete('a');
    store.delete('missing'); // nothing to forget: nothing sent
    expect(store.get('b')).toBe('2');
    expect(store.get('a')).toBeNull();
    expect(sent).toEqual([
      [1, { op: 'set', name: 'b', value: '2' }],
      [2, { op: 'delete', name: 'a' }],
    ]);
    let flushed = false;
    const flush = store.flush().then(() => (flushed = true));
    store.settle(1);
    await Promise.resolve();
    expect(flushed).toBe(false); // change 2 is not kept yet
    store.settle(2);
    await flush;
    expect(flushed).toBe(true);
  });

  it('makes flush fail with why the parent could not keep a change', async () => {
    const store = mirroredSecretStore({}, () => {});
    store.set('x', 'y');
    const flush = store.flush();
    store.settle(1, 'ENOSPC: no space left on device');
    await expect(flush).rejects.toThrow('ENOSPC');
    await expect(store.flush()).resolves.toBeUndefined(); // settled changes are not waited for again
  });
});
