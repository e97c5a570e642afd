// The draft of one report (plan, period), edited locally and saved on its own a moment after typing
// stops, and at once when the page or the period changes, so nothing typed is lost. The saved draft is a
// read of the query cache; once edited, the local copy is what the editor shows (a save invalidates the
// preview, which reads the draft, not this copy).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDraft } from '../../../shared/report/model';
import { write } from '../../api/writes';
import { errorMessage } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

const DELAY_MS = 800;

function saveInput(d: ReportDraft) {
  return {
    planId: d.planId,
    period: d.period,
    kind: d.kind,
    sections: d.sections,
    docNumber: d.docNumber.trim(),
    recipients: d.recipients.map((r) => r.trim()).filter(Boolean),
    signer: {
      ...d.signer,
      authorityName: d.signer.authorityName.trim(),
      title: d.signer.title.trim(),
      name: d.signer.name.trim(),
    },
  };
}

export function useReportDraft(planId: string | null, period: string) {
  const stored = useApiQuery(
    'reports.draft.get',
    planId ? { planId, period, kind: 'bao_cao_dinh_ky' } : null,
  );
  const key = planId ? `${planId}|${period}` : null;
  /** What the person typed, for the report it was typed in; until then the stored draft is shown. */
  const [edited, setEdited] = useState<{ key: string; draft: ReportDraft } | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<ReportDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storedDraft = stored.stale ? null : (stored.data ?? null);
  const draft = edited && edited.key === key ? edited.draft : storedDraft;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const d = pending.current;
    if (!d) return;
    pending.current = null;
    setSave({ kind: 'saving' });
    write('reports.draft.save', saveInput(d)).then(
      (saved) => setSave({ kind: 'saved', at: saved.updatedAt ?? new Date().toISOString() }),
      (error: unknown) => setSave({ kind: 'error', message: errorMessage(error, String(error)) }),
    );
  }, []);

  useEffect(() => {
    setSave({ kind: 'idle' });
    return flush; // a different period or leaving the page: keep what was typed
  }, [key, flush]);

  const update = useCallback(
    (change: (d: ReportDraft) => ReportDraft) => {
      if (!draft || key === null) return;
      const next = change(pending.current ?? draft);
      pending.current = next;
      setEdited({ key, draft: next });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    [draft, key, flush],
  );

  return { draft, loadError: stored.error, save, update, flush };
}
