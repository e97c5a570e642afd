// Output types of the spreadsheet methods (issue 11): exports, plan import, collection rounds and the
// returned forms. Inputs are the zod schemas of ./sheetSchemas; ./contract ties both to each method.
import type { IsoDate, IsoInstant } from '../domain';
import type { DeadlineKind } from '../rules/deadlines';
import type { PlausibilityWarning } from '../rules/plausibility';
import type { RoundAgencyStatus } from '../rules/roundStatus';
import type { ChangeSetRef, FileDownload } from './types';

/** Where a problem is in a spreadsheet, and what to fix: the DHIS2 import summary's "conflict". */
export interface SheetProblem {
  sheet: string;
  /** 1-based row as the spreadsheet shows it; 0 for the sheet as a whole. */
  row: number;
  /** Column letter ("D"), or '' for the row or sheet as a whole. */
  column: string;
  message: string;
}

/** The fields a plan annex's columns can hold (main/services/imports/headers.ts). */
export type PlanImportField =
  | 'stt'
  | 'code'
  | 'title'
  | 'lead'
  | 'supporting'
  | 'due'
  | 'output'
  | 'note'
  | 'indicator'
  | 'unit'
  | 'target'
  | 'baseline';

export interface PlanImportSheet {
  name: string;
  /** Read for the import (visible, with a header found, or chosen by the person). */
  used: boolean;
  headerRow: number | null;
  /** Each mapped field: its column letter and the header text found there. */
  columns: { field: PlanImportField; label: string; column: string; header: string }[];
  /** Header cells no field was taken from (to offer in the mapping). */
  unmapped: { column: string; header: string }[];
}

export interface PlanImportGroup {
  sheet: string;
  row: number;
  /** "I. CHÍNH QUYỀN SỐ" as written (number and name). */
  text: string;
  prefix: string;
  /** The pillar its rows get; null: none (a subgroup inherits its parent's). */
  pillar: { id: string | null; name: string } | null;
  /** 'existing': a pillar of the Danh mục; 'new': created by the import; 'parent', 'none'. */
  action: 'existing' | 'new' | 'parent' | 'none';
}

/** A name in an agency cell that is not one agency of the Danh mục. */
export interface PlanImportAgencyName {
  text: string;
  kind: 'unknown' | 'ambiguous' | 'collective';
  /** Rows that name it, "Kế hoạch!D12". */
  cells: string[];
  /** For 'ambiguous': the agencies it could be. */
  candidates: { id: string; name: string }[];
  /** What the import does with it now: refused until resolved, ignored (collective), mapped, created. */
  resolution: 'refused' | 'ignored' | 'mapped' | 'created';
  /** A proposal for creating it (code, name, short name), for the form that creates it. */
  proposal: { code: string; name: string; shortName: string | null };
}

export interface PlanImportChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface PlanImportRow {
  sheet: string;
  row: number;
  kind: 'task' | 'indicator';
  action: 'new' | 'updated' | 'unchanged' | 'refused';
  code: string;
  title: string;
  pillarName: string | null;
  lead: string | null;
  supporting: string[];
  /** The deadline as written and as read (tasks). */
  due: { text: string; date: IsoDate | null; kind: DeadlineKind } | null;
  output: string;
  unit: string | null;
  target: number | null;
  /** For 'updated': what changes, old and new in words. */
  changes: PlanImportChange[];
  problems: SheetProblem[];
}

export interface PlanImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  refused: number;
}

export interface PlanImportDryRun {
  fileName: string;
  sha256: string;
  /** The plan the rows go into: an existing one, or the one the import will create. */
  plan: { id: string | null; code: string; title: string; yearFrom: number; yearTo: number };
  sheets: PlanImportSheet[];
  groups: PlanImportGroup[];
  agencyNames: PlanImportAgencyName[];
  rows: PlanImportRow[];
  /** Problems of a whole sheet or of the file (no header, nothing to import). */
  problems: SheetProblem[];
  summary: { tasks: PlanImportCounts; indicators: PlanImportCounts; total: PlanImportCounts };
  /** Apply would go through as asked (no refused row, or skipRefused). */
  canApply: boolean;
}

export interface PlanImportResult {
  planId: string;
  importId: string;
  summary: PlanImportDryRun['summary'];
  /** The change set written (null when nothing changed); undone with changes.undo. */
  changeSet: ChangeSetRef | null;
}

// ---- collection rounds ------------------------------------------------------------------------------

export interface RoundAgency {
  agencyId: string;
  code: string;
  name: string;
  shortName: string | null;
  email: string | null;
  status: RoundAgencyStatus;
  /** "Đã nhận 15/12/2026", "Quá hạn 3 ngày", in words. */
  statusText: string;
  issuedAt: IsoInstant | null;
  sentAt: IsoInstant | null;
  sentChannel: 'eml' | 'smtp' | 'tay' | null;
  /** The latest returned form that counts (not undone): when it was imported and the form's own date. */
  receivedAt: IsoInstant | null;
  formDate: IsoDate | null;
  remindedAt: IsoInstant | null;
  /** What its form holds: tasks it leads, tasks it supports (read-only), indicators it leads. */
  taskCount: number;
  supportingCount: number;
  indicatorCount: number;
}

export interface RoundSummary {
  id: string;
  planId: string;
  planCode: string;
  period: string;
  periodLabel: string;
  dueDate: IsoDate;
  createdAt: IsoInstant;
  archivedAt: IsoInstant | null;
  counts: Record<RoundAgencyStatus, number> & { total: number };
  /** "12/40 cơ quan đã gửi số liệu Quý IV/2026". */
  line: string;
}

export interface RoundDetail extends RoundSummary {
  agencies: RoundAgency[];
  imports: {
    id: string;
    agencyId: string;
    agencyName: string;
    fileName: string;
    sha256: string;
    formDate: IsoDate;
    importedAt: IsoInstant;
    updatedRows: number;
    unchangedRows: number;
    changeSetId: number | null;
    /** The import's change set was undone: it no longer counts as received. */
    undone: boolean;
  }[];
}

/** The dashboard's line for the latest open round, or null when there is none. */
export interface RoundDashboardLine {
  roundId: string;
  period: string;
  periodLabel: string;
  dueDate: IsoDate;
  received: number;
  total: number;
  overdue: number;
  line: string;
}

export interface RoundMailResult {
  /** The drafts (a .zip of one .eml per agency), or null when queued through the outbox. */
  file: FileDownload | null;
  /** Agencies a mail was made or queued for. */
  sent: { agencyId: string; name: string; to: string }[];
  /** Agencies left out, with why ("chưa có địa chỉ thư điện tử"). */
  skipped: { agencyId: string; name: string; reason: string }[];
}

// ---- returned forms ---------------------------------------------------------------------------------

/** One change a returned form makes: old -> new, in words and as stored. */
export interface FormChange {
  /** "task:<id>:progress", "value:<indicatorId>:<period>:value": stable, to name it in `choices`. */
  key: string;
  kind: 'task' | 'value';
  recordId: string;
  code: string;
  /** The record's name (task title or indicator name), for the preview. */
  name: string;
  field: string;
  label: string;
  before: string;
  after: string;
  sheet: string;
  row: number;
  column: string;
  warnings: { code: PlausibilityWarning['code']; message: string }[];
}

/** A field both the agency and TienDo changed since the form was issued: the person chooses. */
export interface FormConflict {
  key: string;
  kind: 'task' | 'value';
  recordId: string;
  code: string;
  name: string;
  field: string;
  label: string;
  /** What the agency wrote. */
  formValue: string;
  /** What TienDo holds now, changed after the form was issued. */
  currentValue: string;
  sheet: string;
  row: number;
  column: string;
}

export interface FormFileCheck {
  fileName: string;
  sha256: string;
  /**
   * 'ready': genuine, of this round, nothing refused; 'nothing': genuine but changes nothing;
   * 'already': this very file was imported before (and not undone); 'refused': not applied, see problems.
   */
  status: 'ready' | 'nothing' | 'already' | 'refused';
  /** Which form it is, once its hidden part could be read (also for a form of another round or file). */
  form: {
    roundId: string;
    periodLabel: string;
    agencyId: string;
    agencyName: string;
    issuedAt: IsoInstant;
    province: string;
  } | null;
  /** The day the agency saved it (file properties), else null. */
  formDate: IsoDate | null;
  changes: FormChange[];
  conflicts: FormConflict[];
  unchanged: number;
  /** Why the file or its rows are refused: sheet, row, column, what to fix. A refused file changes nothing. */
  problems: SheetProblem[];
  /** Things worth knowing that refuse nothing (a read-only row edited, an inserted row ignored). */
  notes: SheetProblem[];
  /** When 'already': the earlier import. */
  importedAt: IsoInstant | null;
}

export interface FormCheckResult {
  files: FormFileCheck[];
}

export interface FormApplyFile extends FormFileCheck {
  applied: boolean;
  /** One change set per form (actor: the agency); null when nothing was written. */
  changeSet: ChangeSetRef | null;
  updatedRows: number;
}

export interface FormApplyResult {
  files: FormApplyFile[];
  /** Every file applied or had nothing to apply. */
  ok: boolean;
}
