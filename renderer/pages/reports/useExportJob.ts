// Starts an export and follows its background job until it is done, a few times a second, so the page
// can draw a progress bar while the backend writes and signs the workbook.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { Job } from '../../../shared/api/types';
import { api } from '../../api/client';

const POLL_MS = 250;

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running'; job: Job }
  | { kind: 'done'; job: Job }
  | { kind: 'failed'; message: string; code?: string };

export function useExportJob(onDone: (job: Job) => void) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const alive = useRef(true);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(async (input: Input<'reports.export'>) => {
    setState({ kind: 'starting' });
    try {
      const { jobId } = await api.call('reports.export', input);
      for (;;) {
        if (!alive.current) return;
        const job = await api.call('jobs.get', { id: jobId });
        if (!alive.current) return;
        if (job.state === 'done') {
          setState({ kind: 'done', job });
          onDoneRef.current(job);
          return;
        }
        if (job.state === 'failed') {
          setState({
            kind: 'failed',
            message: job.error?.message ?? '',
            ...(job.error ? { code: job.error.code } : {}),
          });
          return;
        }
        setState({ kind: 'running', job });
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    } catch (error) {
      if (alive.current)
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  return { state, start, reset: () => setState({ kind: 'idle' }) };
}
