// Test stores: real SQLite files in temporary folders, with a clock the test controls.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { AppHost } from '../../main/app';
import { fileSecretStore } from '../../main/secrets/store';
import { tempDir } from './tempDirs';
import type { ServiceContext } from '../../main/services/context';

export interface TestStore {
  dir: string;
  dbFile: string;
  /** The store's secrets file (the SMTP password), in the same temporary folder. */
  secretsFile: string;
  host: AppHost;
  ctx: ServiceContext;
  clock: { now: Date; set(iso: string): void };
  close(): void;
}

export { tempDir } from './tempDirs';

export async function openTestStore(startAt = '2025-11-20T03:00:00.000Z'): Promise<TestStore> {
  const dir = tempDir();
  const dbFile = path.join(dir, 'tiendo.db');
  const clock = {
    now: new Date(startAt),
    set(iso: string) {
      clock.now = new Date(iso);
    },
  };
  const secretsFile = path.join(dir, 'secrets.json');
  const host = await AppHost.open({
    dbFile,
    mode: 'browser',
    version: 'test',
    now: () => clock.now,
    secrets: fileSecretStore(secretsFile),
    create: true,
  });
  return {
    dir,
    dbFile,
    secretsFile,
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
