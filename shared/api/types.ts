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
import type { TaskSituation } from '../rules/taskSituation';

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
  trend: { period: string; label: string; to: IsoDate; done: number; total: number; rate: number | null }[];
}

export interface SearchHit {
  entity: 'task' | 'indicator' | 'agency' | 'meeting' | 'plan' | 'conclusion';
  id: string;
  title: string;
  snippet: string;
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
  task: { id: string; code: string; planId: string; state: TaskState; progress: number; situation: TaskSituation } | null;
}

export interface MeetingDetail extends Meeting {
  conclusions: Conclusion[];
}

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: IsoInstant;
  reason: string;
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
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
  outbox: { state: 'queued' | 'sending' | 'sent' | 'failed'; attempts: number; lastError: string | null; nextAttemptAt: IsoInstant } | null;
}
