// Background jobs (report export) the renderer polls with jobs.get, so a long export never blocks a call
// and the screen can show how far it got. Jobs live in memory only: an export interrupted by closing the
// app leaves nothing half-recorded (the submission row is written last, in one transaction).
import { randomUUID } from 'node:crypto';
import type { Job } from '../../shared/api/types';
import { AppError } from '../errors';
import { SignatureError } from '../excel/signature';

/** A finished job is kept this long for the renderer to fetch its result. */
const KEEP_MS = 15 * 60_000;

export type ReportProgress = (fraction: number, stage: string) => void;

interface Entry {
  job: Job;
  finishedAt: number | null;
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

export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts `run` on the next turn of the event loop and returns the job's id at once. */
  start(run: (progress: ReportProgress) => Promise<NonNullable<Job['result']>>): string {
    this.sweep();
    const id = randomUUID();
    const entry: Entry = {
      job: { id, state: 'running', progress: 0, stage: 'Đang chuẩn bị…', result: null, error: null },
      finishedAt: null,
    };
    this.jobs.set(id, entry);
    const progress: ReportProgress = (fraction, stage) => {
      if (entry.job.state !== 'running') return;
      entry.job = { ...entry.job, progress: Math.max(entry.job.progress, Math.min(1, fraction)), stage };
    };
    setImmediate(() => {
      run(progress).then(
        (result) => {
          entry.job = { ...entry.job, state: 'done', progress: 1, stage: 'Hoàn thành.', result };
          entry.finishedAt = this.now();
        },
        (error: unknown) => {
          entry.job = { ...entry.job, state: 'failed', stage: 'Không thành công.', error: errorOf(error) };
          entry.finishedAt = this.now();
        },
      );
    });
    return id;
  }

  get(id: string): Job {
    const entry = this.jobs.get(id);
    if (!entry)
      throw new AppError(
        'KHONG_TIM_THAY',
        'Không tìm thấy công việc này (có thể đã quá 15 phút hoặc ứng dụng đã khởi động lại). Hãy xuất lại báo cáo.',
      );
    return entry.job;
  }

  private sweep(): void {
    const limit = this.now() - KEEP_MS;
    for (const [id, e] of this.jobs) if (e.finishedAt !== null && e.finishedAt < limit) this.jobs.delete(id);
  }
}
