// The spreadsheet methods of the contract (issue 11): exports of what is on screen, the plan import,
// collection rounds and their returned forms. Spread into `contract` (./contract.ts), so they are typed
// and validated like every other method. Files travel as base64 (FileDownload out, sheetFile in).
import { z } from 'zod';
import * as s from './schemas';
import * as ss from './sheetSchemas';
import type * as ST from './sheetTypes';
import type * as T from './types';

const returns = <O>() => undefined as unknown as O;
const method = <I extends z.ZodType, O>(input: I, output: O) => ({ input, output });

/** The task list's filters and sort, without paging: an export holds every row the list would show. */
const taskListExport = s.taskFilter.omit({ offset: true, limit: true });

export const sheetContract = {
  // exports: what is on screen, as .xlsx in the reports' house style
  'exports.tasks': method(taskListExport, returns<T.FileDownload>()),
  'exports.indicators': method(
    z.object({
      planId: s.id.nullable().default(null),
      pillarId: s.id.nullable().default(null),
      leadAgencyId: s.id.nullable().default(null),
      q: z.string().max(200).default(''),
      at: s.isoDate('Ngày tham chiếu').nullable().default(null),
    }),
    returns<T.FileDownload>(),
  ),
  'exports.values': method(
    z.object({ planId: s.id.nullable().default(null), year: s.year('Năm') }),
    returns<T.FileDownload>(),
  ),
  'exports.agencies': method(
    z.object({ includeArchived: z.boolean().default(false) }),
    returns<T.FileDownload>(),
  ),

  // plan import: a dry run (writes nothing), then the apply (one change set, undone by changes.undo)
  'imports.planDryRun': method(ss.planImport, returns<ST.PlanImportDryRun>()),
  'imports.planApply': method(ss.planImportApply, returns<ST.PlanImportResult>()),

  // collection rounds
  'rounds.list': method(
    z.object({ planId: s.id.nullable().default(null), includeArchived: z.boolean().default(false) }),
    returns<ST.RoundSummary[]>(),
  ),
  'rounds.get': method(z.object({ id: s.id }), returns<ST.RoundDetail>()),
  'rounds.create': method(ss.roundCreate, returns<ST.RoundDetail>()),
  'rounds.archive': method(z.object({ id: s.id }), returns<{ ok: true }>()),
  /** The forms of these agencies: one .xlsx for one agency, else a .zip of one .xlsx per agency. */
  'rounds.forms': method(ss.roundAgencies, returns<T.FileDownload>()),
  /** One .eml draft per agency (in a .zip): its form attached, or a reminder to those not answered. */
  'rounds.emailDrafts': method(
    ss.roundAgencies.extend({ kind: z.enum(['forms', 'reminders']).default('forms') }),
    returns<ST.RoundMailResult>(),
  ),
  /** The same mails through the SMTP outbox. */
  'rounds.queueEmails': method(
    ss.roundAgencies.extend({ kind: z.enum(['forms', 'reminders']).default('forms') }),
    returns<ST.RoundMailResult>(),
  ),
  /** The person sent these agencies' forms some other way (by hand, a portal). */
  'rounds.markSent': method(
    z.object({
      roundId: s.id,
      agencyIds: z.array(s.id).min(1, { message: 'Chưa chọn cơ quan nào.' }).max(2000),
    }),
    returns<ST.RoundDetail>(),
  ),
  /** "12/40 cơ quan đã gửi số liệu Quý IV/2026" for the latest open round of the plan, or null. */
  'rounds.dashboardLine': method(
    z.object({ planId: s.id.nullable().default(null) }),
    returns<ST.RoundDashboardLine | null>(),
  ),

  // returned forms: check (writes nothing), then apply (one change set per form, actor the agency)
  'forms.check': method(ss.formFiles, returns<ST.FormCheckResult>()),
  'forms.apply': method(ss.formApply, returns<ST.FormApplyResult>()),
} as const;
