// A background job (an export: model, workbook, signature, submission) followed until it ends: jobs.get
// polled a few times a second while it runs, so the page can show its stage. When it has ended, what it
// wrote (a submission, perhaps an outbox entry) is invalidated like any write.
import { useEffect } from 'react';
import type { Job } from '../../shared/api/types';
import { invalidateAfter } from '../api/writes';
import { useApiQuery } from './useApiQuery';

const running = (job: Job | undefined) => !job || job.state === 'running';

export function useJob(jobId: string | null, pollMs: number) {
  const query = useApiQuery('jobs.get', jobId ? { id: jobId } : null, {
    refetchInterval: (job) => (running(job) ? pollMs : false),
  });
  const job = query.stale ? undefined : query.data;
  const ended = job !== undefined && !running(job);
  useEffect(() => {
    if (ended) void invalidateAfter('reports.export');
  }, [ended, jobId]);
  return { job, error: query.error };
}
