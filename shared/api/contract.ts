// The API contract: the single source of truth for every call from the UI to the backend.
// Each method names its zod input schema and (as a phantom type) its output. main/api.ts is typed
// by `Handlers`, the renderer's client by `Client`: a method missing on either side fails typecheck.
import { z } from 'zod';
import * as s from './schemas';
import type * as T from './types';
import type { ReportDraft, ReportModel } from '../report/model';
import * as rs from '../report/schemas';
import { sheetContract } from './sheetContract';
import * as ts from './trustSchemas';
import { fieldMessage } from '../errors/wording';

/** Marks a method's output type; there is no runtime value. */
const returns = <O>() => undefined as unknown as O;
const method = <I extends z.ZodType, O>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict().default({});
const byId = z.object({ id: s.id });

/** Records whose history changes.list can show (the entity names of the audit log). */
export const CHANGE_ENTITIES = [
  'task',
  'agency',
  'pillar',
  'plan',
  'indicator',
  'meeting',
  'conclusion',
  'meeting_notice',
  'setting',
] as const;

export const contract = {
  'app.info': method(none, returns<T.AppInfo>()),
  'app.createDemo': method(z.object({ year: s.year('Năm').optional() }), returns<{ planId: string }>()),
  /** The programme's pillars seeded; with a province, its names in the settings (the first-run screen asks). */
  'app.startEmpty': method(
    z.object({ province: s.line('Tên tỉnh', 100).optional() }),
    returns<{ ok: true }>(),
  ),

  'settings.get': method(none, returns<T.Settings>()),
  'settings.update': method(s.settingsPatch, returns<T.Settings>()),

  'agencies.list': method(z.object({ includeArchived: z.boolean().default(false) }), returns<T.Agency[]>()),
  'agencies.create': method(s.agencyCreate, returns<T.Agency>()),
  'agencies.update': method(z.object({ id: s.id, patch: s.agencyPatch }), returns<T.Agency>()),
  'agencies.archive': method(byId, returns<{ ok: true }>()),
  'agencies.merge': method(
    z.object({ fromId: s.id, intoId: s.id, on: s.isoDate('Ngày sáp nhập') }),
    returns<{ movedTasks: number; movedIndicators: number; movedConclusions: number }>(),
  ),

  'pillars.list': method(z.object({ includeArchived: z.boolean().default(false) }), returns<T.Pillar[]>()),
  'pillars.create': method(s.pillarCreate, returns<T.Pillar>()),
  'pillars.update': method(z.object({ id: s.id, patch: s.pillarPatch }), returns<T.Pillar>()),
  'pillars.archive': method(byId, returns<{ ok: true }>()),

  'plans.list': method(z.object({ includeArchived: z.boolean().default(false) }), returns<T.Plan[]>()),
  'plans.get': method(byId, returns<T.Plan>()),
  'plans.create': method(s.planCreate, returns<T.Plan>()),
  'plans.update': method(z.object({ id: s.id, patch: s.planPatch }), returns<T.Plan>()),
  'plans.archive': method(byId, returns<{ ok: true }>()),

  'tasks.list': method(s.taskFilter, returns<T.Page<T.TaskRow>>()),
  'tasks.get': method(byId, returns<T.Task>()),
  'tasks.create': method(s.taskCreate, returns<T.Task>()),
  'tasks.update': method(z.object({ id: s.id, patch: s.taskPatch }), returns<T.Task>()),
  'tasks.quickUpdate': method(s.taskQuickUpdate, returns<T.Task>()),
  'tasks.bulkUpdate': method(
    z.object({
      ids: z
        .array(s.id)
        .min(1, { message: fieldMessage('CHUA_CHON_NHIEM_VU', {}) })
        .max(20_000),
      patch: s.taskBulkPatch,
    }),
    returns<{ updated: number }>(),
  ),
  /**
   * What tasks.bulkUpdate would do, writing nothing: per named field how many of the tasks it changes,
   * and the refusal it would meet (tasks it would make inconsistent). For the confirmation dialog.
   */
  'tasks.bulkPreview': method(
    z.object({
      ids: z
        .array(s.id)
        .min(1, { message: fieldMessage('CHUA_CHON_NHIEM_VU', {}) })
        .max(20_000),
      patch: s.taskBulkPatch,
    }),
    returns<T.BulkPreview>(),
  ),
  'tasks.archive': method(byId, returns<{ ok: true }>()),
  'tasks.history': method(byId, returns<T.AuditEntry[]>()),

  'indicators.list': method(
    z.object({
      planId: s.id.nullable().default(null),
      pillarId: s.id.nullable().default(null),
      leadAgencyId: s.id.nullable().default(null),
      q: z.string().max(200).default(''),
      at: s.isoDate('Ngày tham chiếu').nullable().default(null),
    }),
    returns<T.IndicatorRow[]>(),
  ),
  'indicators.get': method(
    z.object({ id: s.id, at: s.isoDate('Ngày tham chiếu').nullable().default(null) }),
    returns<T.Indicator>(),
  ),
  'indicators.create': method(s.indicatorCreate, returns<T.Indicator>()),
  'indicators.update': method(z.object({ id: s.id, patch: s.indicatorPatch }), returns<T.Indicator>()),
  'indicators.archive': method(byId, returns<{ ok: true }>()),
  'indicators.setTarget': method(
    z.object({
      indicatorId: s.id,
      year: s.year('Năm'),
      baseline: s.finite('Giá trị cơ sở').nullable(),
      target: s.finite('Chỉ tiêu kế hoạch'),
    }),
    returns<T.IndicatorTarget>(),
  ),
  'indicators.valueGrid': method(
    z.object({ planId: s.id.nullable().default(null), year: s.year('Năm') }),
    returns<T.ValueGrid>(),
  ),
  'indicators.setValues': method(
    z.object({
      values: z
        .array(
          z.object({
            indicatorId: s.id,
            period: s.periodKey,
            /** null clears the cell. */
            value: s.finite('Giá trị').nullable(),
            note: s.optionalLine('Ghi chú', 2000).optional(),
            evidence: s.optionalLine('Minh chứng', 2000).optional(),
            /** The text the value was pasted as (the server checks it reads as `value`, and whether it is ambiguous). */
            pasted: z.string().max(100).optional(),
            /** The person confirmed this cell's plausibility warnings (shared/rules/plausibility.ts). */
            confirmed: z.boolean().optional(),
          }),
        )
        .min(1)
        .max(5000),
    }),
    returns<{ saved: number }>(),
  ),

  /** Each meeting with how its conclusions are going at `at` (default today): done, on time, late. */
  'meetings.list': method(
    z.object({
      includeArchived: z.boolean().default(false),
      at: s.isoDate('Ngày tham chiếu').nullable().default(null),
    }),
    returns<T.MeetingListItem[]>(),
  ),
  'meetings.get': method(
    z.object({ id: s.id, at: s.isoDate('Ngày tham chiếu').nullable().default(null) }),
    returns<T.MeetingDetail>(),
  ),
  'meetings.create': method(s.meetingCreate, returns<T.MeetingDetail>()),
  'meetings.update': method(z.object({ id: s.id, patch: s.meetingPatch }), returns<T.MeetingDetail>()),
  'meetings.archive': method(byId, returns<{ ok: true }>()),
  'conclusions.create': method(s.conclusionCreate, returns<T.Conclusion>()),
  'conclusions.update': method(z.object({ id: s.id, patch: s.conclusionPatch }), returns<T.Conclusion>()),
  'conclusions.archive': method(byId, returns<{ ok: true }>()),
  'conclusions.toTask': method(
    z.object({ conclusionId: s.id, planId: s.id, code: s.line('Mã nhiệm vụ', 50).optional() }),
    returns<T.Task>(),
  ),
  /** What conclusions.toTasks would create, skip (already a task) or refuse, writing nothing. */
  'conclusions.previewTasks': method(s.conclusionsToTasks, returns<T.ConclusionsToTasksPreview>()),
  /** Several conclusions become tasks in one transaction and one change set: all created, or none. */
  'conclusions.toTasks': method(s.conclusionsToTasks, returns<T.ConclusionsToTasksResult>()),

  // meetings: briefing and notice
  /** The briefing pack of a meeting: the store at the meeting's date, changes since the previous meeting. */
  'meetings.briefing': method(z.object({ meetingId: s.id }), returns<T.BriefingModel>()),
  /** The notice of conclusions: as saved, or the draft generated from the conclusions. */
  'meetings.notice': method(z.object({ meetingId: s.id }), returns<T.MeetingNotice>()),
  'meetings.saveNotice': method(
    z.object({
      meetingId: s.id,
      body: s.text('Nội dung thông báo'),
      recipients: z.array(s.optionalLine('Nơi nhận')).max(50, { message: 'Nơi nhận: tối đa 50 dòng.' }),
      signer: rs.signerBlock,
    }),
    returns<T.MeetingNotice>(),
  ),
  /** Exports through the report pipeline (workbook -> signature -> submission) as a background job; poll jobs.get. */
  'meetings.exportBriefing': method(
    z.object({ meetingId: s.id, signWith: rs.signWith }),
    returns<{ jobId: string }>(),
  ),
  /** The notice also as a Word document (format 'docx'); the briefing pack is a workbook only. */
  'meetings.exportNotice': method(
    z.object({ meetingId: s.id, signWith: rs.signWith, format: rs.documentFormat }),
    returns<{ jobId: string }>(),
  ),

  'dashboard.get': method(
    z.object({
      planId: s.id.nullable().default(null),
      at: s.isoDate('Ngày tham chiếu').nullable().default(null),
    }),
    returns<T.Dashboard>(),
  ),
  'search.query': method(
    z.object({
      q: z.string().max(200, { message: 'Từ khóa tìm kiếm dài quá 200 ký tự.' }),
      limit: z.number().int().min(1).max(200).default(30),
    }),
    returns<T.SearchHit[]>(),
  ),
  /** Change sets (one per action of a person), newest first: of one record, or of the whole file. */
  'changes.list': method(
    z.object({
      entity: z.enum(CHANGE_ENTITIES, { message: 'Loại bản ghi không hợp lệ.' }).optional(),
      entityId: z.string().min(1).max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    returns<T.ChangeSetView[]>(),
  ),
  /** Reverts one change set as a new one (kind 'undo'); undoing an undo redoes. Refuses, changing nothing, on a later conflicting change. */
  'changes.undo': method(
    z.object({ id: z.number({ message: 'Mã thay đổi không hợp lệ.' }).int().min(1) }),
    returns<T.ChangeSetView>(),
  ),
  'audit.list': method(
    z.object({
      entity: z.string().max(50).optional(),
      entityId: s.id.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    returns<T.AuditEntry[]>(),
  ),

  'backups.list': method(none, returns<T.BackupEntry[]>()),
  'backups.create': method(none, returns<T.BackupEntry>()),
  'backups.restore': method(
    z.object({
      name: z.string().regex(/^tiendo-[A-Za-z0-9-]+\.db$/, { message: 'Tên bản sao lưu không hợp lệ.' }),
    }),
    returns<{ ok: true }>(),
  ),
  /** A checked backup into a folder the person chose (a USB stick): written, checked, then named. */
  'backups.createIn': method(
    z.object({
      folder: z
        .string()
        .trim()
        .min(1, { message: 'Hãy chọn hoặc nhập thư mục sẽ chứa bản sao lưu.' })
        .max(1000, { message: 'Đường dẫn thư mục dài quá 1000 ký tự.' }),
    }),
    returns<T.FolderBackupResult>(),
  ),
  'db.check': method(none, returns<T.CheckResult>()),
  /**
   * Records that break a rule added after they were written (duplicate codes and meeting numbers,
   * inconsistent tasks), each with a proposed fix the person confirms through the normal update
   * methods; and the constraints still waiting for those fixes.
   */
  'dataProblems.list': method(none, returns<T.DataProblems>()),

  // reports and submissions
  'reports.draft.get': method(rs.reportKey, returns<ReportDraft>()),
  'reports.draft.save': method(rs.reportDraftSave, returns<ReportDraft>()),
  'reports.preview': method(rs.reportKey, returns<ReportModel>()),
  /** What to look at before signing: values with warnings, indicators without a value for the period, … */
  'reports.checklist': method(rs.reportKey, returns<T.ReportChecklist>()),
  /** Starts the export (model -> workbook -> signature -> submission) in the background; poll jobs.get. */
  'reports.export': method(rs.reportExport, returns<{ jobId: string }>()),
  'jobs.get': method(rs.jobId, returns<T.Job>()),
  'reports.verify': method(
    z.object({ fileBase64: rs.base64File('Tệp báo cáo', rs.MAX_XLSX_BYTES) }),
    returns<T.ReportVerification>(),
  ),
  'signing.identity.get': method(none, returns<T.SigningIdentity | null>()),
  'signing.identity.create': method(rs.identityCreate, returns<T.SigningIdentity>()),
  'signing.identity.exportCertificate': method(rs.certificateFormat, returns<T.FileDownload>()),
  'submissions.list': method(
    z.object({
      planId: s.id.nullable().default(null),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    returns<T.Submission[]>(),
  ),
  'submissions.download': method(rs.submissionRef, returns<T.FileDownload>()),
  'submissions.emailDraft': method(
    rs.submissionRef.extend({ to: s.email('Địa chỉ nhận').optional() }),
    returns<T.FileDownload>(),
  ),
  'submissions.queueEmail': method(
    rs.submissionRef.extend({ to: s.email('Địa chỉ nhận').optional() }),
    returns<T.Submission>(),
  ),
  'outbox.list': method(none, returns<T.OutboxEntry[]>()),
  'outbox.retry': method(byId, returns<T.OutboxEntry>()),

  // spreadsheets in and out: exports, plan import, collection rounds, returned forms (./sheetContract.ts)
  ...sheetContract,
  /** Imports the centre's receipts (files or .eml replies): each submission then shows its acknowledgement. */
  'receipts.import': method(z.object({ files: ts.incomingFiles }), returns<T.ReceiptImportOutcome[]>()),

  // signing with a token (PKCS#11); the PIN goes only in signWith, at export time
  /** The usual module files of this platform, with whether each is on this machine. */
  'signing.pkcs11.modules': method(none, returns<T.Pkcs11Module[]>()),
  /** The slots of a module that hold a token (the module: a known one, or the path the person chose). */
  'signing.pkcs11.slots': method(ts.pkcs11Slots, returns<T.Pkcs11Slot[]>()),
  /** The certificates on a token, read without the PIN. */
  'signing.pkcs11.certificates': method(ts.pkcs11Certificates, returns<T.Pkcs11Certificate[]>()),

  // trust list (a province's file and the centre's)
  'trust.list': method(none, returns<T.TrustList>()),
  /** What a certificate file or a signed report offers before anything is added: the fingerprint to compare. */
  'trust.inspect': method(ts.trustInspect, returns<T.TrustCandidate>()),
  /** Adds its signer with the fingerprint the person read; refuses a mismatch (naming the group), a CA, a wrong usage. */
  'trust.addSigner': method(ts.trustAddSigner, returns<T.TrustedSignerEntry>()),
  'trust.removeSigner': method(byId, returns<{ ok: true }>()),
  /** Imports the CA certificates of a .cer/.pem/.p7b file (a certificate that is not a CA's is refused). */
  'trust.importAuthorities': method(
    ts.trustImportAuthorities,
    returns<{ added: T.TrustAuthorityEntry[]; skipped: T.TrustAuthorityEntry[] }>(),
  ),
  'trust.removeAuthority': method(byId, returns<{ ok: true }>()),
  /** Imports a CRL, accepted only when a CA on the list signed it. */
  'trust.importCrl': method(ts.trustImportCrl, returns<T.TrustCrlEntry>()),

  // the centre: receiving and consolidating ("Tiếp nhận báo cáo"); refused on a province's file
  /** The centre's name and provinces; name null on a province's file. Works on either. */
  'centre.info': method(none, returns<T.CentreInfo>()),
  /** Makes an empty file the centre's (refused on a file with a province's data). */
  'centre.init': method(ts.centreInit, returns<T.CentreInfo>()),
  /** Receives dropped files (workbooks, .eml messages): one outcome per workbook, refusals with the reason. */
  'centre.receive': method(z.object({ files: ts.incomingFiles }), returns<T.ReceiveOutcome[]>()),
  /** The table of a period: each province, received or not, on time, verdict now, signer, signing time. */
  'centre.status': method(ts.centrePeriod, returns<T.CentreStatus>()),
  /** Received files (every version), newest first, with their verdict now; filtered by period and province. */
  'centre.files': method(ts.centreFiles, returns<T.ReceivedFile[]>()),
  'centre.refusals': method(
    z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    returns<T.ReceivedRefusal[]>(),
  ),
  /** "Tin cậy người ký này": the received file's signer, with the fingerprint the person read. */
  'centre.trustSigner': method(ts.centreTrustSigner, returns<T.TrustedSignerEntry>()),
  'centre.setDeadline': method(ts.centreDeadline, returns<{ period: string; deadline: string | null }>()),
  /** The consolidated workbook of a period (from the signed models of the newest trusted reports). */
  'centre.consolidate': method(ts.centrePeriod, returns<T.FileDownload>()),
  /** A received file's bytes, as received. */
  'centre.download': method(ts.receivedRef, returns<T.FileDownload>()),
  /** A signed receipt for a received file, and its .eml reply draft. */
  'centre.receipt': method(ts.centreReceipt, returns<T.ReceiptFiles>()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives: validated, defaults filled in. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

export interface ApiError {
  code: string;
  message: string;
  /** The message's key and parameters in shared/errors/catalogue.ts: the renderer words it in its language. */
  key?: string;
  params?: Record<string, string | number>;
  /** Field-level problems for forms: path joined with '.', Vietnamese message (and its key, as above). */
  fields?: { path: string; message: string; key?: string; params?: Record<string, string | number> }[];
}
/** A write call also says which change set it wrote (absent for reads and for calls that changed nothing). */
export type ApiResult<O> =
  { ok: true; value: O; changeSet?: T.ChangeSetRef } | { ok: false; error: ApiError };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
