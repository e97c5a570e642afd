// "Longest stall of the app's main thread during an export" (issue 10): the app's main thread is the
// process that owns the window and relays calls. The export is started and polled as the renderer does
// (reports.export, then jobs.get every 100 ms until it is done), once with the backend in this process
// (how the app ran before: the baseline, measured in the same run) and once with the backend in its own
// child process (dist/main/backend.cjs, as the desktop app runs it), this process only relaying.
// Goal: at most 16 ms (one frame at 60 Hz).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApiResult } from '../shared/api/contract';
import { createAppRouter } from '../main/api';
import { AppHost } from '../main/app';
import { BackendConnection } from '../main/backend/connection';
import { nodeChildSpawner } from '../main/backend/nodeChild';
import { memorySecretStore } from '../main/secrets/store';
import { median, type Figure } from './measure';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

interface Stall {
  /** The longest gap between ticks of a 5 ms interval: how long nothing could be answered. */
  gap: number;
  /**
   * The most time the event loop spent running code between two ticks (event-loop utilisation): the
   * part of a gap this process caused itself, not the operating system giving its core to another
   * process (on a loaded 2-core machine that alone can delay a tick by 100 ms and more).
   */
  busy: number;
}

/** Ticks of a 5 ms interval while `fn` runs (started one timer turn before it). */
async function longestStall(fn: () => Promise<unknown>): Promise<Stall> {
  let last = performance.now();
  let lastUse = performance.eventLoopUtilization();
  const stall: Stall = { gap: 0, busy: 0 };
  const interval = setInterval(() => {
    const now = performance.now();
    const use = performance.eventLoopUtilization();
    stall.gap = Math.max(stall.gap, now - last);
    stall.busy = Math.max(stall.busy, use.active - lastUse.active);
    last = now;
    lastUse = use;
  }, 5);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await fn();
  clearInterval(interval);
  return stall;
}

const pollEvery = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the export and polls its job until it is done, as the Reports page does. */
async function exportAsTheRendererDoes(call: Call, planId: string, period: string): Promise<void> {
  const started = await call('reports.export', {
    planId,
    period,
    kind: 'bao_cao_dinh_ky',
    signWith: { kind: 'none' },
  });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    await pollEvery(100);
    const job = await call('jobs.get', { id: jobId });
    if (!job.ok) throw new Error(job.error.message);
    const state = (job.value as { state: string; error: { message: string } | null }).state;
    if (state === 'done') return;
    if (state !== 'running') throw new Error(`export ended ${state}`);
  }
}

export async function processStallBenchmarks(
  dbFile: string,
  planId: string,
  period: string,
  runs = 3,
): Promise<Figure[]> {
  const options = { dbFile, mode: 'browser' as const, version: 'bench', program: 'TienDo (đo hiệu năng)' };

  const host = await AppHost.open({ ...options, secrets: memorySecretStore() });
  const route = createAppRouter(host);
  const inProcess: Stall[] = [];
  try {
    await exportAsTheRendererDoes(route, planId, period); // warm-up
    for (let i = 0; i < runs; i++)
      inProcess.push(await longestStall(() => exportAsTheRendererDoes(route, planId, period)));
  } finally {
    host.close();
  }

  const backend = await BackendConnection.start({
    spawn: nodeChildSpawner(path.resolve(__dirname, '..', 'dist', 'main', 'backend.cjs')),
    options,
    secrets: { load: () => ({}), apply: () => {} },
  });
  const relay: Call = async (method, input) => (await backend.call(method, input)).result;
  const child: Stall[] = [];
  try {
    await exportAsTheRendererDoes(relay, planId, period); // warm-up
    for (let i = 0; i < runs; i++)
      child.push(await longestStall(() => exportAsTheRendererDoes(relay, planId, period)));
  } finally {
    await backend.stop();
  }

  const gap = (s: Stall[]) => median(s.map((x) => x.gap));
  const busy = (s: Stall[]) => median(s.map((x) => x.busy));
  return [
    { name: 'main-thread stall during an export, backend in-process', medianMs: gap(inProcess), runs },
    {
      name: 'main-thread stall during an export, backend in a child process',
      medianMs: gap(child),
      runs,
      // In-process over child: how many times shorter the stall became (child / in-process is 0.0x-0.1x).
      note: `ratio export stall in-process / child = ${(gap(inProcess) / gap(child)).toFixed(1)}x (goal: child <= 16 ms)`,
    },
    {
      name: 'of which the main thread was busy, backend in-process',
      medianMs: busy(inProcess),
      runs,
    },
    {
      name: 'of which the main thread was busy, backend in a child process',
      medianMs: busy(child),
      runs,
      note: `ratio busy in-process / child = ${(busy(inProcess) / busy(child)).toFixed(1)}x`,
    },
  ];
}
