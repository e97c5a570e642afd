// The backend in a child process, driven as the desktop app's main process drives it: through
// BackendConnection, with the test harness (backendHarness.ts) as the child's entry. Also the
// "contract store" the router-level tests use, parametrised by transport: the same route, context and
// clock in this process, or across the process boundary.
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createAppRouter, type Route } from '../../main/api';
import { BackendConnection } from '../../main/backend/connection';
import { nodeChildSpawner } from '../../main/backend/nodeChild';
import { fileSecretKeeper, type SecretKeeper } from '../../main/backend/secrets';
import { registerFunctions } from '../../main/db/functions';
import { createContext, type ServiceContext } from '../../main/services/context';
import { openTestStore, tempDir } from './store';
import { Channel } from './waits';

const HARNESS = path.join(__dirname, 'backendHarness.ts');

export interface ChildBackend {
  dir: string;
  dbFile: string;
  secretsFile: string;
  connection: BackendConnection;
  /** The backend process answering now. */
  child(): ChildProcess;
  /** Every backend process started, in order (the first is already in). */
  spawned: Channel<ChildProcess>;
  /** Sets the data's clock in the running backend (in order with the calls that follow). */
  setClock(iso: string): void;
  /** Makes the backend stop inside its next write transaction; resolves once it is stopped there. */
  pauseMidWrite(afterClockReadings: number): Promise<void>;
  close(): Promise<void>;
}

export async function startChildBackend(
  options: { startAt?: string; keeper?: (secretsFile: string) => SecretKeeper; maxCrashes?: number } = {},
): Promise<ChildBackend> {
  const dir = tempDir('tiendo-child-backend-');
  const dbFile = path.join(dir, 'tiendo.db');
  const secretsFile = path.join(dir, 'secrets.json');
  const spawned = new Channel<ChildProcess>();
  let current: ChildProcess | null = null;
  let paused: ((line: string) => void) | null = null;
  const spawn = nodeChildSpawner(HARNESS, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TIENDO_TEST_NOW: options.startAt ?? '2025-11-20T03:00:00.000Z' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    onSpawn(child) {
      current = child;
      spawned.push(child);
      child.stdout?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => {
        if (chunk.includes('PAUSED ')) paused?.(chunk);
      });
    },
  });
  const connection = await BackendConnection.start({
    spawn,
    options: { dbFile, mode: 'browser', version: 'test', create: true, program: 'TienDo (kiểm thử)' },
    secrets: (options.keeper ?? ((file) => fileSecretKeeper(file)))(secretsFile),
    maxCrashes: options.maxCrashes,
  });
  const live = () => {
    if (!current) throw new Error('no backend process');
    return current;
  };
  return {
    dir,
    dbFile,
    secretsFile,
    connection,
    child: live,
    spawned,
    setClock: (iso) => void live().send({ type: 'test.clock', iso }),
    pauseMidWrite(after) {
      const stopped = new Promise<void>((resolve) => (paused = () => resolve()));
      live().send({ type: 'test.pauseMidWrite', after });
      return stopped;
    },
    async close() {
      await connection.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------

export const TRANSPORTS = ['in-process', 'child process'] as const;
export type TransportKind = (typeof TRANSPORTS)[number];

/** What router-level tests need, whichever side of a process boundary the backend runs on. */
export interface ContractStore {
  /** Calls the router: in this process, or relayed to the backend process. */
  route: Route;
  /**
   * A context on the same file for fixtures and for reading what is stored: the backend's own
   * in-process; across the boundary, this test's own connection (the backend keeps nothing of the
   * file in memory between calls, so rows written here are what it reads).
   */
  ctx: ServiceContext;
  clock: { now: Date; set(iso: string): void };
  /** A number that changes whenever the backend commits a change to the file. */
  commits(): number;
  close(): Promise<void>;
}

export async function openContractStore(
  kind: TransportKind,
  startAt = '2025-11-20T03:00:00.000Z',
): Promise<ContractStore> {
  if (kind === 'in-process') {
    const store = await openTestStore(startAt);
    return {
      route: createAppRouter(store.host),
      get ctx() {
        return store.ctx;
      },
      clock: store.clock,
      commits: () => (store.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
      close: async () => store.close(),
    };
  }
  const backend = await startChildBackend({ startAt });
  // The backend holds the write lock; fixtures are written beside it on a plain connection.
  const db = new Database(backend.dbFile);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerFunctions(db);
  const clock = {
    now: new Date(startAt),
    set(iso: string) {
      clock.now = new Date(iso);
      backend.setClock(iso);
    },
  };
  const ctx = createContext(db, { now: () => clock.now });
  return {
    route: async (method, input) => (await backend.connection.call(method, input)).result,
    ctx,
    clock,
    // data_version moves when another connection (the backend's) commits.
    commits: () => db.pragma('data_version', { simple: true }) as number,
    async close() {
      db.close();
      await backend.close();
    },
  };
}
