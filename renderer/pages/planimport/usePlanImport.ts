// The plan import's state: the file, the person's corrections (target plan, sheets and columns, agency
// names), the latest dry run, and the apply. Every correction runs the dry run again at once, so what the
// person sees is always what "Nhập vào TienDo" would do; only the newest answer is shown.
import { useRef, useState } from 'react';
import type { PlanImportDryRun, PlanImportResult } from '../../../shared/api/sheetTypes';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import type { Upload } from '../sheets/FileDrop';
import { dryRunInput, type Choices } from './importChoices';

export type { AgencyChoice, Choices } from './importChoices';
export { sheetsFrom, withColumn } from './importChoices';

export function usePlanImport(initialPlanId: string | null) {
  const [file, setFile] = useState<Upload | null>(null);
  const [choices, setChoices] = useState<Choices>({
    planId: initialPlanId,
    newPlan: null,
    sheets: null,
    agencies: {},
  });
  const [dryRun, setDryRun] = useState<PlanImportDryRun | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [applying, setApplying] = useState(false);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const seq = useRef(0);

  const check = async (f: Upload, c: Choices) => {
    const n = ++seq.current;
    setChecking(true);
    setError(null);
    try {
      const d = await api.call('imports.planDryRun', dryRunInput(f, c));
      if (n === seq.current) setDryRun(d);
    } catch (e) {
      if (n === seq.current) setError(e);
    } finally {
      if (n === seq.current) setChecking(false);
    }
  };

  return {
    file,
    choices,
    dryRun,
    checking,
    error,
    applying,
    result,
    choose(upload: Upload) {
      const fresh: Choices = { ...choices, newPlan: null, sheets: null, agencies: {} };
      setFile(upload);
      setChoices(fresh);
      setDryRun(null);
      setResult(null);
      void check(upload, fresh);
    },
    reset() {
      seq.current++;
      setFile(null);
      setDryRun(null);
      setResult(null);
      setError(null);
      setChecking(false);
    },
    update(change: (c: Choices) => Choices) {
      const next = change(choices);
      setChoices(next);
      if (file) void check(file, next);
    },
    async apply(skipRefused: boolean): Promise<PlanImportResult | null> {
      if (!file) return null;
      setApplying(true);
      setError(null);
      try {
        const done = await write('imports.planApply', { ...dryRunInput(file, choices), skipRefused });
        setResult(done);
        return done;
      } catch (e) {
        setError(e);
        return null;
      } finally {
        setApplying(false);
      }
    },
  };
}

export type PlanImportState = ReturnType<typeof usePlanImport>;
