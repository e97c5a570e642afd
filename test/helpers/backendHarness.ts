// The backend's child-process entry for tests (run with `node --import tsx`): the real host module
// (main/backend/host.ts) on the real Node IPC channel, plus two controls of its own on that channel,
// which the host ignores: `test.clock` sets the data's clock, and `test.pauseMidWrite` makes the
// process stop dead inside the next write transaction (after `after` clock readings in it), tell the
// parent on stdout ("PAUSED <pid>", written synchronously so it leaves before the process blocks),
// and wait there to be killed.
import { writeSync } from 'node:fs';
import { z } from 'zod';
import type { AppHost } from '../../main/app';
import { channelToParent } from '../../main/backend/channel';
import { serveBackend } from '../../main/backend/host';

const control = z.discriminatedUnion('type', [
  z.object({ type: z.literal('test.clock'), iso: z.string() }),
  z.object({ type: z.literal('test.pauseMidWrite'), after: z.number() }),
]);

const channel = channelToParent();
if (!channel) throw new Error('backendHarness runs only as a forked child process');

let now = new Date(process.env.TIENDO_TEST_NOW ?? Date.now());
let host: AppHost | null = null;
let pause: { after: number; seen: number } | null = null;

function clock(): Date {
  if (pause && host?.ctx.db.inTransaction && ++pause.seen >= pause.after) {
    writeSync(1, `PAUSED ${process.pid}\n`);
    // Blocks this thread (and so the open transaction) until the parent kills the process.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    throw new Error('the test did not kill the paused backend within 60 s');
  }
  return now;
}

channel.onMessage((raw) => {
  const parsed = control.safeParse(raw);
  if (!parsed.success) return;
  if (parsed.data.type === 'test.clock') now = new Date(parsed.data.iso);
  else pause = { after: parsed.data.after, seen: 0 };
});

const served = serveBackend(channel, {
  now: clock,
  onOpen: (opened) => (host = opened),
  exit: (code) => process.exit(code),
});
process.on('disconnect', () => {
  served.close();
  process.exit(0);
});
