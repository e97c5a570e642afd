// Starts an export and follows its background job until it is done (hooks/useJob), so the page can draw
// a progress bar while the backend writes and signs the workbook.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { Job } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { useJob } from '../../hooks/useJob';

const POLL_MS = 250;

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running'; job: Job }
  | { kind: 'done'; job: Job }
  | { kind: 'failed'; message: string; code?: string };

export function useExportJob(onDone: (job: Job) => void) {
  const [starting, setStarting] = useState<ExportState | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job, error } = useJob(jobId, POLL_MS);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });
  const done = job?.state === 'done' ? job : null;
  useEffect(() => {
    if (done) onDoneRef.current(done);
  }, [done?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- once per finished job

  const start = useCallback(async (input: Input<'reports.export'>) => {
    setJobId(null);
    setStarting({ kind: 'starting' });
    try {
      setJobId((await write('reports.export', input)).jobId);
      setStarting(null);
    } catch (e) {
      setStarting({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  let state: ExportState;
  if (starting) state = starting;
  else if (error) state = { kind: 'failed', message: error.message };
  else if (!jobId) state = { kind: 'idle' };
  else if (!job || job.state === 'running') state = job ? { kind: 'running', job } : { kind: 'starting' };
  else if (job.state === 'done') state = { kind: 'done', job };
  else
    state = {
      kind: 'failed',
      message: job.error?.message ?? '',
      ...(job.error ? { code: job.error.code } : {}),
    };

  const reset = useCallback(() => {
    setJobId(null);
    setStarting(null);
  }, []);
  return { state, start, reset };
}
