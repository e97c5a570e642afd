// Exports wait their turn: at most N run at once (each holds a worker thread, a model and a workbook in
// memory: 100 at once once took 4.3 GB), the others wait with their place shown in the job's stage, and
// past a cap a new export is refused with a message. Waiting is on events (the jobs settling, the
// workers starting and exiting), never on sleeps.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../shared/api/types';
import { onWorkerCount } from '../../../main/excel/worker/run';
import { AppError } from '../../../main/errors';
import { DEFAULT_JOB_LIMITS, JobRegistry } from '../../../main/services/jobs';
import { exportReport } from '../../../main/services/reports/export';
import { listSubmissions } from '../../../main/services/reports/submissions';
import { scriptedProvince, type Province } from './fixture';

type Result = NonNullable<Job['result']>;
const result = (name: string): Result => ({
  submissionId: name,
  fileName: `${name}.xlsx`,
  contentType: 'x',
  sha256: 'h',
  signer: null,
  base64: '',
});

/** A job that runs until released, and says when it has started. */
function gated() {
  let release!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const running = new Promise<void>((r) => (started = r));
  return {
    release,
    running,
    run: (name: string) => async () => {
      started();
      await gate;
      return result(name);
    },
  };
}

describe('JobRegistry queue', () => {
  it('runs at most N at once, shows each waiting job its place, and refuses past the cap', async () => {
    const jobs = new JobRegistry({ concurrent: 2, queued: 3 });
    const g = Array.from({ length: 5 }, () => gated());
    const ids = g.map((x, i) => jobs.start(x.run(`j${i}`)));
    await Promise.all([g[0]!.running, g[1]!.running]);
    expect(ids.map((id) => jobs.get(id).stage)).toEqual([
      'Đang chuẩn bị…',
      'Đang chuẩn bị…',
      'Đang chờ: 2 báo cáo phía trước',
      'Đang chờ: 3 báo cáo phía trước',
      'Đang chờ: 4 báo cáo phía trước',
    ]);
    expect(jobs.get(ids[4]!)).toMatchObject({ state: 'running', progress: 0 });

    let refused: unknown;
    try {
      jobs.start(gated().run('extra'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'HANG_DOI_DAY',
      message:
        'Đang có 2 báo cáo đang xuất và 3 báo cáo chờ đến lượt: hãy đợi vài báo cáo xuất xong (xem tiến độ của chúng) rồi xuất tiếp.',
    });

    g[0]!.release();
    await jobs.settled(ids[0]!);
    await g[2]!.running; // the first waiting job took the free place
    expect(jobs.get(ids[3]!).stage).toBe('Đang chờ: 2 báo cáo phía trước');
    expect(jobs.get(ids[4]!).stage).toBe('Đang chờ: 3 báo cáo phía trước');
    for (const x of g) x.release();
    const done = await Promise.all(ids.map((id) => jobs.settled(id)));
    expect(done.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(done.map((j) => j.result?.fileName)).toEqual([
      'j0.xlsx',
      'j1.xlsx',
      'j2.xlsx',
      'j3.xlsx',
      'j4.xlsx',
    ]);
  });

  it('moves on when a job fails, and keeps one on a small machine', async () => {
    const jobs = new JobRegistry({ concurrent: 1, queued: 5 });
    const failing = jobs.start(async () => {
      throw new AppError('SAI_MAT_KHAU', 'Mật khẩu của tệp chứng thư số không đúng.');
    });
    const next = jobs.start(async () => result('sau'));
    expect(jobs.get(next).stage).toBe('Đang chờ: 1 báo cáo phía trước');
    expect((await jobs.settled(failing)).error?.code).toBe('SAI_MAT_KHAU');
    expect((await jobs.settled(next)).state).toBe('done');
    // The default: 1 at once on a 2-core PC, 2 on a larger one; a cap of queued jobs.
    expect(DEFAULT_JOB_LIMITS.concurrent).toBeGreaterThanOrEqual(1);
    expect(DEFAULT_JOB_LIMITS.concurrent).toBeLessThanOrEqual(2);
    expect(DEFAULT_JOB_LIMITS.queued).toBe(10);
  });
});

describe('many exports at once', () => {
  let p: Province;
  beforeEach(async () => {
    p = await scriptedProvince();
  });
  afterEach(() => p.store.close());

  it('never has more than N workbook workers alive, and every export finishes', async () => {
    const N = 2;
    const jobs = new JobRegistry({ concurrent: N, queued: 10 });
    let live = 0;
    let most = 0;
    let started = 0;
    const stop = onWorkerCount((count, change) => {
      live = count;
      most = Math.max(most, live);
      if (change === 'start') started++;
    });
    try {
      const dir = path.dirname(p.store.dbFile);
      const ids = Array.from({ length: 7 }, () =>
        jobs.start(async (progress) => {
          const { content: _bytes, ...r } = await exportReport(
            p.store.ctx,
            dir,
            { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky', signWith: { kind: 'none' } },
            progress,
          );
          return r;
        }),
      );
      const done = await Promise.all(ids.map((id) => jobs.settled(id)));
      expect(done.map((j) => j.state)).toEqual(Array(7).fill('done'));
      expect(started).toBe(7);
      expect(most).toBeLessThanOrEqual(N);
      expect(most).toBeGreaterThan(0);
      expect(listSubmissions(p.store.ctx, { planId: p.planId, limit: 20 })).toHaveLength(7);
    } finally {
      stop();
    }
  }, 120_000);
});
