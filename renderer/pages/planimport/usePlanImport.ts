// The plan import's state: the file, the person's corrections (target plan, sheets and columns, agency
// names), the latest dry run, and the apply. Every correction runs the dry run again at once, so what the
// person sees is always what "Nhập vào TienDo" would do; only the newest answer is shown.
import { useRef, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { PlanImportDryRun, PlanImportField, PlanImportResult } from '../../../shared/api/sheetTypes';
import type { AgencyKind } from '../../../shared/domain';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import type { Upload } from '../sheets/FileDrop';

type DryRunInput = Input<'imports.planDryRun'>;
export type SheetChoice = NonNullable<DryRunInput['sheets']>[number];
export type NewPlan = NonNullable<DryRunInput['newPlan']>;

/** What the person chose for one agency name ('' = not decided: the backend's default). */
export type AgencyChoice =
  | { kind: 'undecided' }
  | { kind: 'ignore' }
  | { kind: 'agency'; agencyId: string }
  | {
      kind: 'create';
      code: string;
      name: string;
      shortName: string | null;
      agencyKind: AgencyKind;
      /** The same new agency as this other name (the backend joins names given the same new code). */
      sameAs?: string;
    };

export interface Choices {
  /** The plan the rows go into; null: a new plan. */
  planId: string | null;
  newPlan: NewPlan | null;
  /** null: every visible sheet with a header, as the reader found them. */
  sheets: SheetChoice[] | null;
  agencies: Record<string, AgencyChoice>;
}

function agencyInput(choices: Choices['agencies']): DryRunInput['agencies'] {
  const out: NonNullable<DryRunInput['agencies']> = {};
  for (const [text, c] of Object.entries(choices)) {
    if (c.kind === 'ignore') out[text] = { ignore: true };
    else if (c.kind === 'agency') out[text] = { agencyId: c.agencyId };
    else if (c.kind === 'create')
      out[text] = { create: { code: c.code, name: c.name, shortName: c.shortName, kind: c.agencyKind } };
  }
  return out;
}

export function dryRunInput(file: Upload, c: Choices): DryRunInput {
  return {
    ...file,
    planId: c.planId,
    ...(c.planId === null && c.newPlan ? { newPlan: c.newPlan } : {}),
    ...(c.sheets ? { sheets: c.sheets } : {}),
    agencies: agencyInput(c.agencies),
  };
}

/** The sheets as the dry run read them, as corrections to start from (so one change keeps the rest). */
export function sheetsFrom(d: PlanImportDryRun): SheetChoice[] {
  return d.sheets.filter((s) => s.used).map((s) => ({ name: s.name, headerRow: s.headerRow ?? undefined }));
}

export function withColumn(
  sheets: SheetChoice[],
  sheet: string,
  field: PlanImportField,
  column: string | null,
): SheetChoice[] {
  const has = sheets.some((s) => s.name === sheet);
  const list = has ? sheets : [...sheets, { name: sheet }];
  return list.map((s) => (s.name === sheet ? { ...s, columns: { ...s.columns, [field]: column } } : s));
}

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
