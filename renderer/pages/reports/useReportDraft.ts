// The draft of one report (plan, period), edited locally and saved on its own a moment after typing
// stops, and at once when the page or the period changes, so nothing typed is lost.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDraft } from '../../../shared/report/model';
import { api } from '../../api/client';
import { errorMessage } from '../../components';

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

export function useReportDraft(planId: string | null, period: string, onSaved: () => void) {
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<ReportDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const d = pending.current;
    if (!d) return;
    pending.current = null;
    setSave({ kind: 'saving' });
    api.call('reports.draft.save', saveInput(d)).then(
      (saved) => {
        setSave({ kind: 'saved', at: saved.updatedAt ?? new Date().toISOString() });
        onSavedRef.current();
      },
      (error: unknown) => setSave({ kind: 'error', message: errorMessage(error, String(error)) }),
    );
  }, []);

  useEffect(() => {
    if (!planId) return;
    let current = true;
    setDraft(null);
    setLoadError(null);
    setSave({ kind: 'idle' });
    api.call('reports.draft.get', { planId, period, kind: 'bao_cao_dinh_ky' }).then(
      (d) => current && setDraft(d),
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
      flush(); // a different period or leaving the page: keep what was typed
    };
  }, [planId, period, flush]);

  const update = useCallback(
    (change: (d: ReportDraft) => ReportDraft) => {
      setDraft((d) => {
        if (!d) return d;
        const next = change(d);
        pending.current = next;
        return next;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    [flush],
  );

  return { draft, loadError, save, update, flush };
}
