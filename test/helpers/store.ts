// Test stores: real SQLite files in temporary folders, with a clock the test controls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppHost } from '../../main/app';
import type { ServiceContext } from '../../main/services/context';

export interface TestStore {
  dir: string;
  dbFile: string;
  host: AppHost;
  ctx: ServiceContext;
  clock: { now: Date; set(iso: string): void };
  close(): void;
}

export function tempDir(prefix = 'tiendo-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function openTestStore(startAt = '2025-11-20T03:00:00.000Z'): Promise<TestStore> {
  const dir = tempDir();
  const dbFile = path.join(dir, 'tiendo.db');
  const clock = {
    now: new Date(startAt),
    set(iso: string) {
      clock.now = new Date(iso);
    },
  };
  const host = await AppHost.open({
    dbFile,
    mode: 'browser',
    version: 'test',
    now: () => clock.now,
    create: true,
  });
  return {
    dir,
    dbFile,
    host,
    get ctx() {
      return host.ctx;
    },
    clock,
    close() {
      host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
