// Background jobs (report and meeting-document export) the renderer polls with jobs.get, so a long export
// never blocks a call and the screen can show how far it got. Jobs live in memory only: an export
// interrupted by closing the app leaves nothing half-recorded (the submission row is written last, in one
// transaction).
// Exports take their turn: each holds a worker thread, a model and a workbook in memory (100 at once once
// reached 4.3 GB), so at most `concurrent` run at once, the others wait in order with their place as their
// stage ("Đang chờ: 2 báo cáo phía trước"), and past `queued` waiting ones a new export is refused.
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Job } from '../../shared/api/types';
import { AppError, appError } from '../errors';
import { SignatureError } from '../excel/signature';

/** A finished job is kept this long for the renderer to fetch its result. */
const KEEP_MS = 15 * 60_000;

export type ReportProgress = (fraction: number, stage: string) => void;

export interface JobLimits {
  /** Jobs running at once. */
  concurrent: number;
  /** Jobs waiting for their turn; one more is refused. */
  queued: number;
}

/**
 * One at a time on the office's usual 2-core PC (a large report's workbook keeps a core busy for seconds
 * and the window must stay responsive), two on a larger machine; ten waiting is more than anyone clicks.
 */
export const DEFAULT_JOB_LIMITS: JobLimits = {
  concurrent: availableParallelism() <= 2 ? 1 : 2,
  queued: 10,
};

type Run = (progress: ReportProgress) => Promise<NonNullable<Job['result']>>;

interface Entry {
  job: Job;
  finishedAt: number | null;
  run: Run;
  settled: Promise<Job>;
  settle: (job: Job) => void;
}

function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppError || error instanceof SignatureError)
    return { code: error.code, message: error.message };
  console.error('[tiendo] job failed', error);
  return {
    code: 'LOI_HE_THONG',
    message:
      'Đã xảy ra lỗi ngoài dự kiến khi xuất báo cáo; chưa có hồ sơ nào được ghi. Hãy thử lại hoặc báo cho bộ phận kỹ thuật.',
  };
}

const waitingStage = (ahead: number) => `Đang chờ: ${ahead} báo cáo phía trước`;

export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private readonly waiting: Entry[] = [];
  private running = 0;
  private readonly now: () => number;
  private readonly limits: JobLimits;

  constructor(options: Partial<JobLimits> & { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
    this.limits = {
      concurrent: Math.max(1, options.concurrent ?? DEFAULT_JOB_LIMITS.concurrent),
      queued: Math.max(0, options.queued ?? DEFAULT_JOB_LIMITS.queued),
    };
  }

  /**
   * Queues `run` and returns the job's id at once; it starts on a later turn of the event loop, as soon as
   * fewer than `concurrent` jobs run. Throws AppError HANG_DOI_DAY when `queued` jobs already wait.
   */
  start(run: Run): string {
    this.sweep();
    const mustWait = this.running >= this.limits.concurrent;
    if (mustWait && this.waiting.length >= this.limits.queued) {
      throw appError('HANG_DOI_BAO_CAO_DAY', { running: this.running, waiting: this.waiting.length });
    }
    const id = randomUUID();
    let settle!: (job: Job) => void;
    const settled = new Promise<Job>((resolve) => (settle = resolve));
    const entry: Entry = {
      job: { id, state: 'running', progress: 0, stage: 'Đang chuẩn bị…', result: null, error: null },
      finishedAt: null,
      run,
      settled,
      settle,
    };
    this.jobs.set(id, entry);
    if (mustWait) {
      this.waiting.push(entry);
      this.showPlaces();
    } else {
      this.launch(entry);
    }
    return id;
  }

  get(id: string): Job {
    const entry = this.jobs.get(id);
    if (!entry) throw appError('KHONG_TIM_THAY_CONG_VIEC', {});
    return entry.job;
  }

  /** The job once it is done or failed (for callers that wait rather than poll). */
  settled(id: string): Promise<Job> {
    const entry = this.jobs.get(id);
    if (!entry) return Promise.resolve(this.get(id));
    return entry.settled;
  }

  private launch(entry: Entry): void {
    this.running++;
    entry.job = { ...entry.job, stage: 'Đang chuẩn bị…' };
    const progress: ReportProgress = (fraction, stage) => {
      if (entry.job.state !== 'running') return;
      entry.job = { ...entry.job, progress: Math.max(entry.job.progress, Math.min(1, fraction)), stage };
    };
    const finish = (job: Job) => {
      entry.job = job;
      entry.finishedAt = this.now();
      this.running--;
      const next = this.waiting.shift();
      if (next) this.launch(next);
      this.showPlaces();
      entry.settle(job);
    };
    setImmediate(() => {
      entry.run(progress).then(
        (result) => finish({ ...entry.job, state: 'done', progress: 1, stage: 'Hoàn thành.', result }),
        (error: unknown) =>
          finish({ ...entry.job, state: 'failed', stage: 'Không thành công.', error: errorOf(error) }),
      );
    });
  }

  /** Each waiting job's stage says how many run or wait before it. */
  private showPlaces(): void {
    this.waiting.forEach((entry, i) => {
      entry.job = { ...entry.job, stage: waitingStage(this.running + i) };
    });
  }

  private sweep(): void {
    const limit = this.now() - KEEP_MS;
    for (const [id, e] of this.jobs) if (e.finishedAt !== null && e.finishedAt < limit) this.jobs.delete(id);
  }
}
