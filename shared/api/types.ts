// Output types of the API: what the backend returns and the renderer shows.
// Inputs are zod schemas in ./schemas; both are tied together per method in ./contract.
import type {
  AgencyKind,
  Direction,
  IsoDate,
  IsoInstant,
  MeetingMode,
  PillarGroup,
  PlanState,
  TaskState,
} from '../domain';
import type { Assessment } from '../rules/indicatorAssessment';
import type { AssessmentExplanation } from '../rules/assessmentExplanation';
import type { PlausibilityWarning } from '../rules/plausibility';
import type { TaskSituation } from '../rules/taskSituation';
import type { SignerBlock } from '../report/model';
import type { ConclusionProgressCounts } from '../rules/conclusionProgress';

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbFile: string;
  mode: 'electron' | 'browser';
  isEmpty: boolean;
  today: IsoDate;
  /** Why the data file is open read-only (the renderer shows it as a banner), or null when changes are saved. */
  readOnly: string | null;
  /** What the person should know since the start, e.g. that today's backup failed on a full disk. */
  warnings: string[];
  /**
   * The centre's name on a receiving body's file, null on a province's: the shell picks its app from this
   * one call, asked for at boot (centre.info has the rest, e.g. the provinces it expects).
   */
  centre: string | null;
}

export interface Settings {
  provinceName: string;
  committeeName: string;
  committeeShortName: string;
  secretariatAgency: string;
  operatorName: string;
  dueSoonDays: number;
  assessmentTolerance: number;
  backupKeep: number;
  centreEmail: string;
  reportPlace: string;
  smtp: SmtpSettings | null;
  /** The plan pages and the CLI open on, as the person chose it (null until there is a plan to pin). */
  defaultPlanId: string | null;
  /** The office's IANA time zone: "today" and every time shown are on its clock (Asia/Ho_Chi_Minh). */
  timeZone: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  from: string;
  /** The password is never returned to the renderer; true when one is stored. */
  hasPassword: boolean;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  email: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  successorId: string | null;
  archivedAt: IsoInstant | null;
  openTaskCount: number;
}

export interface Pillar {
  id: string;
  code: string;
  name: string;
  group: PillarGroup;
  sortOrder: number;
  archivedAt: IsoInstant | null;
}

export interface Plan {
  id: string;
  code: string;
  title: string;
  yearFrom: number;
  yearTo: number;
  issuedOn: IsoDate | null;
  issuedBy: string | null;
  basis: string;
  state: PlanState;
  archivedAt: IsoInstant | null;
  taskCount: number;
  indicatorCount: number;
}

export interface TaskRow {
  id: string;
  planId: string;
  code: string;
  title: string;
  pillarId: string | null;
  pillarName: string | null;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  dueDate: IsoDate | null;
  state: TaskState;
  progress: number;
  completedOn: IsoDate | null;
  situation: TaskSituation;
  updatedAt: IsoInstant;
}

export interface Task extends TaskRow {
  supportingAgencyIds: string[];
  output: string;
  startDate: IsoDate | null;
  result: string;
  difficulties: string;
  proposals: string;
  sourceText: string;
  conclusionId: string | null;
  /** Where the task came from, when it was created from a meeting conclusion. */
  source: { meetingId: string; meetingNumber: number; meetingDate: IsoDate; conclusionText: string } | null;
  archivedAt: IsoInstant | null;
}

export interface AuditEntry {
  seq: number;
  at: IsoInstant;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Field names whose value differs between before and after. */
  changed: string[];
  /** The person's action this row belongs to; null for rows written before change sets (schema 5). */
  changeSetId: number | null;
}

/** The change set an API call wrote (one per action of a person), so the screen can offer "Hoàn tác". */
export interface ChangeSetRef {
  id: number;
  label: string;
  kind: string;
  undoable: boolean;
}

/** One action of a person in the history: what they did, when, and the rows it changed. */
export interface ChangeSetView {
  /** null: audit rows written before change sets existed (schema 5); shown, never undoable. */
  id: number | null;
  at: IsoInstant;
  actor: string;
  /** The API method that wrote it ('tasks.bulkUpdate'), 'undo', or 'system'. */
  kind: string;
  /** What the person did, in Vietnamese: "Cập nhật hàng loạt 2 nhiệm vụ: Tiến độ 60%". */
  label: string;
  /** The change set this one undid (kind 'undo'). */
  revertsId: number | null;
  /** The undo that reverted this one. */
  revertedById: number | null;
  /** Why "Hoàn tác" is not offered, in Vietnamese; null when it may be tried. */
  cannotUndo: string | null;
  /** Undoing this one applies a change again ("Làm lại"): it is an undo of an original action. */
  redoes: boolean;
  /** Its audit rows: those of the record asked about, or the first ones of the whole set. */
  entries: AuditEntry[];
  /** How many audit rows the change set has in all. */
  entryCount: number;
  /**
   * Display names of the records its entries are about and of the records they refer to, by id
   * (task -> "1.2", agency -> "Sở KH&CN", pillar -> its name, plan -> its number), archived ones included.
   */
  names: Record<string, string>;
}

export interface IndicatorTarget {
  year: number;
  baseline: number | null;
  target: number;
}

export interface IndicatorValue {
  period: string;
  periodEnd: IsoDate;
  value: number;
  note: string;
  evidence: string;
  /** Plausibility warnings a person confirmed with this value (shared/rules/plausibility.ts). */
  warnings: PlausibilityWarning[];
  /** When this version became known (the last change). */
  updatedAt: IsoInstant;
}

export interface IndicatorRow {
  id: string;
  planId: string | null;
  code: string;
  name: string;
  unit: string;
  pillarId: string | null;
  pillarName: string | null;
  direction: Direction;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  /** Target of the year of the reference date (or of the requested year). */
  target: IndicatorTarget | null;
  latest: IndicatorValue | null;
  assessment: Assessment;
  ratio: number | null;
  /** The numbers and rule behind `assessment` (shared/rules/assessmentExplanation.ts). */
  explanation: AssessmentExplanation;
}

export interface Indicator extends IndicatorRow {
  definition: string;
  targets: IndicatorTarget[];
  values: IndicatorValue[];
  archivedAt: IsoInstant | null;
}

export interface ValueGrid {
  year: number;
  periods: { key: string; label: string; from: IsoDate; to: IsoDate }[];
  rows: {
    indicatorId: string;
    code: string;
    name: string;
    unit: string;
    target: number | null;
    values: Record<string, number | null>;
    /** Stored warnings per period key (only periods that have some). */
    warnings: Record<string, PlausibilityWarning[]>;
    /**
     * Values of the periods just before the grid's (last year's Quý IV and year), so the grid can warn
     * about a tenfold jump in its first columns as the server will.
     */
    before: Record<string, number | null>;
  }[];
}

export interface CountLink {
  count: number;
}

export interface GroupStat {
  id: string | null;
  name: string;
  total: number;
  done: number;
  overdue: number;
  cancelled: number;
  rate: number | null;
}

export interface Dashboard {
  planId: string | null;
  at: IsoDate;
  tasks: Record<TaskSituation, number> & { total: number };
  completionRate: number | null;
  done: number;
  byPillar: GroupStat[];
  byAgency: GroupStat[];
  overdue: TaskRow[];
  dueSoon: TaskRow[];
  indicators: Record<Assessment, number> & { total: number };
  indicatorSentence: string;
  /** Which values the indicator figures use: 'Số liệu chỉ tiêu như đã biết đến hết ngày 30/09/2025'. */
  indicatorBasis: string;
  trend: { period: string; label: string; to: IsoDate; done: number; total: number; rate: number | null }[];
}

export interface SearchHit {
  entity: 'task' | 'indicator' | 'agency' | 'meeting' | 'plan' | 'conclusion';
  id: string;
  title: string;
  snippet: string;
  /** A conclusion's meeting, where it opens. */
  meetingId?: string;
}

export interface Meeting {
  id: string;
  number: number;
  title: string;
  heldOn: IsoDate;
  chair: string;
  mode: MeetingMode;
  location: string;
  attendees: string;
  agenda: string;
  noticeNumber: string | null;
  noticeDate: IsoDate | null;
  conclusionCount: number;
  archivedAt: IsoInstant | null;
}

export interface Conclusion {
  id: string;
  meetingId: string;
  seq: number;
  text: string;
  agencyId: string | null;
  agencyName: string | null;
  pillarId: string | null;
  dueDate: IsoDate | null;
  /** The task created from this conclusion, with its live state. */
  task: {
    id: string;
    code: string;
    planId: string;
    state: TaskState;
    progress: number;
    situation: TaskSituation;
  } | null;
}

/** A row of the meeting list: the meeting and its conclusions counted by shared/rules/conclusionProgress. */
export interface MeetingListItem extends Meeting {
  progress: ConclusionProgressCounts;
}

export interface MeetingDetail extends Meeting {
  conclusions: Conclusion[];
}

/** What conclusions.toTasks would do with one selected conclusion. */
export interface ConclusionTaskPlan {
  conclusionId: string;
  seq: number;
  /** The code the task gets (the default KL<số>.<thứ tự> when none was given). */
  code: string;
  /** create: becomes a task; skip: already has one (left as it is); refuse: cannot, and nothing is created. */
  action: 'create' | 'skip' | 'refuse';
  /** Why it is skipped or refused, in words that say what to fix; null when it is created. */
  reason: string | null;
  /** The field a refusal is about (code, planId, pillarId, leadAgencyId, dueDate), or null. */
  field: string | null;
}
export interface ConclusionsToTasksPreview {
  rows: ConclusionTaskPlan[];
  create: number;
  skip: number;
  refuse: number;
}
export interface ConclusionsToTasksResult {
  created: Task[];
  skipped: ConclusionTaskPlan[];
}

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: IsoInstant;
  reason: string;
}

/** A backup into a folder the person chose, and what the check of the copy found (it passed). */
export interface FolderBackupResult {
  file: string;
  name: string;
  size: number;
  createdAt: IsoInstant;
  check: { integrity: 'ok'; userVersion: number; tables: { table: string; rows: number }[] };
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
}

/** One field of a bulk update as the confirmation shows it: the new value, and how many tasks it changes. */
export interface BulkFieldChange {
  field: 'state' | 'progress' | 'leadAgencyId' | 'pillarId' | 'dueDate' | 'completedOn';
  value: string | number | null;
  /** Of the selected tasks, those whose stored value differs from `value`. */
  changes: number;
}

export interface BulkPreview {
  selected: number;
  /** Only the fields the patch names, in the patch's order; a field that changes no task has changes 0. */
  fields: BulkFieldChange[];
  /** Tasks the patch would change at all (the others are written nothing). */
  changedTasks: number;
  /**
   * Why tasks.bulkUpdate would refuse the patch: per rule, the field to show it next to and a message
   * naming the tasks (first 10 codes, "và N nhiệm vụ khác"). Empty when the update would go through.
   */
  problems: { field: string; code: string; message: string }[];
}

export type DataProblemKind = 'duplicate_code' | 'duplicate_meeting_number' | 'inconsistent_task';
export type DataProblemEntity = 'task' | 'indicator' | 'agency' | 'pillar' | 'meeting';

/**
 * A fix the app proposes for a data problem. The renderer applies it through the normal update method
 * (tasks.update, meetings.update, ...), so it is validated and audited like any change.
 */
export type DataFix =
  | { kind: 'rename'; entity: 'task' | 'indicator' | 'agency' | 'pillar'; id: string; code: string }
  | { kind: 'renumber'; id: string; number: number }
  | {
      kind: 'taskFields';
      id: string;
      patch: { state?: TaskState; progress?: number; completedOn?: IsoDate | null };
    };

export interface DataProblem {
  /** Stable while the problem lasts (kind, entity and id), for React keys and tests. */
  key: string;
  kind: DataProblemKind;
  entity: DataProblemEntity;
  entityId: string;
  /** The record in words, e.g. "Nhiệm vụ ATTT.01 «Triển khai…» (kế hoạch 45/KH-UBND)". */
  label: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** The proposed fix in words ("Đổi mã thành ATTT.01-2"), and the fix itself; null: open the record. */
  fixText: string | null;
  fix: DataFix | null;
  /** Where the record is edited: the plan of a task or indicator, the meeting of a meeting. */
  planId: string | null;
  /** When the upgrade to schema 4 first found it; null when found later. */
  foundAt: IsoInstant | null;
}

export interface DataProblems {
  problems: DataProblem[];
  /** Rules the database cannot enforce yet because old records break them (Vietnamese descriptions). */
  pendingConstraints: string[];
}

export interface Submission {
  id: string;
  kind: string;
  planId: string | null;
  meetingId: string | null;
  period: string | null;
  docNumber: string;
  fileName: string;
  sha256: string;
  signer: string | null;
  createdAt: IsoInstant;
  sentAt: IsoInstant | null;
  channel: 'file' | 'eml' | 'smtp';
  state: 'tao_moi' | 'da_ky' | 'cho_gui' | 'da_gui' | 'loi';
  outbox: {
    state: 'queued' | 'sending' | 'sent' | 'failed';
    attempts: number;
    lastError: string | null;
    nextAttemptAt: IsoInstant;
  } | null;
  /** Whether the centre's signed receipt for this file came back (imported with receipts.import). */
  acknowledgement: Acknowledgement | null;
}

// ---- meetings: briefing and notice ----------------------------------------------------------------

/** A task as the briefing shows it: its situation and progress at the meeting's date D. */
export interface BriefingTask {
  id: string;
  planId: string;
  code: string;
  title: string;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  dueDate: IsoDate | null;
  completedOn: IsoDate | null;
  situation: TaskSituation;
  /**
   * Progress at D: 100 when done by D; null when the task shows as completed on a day after D (its progress
   * on day D is not known); otherwise its progress at D (main/services/briefing/tasksAt.ts).
   */
  progress: number | null;
  /**
   * 'meeting': state and progress as they stood on D, rebuilt from the task's audit rows; 'today': the
   * task was recorded in TienDo only after D, so this is its state today (the briefing says so).
   */
  stateAsOf: 'meeting' | 'today';
}

export interface BriefingAgencyGroup {
  agencyId: string | null;
  agencyName: string;
  tasks: BriefingTask[];
}

export interface BriefingValue {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  period: string;
  periodLabel: string;
  value: number;
  enteredOn: IsoDate;
  leadAgencyName: string | null;
}

export interface BriefingIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  leadAgencyName: string | null;
  target: number | null;
  latest: number | null;
  latestPeriodLabel: string | null;
  /** The key of latestPeriodLabel's period ('2026-Q3'), for the screen's own label. */
  latestPeriod: string | null;
  ratio: number | null;
}

export interface BriefingConclusion {
  id: string;
  meetingId: string;
  meetingNumber: number;
  meetingDate: IsoDate;
  seq: number;
  text: string;
  agencyName: string | null;
  dueDate: IsoDate | null;
  /** The linked task at D; null: "Chưa giao nhiệm vụ". */
  task: {
    id: string;
    code: string;
    planId: string;
    situation: TaskSituation;
    progress: number | null;
  } | null;
}

export interface BriefingScore {
  agencyId: string | null;
  agencyName: string;
  /** Tasks whose deadline fell on or before D (cancelled left out; open tasks due on D itself left out: still on time). */
  dueByD: number;
  completedOnTime: number;
  /** completedOnTime / dueByD, null when nothing was due. */
  onTimeRate: number | null;
  overdue: number;
}

/** The secretary's briefing pack for a meeting: the store as it stood at the meeting's date D. */
export interface BriefingModel {
  meeting: {
    id: string;
    number: number;
    title: string;
    heldOn: IsoDate;
    chair: string;
    noticeNumber: string | null;
  };
  /** D: the meeting's date. */
  at: IsoDate;
  /** P: changes are counted in (P, D]; the previous meeting's date, or 31/12 of the year before D. */
  since: IsoDate;
  /** The first day counted (P + 1), for headings. */
  fromDay: IsoDate;
  previousMeeting: { id: string; number: number; heldOn: IsoDate; title: string } | null;
  dueSoonDays: number;
  header: {
    provinceName: string;
    committeeName: string;
    committeeShortName: string;
    secretariatAgency: string;
    reportPlace: string;
  };
  changes: { completed: BriefingTask[]; newlyOverdue: BriefingTask[]; values: BriefingValue[] };
  overdue: BriefingAgencyGroup[];
  dueSoon: BriefingAgencyGroup[];
  indicatorsBehind: BriefingIndicator[];
  conclusions: BriefingConclusion[];
  scoreboard: BriefingScore[];
  /** How the tasks' state at D is known, in one line (how many rebuilt from history, how many from today). */
  taskBasis: { atMeeting: number; fromToday: number; line: string };
  counts: {
    completed: number;
    newlyOverdue: number;
    values: number;
    overdue: number;
    dueSoon: number;
    indicatorsBehind: number;
    conclusions: number;
    conclusionsWithoutTask: number;
    conclusionsDone: number;
  };
}

/** The draft notice of conclusions (Thông báo kết luận) of a meeting, as stored or as generated. */
export interface MeetingNotice {
  meetingId: string;
  body: string;
  /** Nơi nhận, one recipient a line, without '- ' and ';' (as in the report drafts). */
  recipients: string[];
  signer: SignerBlock;
  /** false: nothing saved yet, the fields hold the generated draft and the defaults. */
  saved: boolean;
  /** The draft generated from the meeting's current conclusions (to compare or start over). */
  draft: string;
  updatedAt: IsoInstant | null;
}

// ---- reports and submissions ----------------------------------------------------------------------

/** One thing to look at before a report is signed (main/services/reports/checklist.ts). */
export interface ReportChecklistItem {
  kind: 'value_warning' | 'no_value' | 'stale_value' | 'no_target';
  indicatorId: string;
  code: string;
  name: string;
  /** The value's period (value_warning, stale_value), else null. */
  period: string | null;
  value: number | null;
  warnings: PlausibilityWarning[];
  /** The item in Vietnamese, ready to read. */
  message: string;
}

/** "Cần xem lại trước khi ký": the data checks of a period's report. */
export interface ReportChecklist {
  planId: string;
  period: string;
  items: ReportChecklistItem[];
  counts: { valueWarnings: number; noValue: number; staleValue: number; noTarget: number };
}
// (The report model and draft types live in shared/report/model.ts.)

/** What a certificate says about its holder (mirrors main/excel/signature's SignerInfo). */
export interface SignerInfo {
  subject: string;
  commonName: string;
  issuer: string;
  serialNumber: string;
  /** Hex, colon-separated, upper case. */
  fingerprintSha256: string;
  notBefore: IsoInstant;
  notAfter: IsoInstant;
}

export interface VerificationProblem {
  code: string;
  message: string;
  part?: string;
}

/**
 * The certificate at the signing time the signature states: within its validity, fit to sign documents
 * (key usage), not revoked by an imported CRL, and chained through fit CA certificates when it chains to
 * an imported one.
 */
export type CertificateStatus =
  | { status: 'valid' }
  | { status: 'expired'; notAfter: IsoInstant }
  | { status: 'not-yet-valid'; notBefore: IsoInstant }
  | { status: 'revoked'; revokedAt: IsoInstant; reason: string | null }
  | { status: 'wrong-usage'; detail: string }
  | { status: 'chain-invalid'; detail: string }
  | { status: 'unknown' };

/**
 * Who vouches for the signer: 'trust-list' (a person compared its fingerprint and added it), 'authority'
 * (its certificate chains to an imported CA certificate), 'app-identity' (this machine's own key).
 */
export type SignerTrust =
  | {
      status: 'trusted';
      source: 'app-identity' | 'trust-list' | 'authority';
      /** In words: the body's name on the trust list, or which CA vouches for it. */
      label: string;
      /** The province a trust-list signer signs for; null for a body that is not a province. */
      province?: string | null;
    }
  | { status: 'unconfirmed' };

/**
 * The verdict on a workbook's package signature, and what the workbook says it is. Two questions kept
 * apart: is the file intact (nothing changed since signing), and is who signed it confirmed. Until a trust
 * list exists only this machine's own signing identity is confirmed; any other certificate may bear any
 * name, so its fingerprint is what the reader checks with the sender.
 */
export interface ReportVerification {
  /**
   * 'trusted': intact, and the signer is one this machine trusts. 'unconfirmed': intact, but who signed is
   * not confirmed. 'invalid': not intact, the certificate was not valid when signing, unsigned or unreadable.
   */
  verdict: 'trusted' | 'unconfirmed' | 'invalid';
  /** The package could be read at all (zip structure, part names, relationships). */
  readable: boolean;
  signed: boolean;
  /** Signature correct and every part covered and unchanged since signing. */
  intact: boolean;
  signatureValid: boolean;
  complete: boolean;
  /** The certificate was within its validity at the signing time the signature states. */
  certificateValid: boolean;
  certificate: CertificateStatus;
  /** Intact and the certificate valid at signing: says nothing about who signed (see trust). */
  valid: boolean;
  trust: SignerTrust;
  signer: SignerInfo | null;
  /** The signer's certificate SHA-256 in sixteen groups of four ("AB12 CD34 …"), to read out over the phone. */
  fingerprint: string | null;
  signingTime: IsoInstant | null;
  problems: VerificationProblem[];
  /** Worth knowing, not reasons to distrust (a certificate expired since signing, unsigned file properties). */
  notes: VerificationProblem[];
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /**
   * From the report model embedded in the workbook, only when the signature holds and covers it (never from
   * the unsigned file properties); null otherwise.
   */
  report: {
    title: string;
    periodLabel: string;
    docNumber: string;
    province: string;
    generatedAt: IsoInstant;
  } | null;
}

/** A file for the renderer to offer as a download (Blob + <a download>). */
export interface FileDownload {
  fileName: string;
  contentType: string;
  base64: string;
}

export interface ReportExportResult extends FileDownload {
  submissionId: string;
  sha256: string;
  /** The certificate's common name; null for an unsigned workbook. */
  signer: string | null;
}

/** A background job (report export): the renderer polls it and draws a progress bar. */
export interface Job {
  id: string;
  state: 'running' | 'done' | 'failed';
  /** 0..1. */
  progress: number;
  /** What is being done now, in Vietnamese ("Đang ghi Phụ lục 2…"). */
  stage: string;
  result: ReportExportResult | null;
  error: { code: string; message: string } | null;
}

/** The app's own signing identity: a key pair and self-signed certificate kept next to the database. */
export interface SigningIdentity {
  commonName: string;
  organization: string;
  locality: string;
  email: string;
  subject: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: IsoInstant;
  notAfter: IsoInstant;
  createdAt: IsoInstant;
  certificatePem: string;
}

export interface OutboxEntry {
  id: string;
  submissionId: string | null;
  to: string;
  subject: string;
  state: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: IsoInstant;
  lastError: string | null;
  createdAt: IsoInstant;
  sentAt: IsoInstant | null;
}

// ---- trust list ------------------------------------------------------------------------------------

/** A certificate a person confirmed (fingerprint compared): its signatures are trusted. */
export interface TrustedSignerEntry {
  id: string;
  /** The body: "UBND tỉnh Lâm Đồng". */
  name: string;
  /** The province whose reports it signs ("Tỉnh Lâm Đồng"); null for a body that is not a province. */
  province: string | null;
  subject: string;
  commonName: string;
  issuer: string;
  /** Hex, colon-separated, upper case. */
  fingerprintSha256: string;
  /** The same in sixteen groups of four, for reading out. */
  fingerprint: string;
  notBefore: IsoInstant;
  notAfter: IsoInstant;
  /** Taken from a certificate file, or from a received report's signature. */
  source: 'certificate' | 'report';
  trustedSince: IsoInstant;
  addedBy: string;
}

/** A CA certificate under which a chain is accepted. */
export interface TrustAuthorityEntry {
  id: string;
  name: string;
  subject: string;
  fingerprintSha256: string;
  fingerprint: string;
  notBefore: IsoInstant;
  notAfter: IsoInstant;
  /** A root (self-signed) rather than an intermediate CA. */
  root: boolean;
  addedAt: IsoInstant;
  addedBy: string;
}

/** A revocation list imported from a file. */
export interface TrustCrlEntry {
  id: string;
  /** The CA that issued (and signed) it, as on the trust list. */
  authority: string;
  thisUpdate: IsoInstant;
  nextUpdate: IsoInstant | null;
  /** How many certificates it revokes. */
  entries: number;
  /** Past its next update: a newer list should be imported (revocations since are not known). */
  stale: boolean;
  importedAt: IsoInstant;
  importedBy: string;
}

export interface TrustList {
  signers: TrustedSignerEntry[];
  authorities: TrustAuthorityEntry[];
  crls: TrustCrlEntry[];
}

/**
 * What a file offers to the trust list before anything is added ("tin cậy người ký này"): the certificate
 * to compare, and for a signed document what it says it is and whether it is intact.
 */
export interface TrustCandidate {
  kind: 'certificate' | 'document';
  signer: SignerInfo;
  /** SHA-256 in sixteen groups of four: what the person reads out and compares over the phone. */
  fingerprint: string;
  /** Self-signed certificates prove nothing by themselves: only the fingerprint comparison does. */
  selfSigned: boolean;
  /** A CA certificate: belongs among the authorities, not the signers. */
  authority: boolean;
  /** For a document: its verdict now, with the trust list as it is. */
  verdict: ReportVerification['verdict'] | null;
  /** For a document: the province its signed model names (the default of the entry's province). */
  province: string | null;
  /** For a document: its title, from the signed model. */
  title: string | null;
  /** Already on the trust list (then nothing is to be added). */
  alreadyTrusted: TrustedSignerEntry | null;
  /** The steps to confirm the fingerprint, in Vietnamese. */
  howToConfirm: string;
}

// ---- signing with a token (PKCS#11) ----------------------------------------------------------------

/** A usual place of a token's PKCS#11 module on this platform. */
export interface Pkcs11Module {
  vendor: string;
  path: string;
  /** Loaded and signed with by TienDo's tests; false: a name vendors' installers are reported to use. */
  verified: boolean;
  /** The file is on this machine. */
  present: boolean;
  note: string;
}

/** A slot of the module with a token in it. */
export interface Pkcs11Slot {
  /** The slot's ID, decimal (what --slot takes). */
  slotId: string;
  description: string;
  tokenLabel: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** The token has its own PIN pad. */
  pinPad: boolean;
}

/** A certificate on the token, and whether the token holds its private key. */
export interface Pkcs11Certificate {
  slotId: string;
  /** CKA_LABEL (what --key-label takes). */
  label: string;
  /** CKA_ID, hex: pairs the certificate with its key. */
  id: string;
  signer: SignerInfo;
  fingerprint: string;
  /** A private key with the same CKA_ID is on the token (known only once logged in: null before). */
  hasKey: boolean | null;
}

// ---- the centre: receiving and consolidating ----------------------------------------------------------

export interface CentreInfo {
  /** The centre's name ("Bộ Khoa học và Công nghệ"); null: this file is a province's. */
  name: string | null;
  /** The provinces it expects reports from, in order. */
  provinces: string[];
}

/** What became of one received file (a workbook, or one attached to a message). */
export interface ReceiveOutcome {
  /** As given; for an attachment "thư.eml › báo-cáo.xlsx". */
  fileName: string;
  /** received: kept as a new file (or version); duplicate: the same bytes were received before; refused. */
  status: 'received' | 'duplicate' | 'refused';
  /** Why it was refused, or what to do next (confirm the signer), in Vietnamese; null when nothing to say. */
  reason: string | null;
  receivedId: string | null;
  sha256: string;
  province: string | null;
  document: 'report' | 'briefing' | 'notice' | null;
  /** "Báo cáo Quý IV/2026", "Tài liệu phiên họp thứ 3 (14/10/2026)". */
  documentLabel: string | null;
  period: string | null;
  verdict: ReportVerification['verdict'] | null;
  signer: string | null;
  fingerprint: string | null;
  /** Its number among the province's files of the same document and period (1 = the first). */
  version: number | null;
}

/** Who vouches for a received file now (judged again against the trust list as it is). */
export interface ReceivedVerdict {
  verdict: ReportVerification['verdict'];
  /** For trusted: the trust list entry or the CA; for unconfirmed: how to confirm; for invalid: why. */
  reason: string;
  trustedAs: string | null;
}

export interface ReceivedFile extends ReceivedVerdict {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  receivedAt: IsoInstant;
  /** What on time / late is judged by: when it arrived (an e-mail's date, else when it was received). */
  arrivedAt: IsoInstant;
  via: 'file' | 'eml';
  mailFrom: string | null;
  document: 'report' | 'briefing' | 'notice';
  documentLabel: string;
  province: string;
  period: string | null;
  docNumber: string;
  title: string;
  signer: SignerInfo;
  fingerprint: string;
  signingTime: IsoInstant;
  version: number;
  /** Receipts written for it. */
  receipts: number;
}

/** One province's row for a period. */
export interface CentreStatusRow {
  province: string;
  /** In the centre's list of provinces (a report from elsewhere shows too, marked). */
  expected: boolean;
  /**
   * received: a report whose signer is trusted; unconfirmed: only reports whose signer is not confirmed;
   * invalid: only reports no longer valid (a revoked certificate, a signer trusted for another province);
   * missing: nothing received.
   */
  state: 'received' | 'unconfirmed' | 'invalid' | 'missing';
  /** The version shown: the newest trusted one, else the newest. */
  file: ReceivedFile | null;
  /** Against the period's deadline; null without a deadline or a file. */
  onTime: boolean | null;
  /** How many files of the province for the period. */
  versions: number;
  /** Files newer than the one shown whose signer is not confirmed (or no longer valid). */
  newerNotTrusted: number;
}

export interface CentreStatus {
  period: string;
  periodLabel: string;
  /** The last day a report is on time; null when none is set for the period. */
  deadline: IsoDate | null;
  rows: CentreStatusRow[];
  counts: {
    expected: number;
    received: number;
    missing: number;
    late: number;
    unconfirmed: number;
    invalid: number;
  };
}

/** A file the centre refused, kept for the list (its bytes are not). */
export interface ReceivedRefusal {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  via: 'file' | 'eml';
  reason: string;
  receivedAt: IsoInstant;
}

/** A signed receipt (and its .eml reply draft) for a received file. */
export interface ReceiptFiles {
  receipt: FileDownload;
  eml: FileDownload;
  sha256: string;
}

/** The centre's acknowledgement of a submission, as the province imported it. */
export interface Acknowledgement {
  /** confirmed: the receipt's signer is trusted here; unconfirmed: intact, its signer not confirmed. */
  state: 'confirmed' | 'unconfirmed';
  centre: string;
  /** When the centre received the report, as the receipt says. */
  receivedAt: IsoInstant;
  importedAt: IsoInstant;
  signer: string;
  fingerprint: string;
  /** How to confirm (unconfirmed), or who vouches (confirmed). */
  reason: string;
}

/** What became of one imported receipt. */
export interface ReceiptImportOutcome {
  fileName: string;
  status: 'imported' | 'duplicate' | 'refused';
  reason: string | null;
  submissionId: string | null;
  acknowledgement: Acknowledgement | null;
}
