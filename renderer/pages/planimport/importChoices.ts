// The plan import's corrections as the person makes them (target plan, sheets and columns, agency
// names) and the dry run's input they become: plain functions, so they are tested without a window.
import type { Input } from '../../../shared/api/contract';
import type { PlanImportDryRun, PlanImportField } from '../../../shared/api/sheetTypes';
import type { AgencyKind } from '../../../shared/domain';
import type { Upload } from '../sheets/FileDrop';

export type DryRunInput = Input<'imports.planDryRun'>;
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
