// The report model: plain data for one periodic report, built from the store (main/services/reports/model.ts)
// and drawn as a workbook (main/excel/report). Tests check the model; people look at the workbook. The model is
// also embedded, as JSON, in the workbook itself, so the centre can read the figures without retyping them.
import type { IsoDate, IsoInstant } from '../domain';
import type { Assessment } from '../rules/indicatorAssessment';
import type { TaskSituation } from '../rules/taskSituation';

/** Bumped when a field changes meaning; readers refuse a model of an unknown schema. */
export const REPORT_MODEL_SCHEMA = 'tiendo.report/1';

export const REPORT_KINDS = ['bao_cao_dinh_ky'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = { bao_cao_dinh_ky: 'Báo cáo định kỳ' };

/** Forms of signing on behalf of others (Nghị định 30/2020): TM. (on behalf of a collective), KT. (for the head), none. */
export const SIGNER_AUTHORITIES = ['TM.', 'KT.', ''] as const;
export type SignerAuthority = (typeof SIGNER_AUTHORITIES)[number];

export interface SignerBlock {
  authority: SignerAuthority;
  /** After TM. the collective ('BAN CHỈ ĐẠO'); after KT. the head's title ('TRƯỞNG BAN'). */
  authorityName: string;
  /** 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'. */
  title: string;
  name: string;
}

export interface NarrativeSections {
  /** Kết quả đạt được. */
  achievements: string;
  /** Tồn tại, hạn chế. */
  shortcomings: string;
  /** Nhiệm vụ thời gian tới. */
  nextTasks: string;
  /** Đề xuất, kiến nghị. */
  proposals: string;
}
export const NARRATIVE_KEYS = [
  'achievements',
  'shortcomings',
  'nextTasks',
  'proposals',
] as const satisfies readonly (keyof NarrativeSections)[];
export const NARRATIVE_HEADINGS: Record<keyof NarrativeSections, string> = {
  achievements: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  nextTasks: 'Nhiệm vụ thời gian tới',
  proposals: 'Đề xuất, kiến nghị',
};

/** What the secretary writes for one report; everything else in the report comes from the store. */
export interface ReportDraft {
  planId: string;
  period: string;
  kind: ReportKind;
  sections: NarrativeSections;
  /** '05/BC-BCĐ', without 'Số:'; empty leaves the number for the office to fill in by hand. */
  docNumber: string;
  /** Nơi nhận, one recipient a line, without the leading '- ' and the trailing ';'. */
  recipients: string[];
  signer: SignerBlock;
  /** null until saved once (the draft shown is then the defaults). */
  updatedAt: IsoInstant | null;
}

export interface ReportHeader {
  /** Cơ quan chủ quản then the issuing body, upper case: ['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO …']. */
  issuingBody: string[];
  nation: string;
  motto: string;
  /** 'Số: 05/BC-BCĐ' (or 'Số:      /BC-BCĐ' with the number left blank). */
  docNumber: string;
  /** 'Lâm Đồng, ngày 15 tháng 12 năm 2025'. */
  placeDateLine: string;
  /** The date of that line (the day the report was made). */
  date: IsoDate;
  /** 'BÁO CÁO'. */
  title: string;
  /** 'Kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025'. */
  subtitle: string;
}

export interface ReportPeriod {
  key: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export interface TaskFigures {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  dueSoon: number;
  inTime: number;
  noDeadline: number;
  paused: number;
  cancelled: number;
  /** done / (total − cancelled), a fraction; null when nothing is left to complete. */
  completionRate: number | null;
}

export type AssessmentCounts = Record<Assessment, number> & { total: number };

export interface ReportSummary {
  tasks: TaskFigures;
  /** '126 nhiệm vụ, 102 đã hoàn thành, đạt 81%'. */
  taskSentence: string;
  indicators: AssessmentCounts;
  /** '62 chỉ tiêu: 18 đã đạt, 27 có khả năng đạt, 17 cần nỗ lực, 0 chưa có số liệu'. */
  indicatorSentence: string;
}

export interface ReportSection {
  key: keyof NarrativeSections;
  /** 'Kết quả đạt được'. */
  heading: string;
  text: string;
  /** True when the secretary wrote nothing and the text was composed from the figures. */
  generated: boolean;
}

export interface IndicatorAnnexRow {
  stt: number;
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  /** Target of the reference date's year. */
  target: number | null;
  /** Latest value known at the reference date. */
  actual: number | null;
  /** Achievement vs target, a fraction. */
  ratio: number | null;
  assessment: Assessment;
  assessmentLabel: string;
  agency: string;
  note: string;
}

export interface TaskAnnexRow {
  stt: number;
  taskId: string;
  code: string;
  title: string;
  leadAgency: string;
  supportingAgencies: string;
  output: string;
  dueDate: IsoDate | null;
  /** 0..100 as entered. */
  progress: number;
  situation: TaskSituation;
  situationLabel: string;
  result: string;
}

export interface AnnexGroup<Row, Subtotal> {
  pillarId: string | null;
  /** 'I', 'II', … in pillar order. */
  numeral: string;
  pillarName: string;
  rows: Row[];
  subtotal: Subtotal;
}

export interface TaskSubtotal {
  total: number;
  done: number;
  overdue: number;
  cancelled: number;
  rate: number | null;
}

export interface ReportModel {
  schema: typeof REPORT_MODEL_SCHEMA;
  kind: ReportKind;
  generatedAt: IsoInstant;
  province: string;
  committee: string;
  plan: { id: string; code: string; title: string; issuedOn: IsoDate | null; issuedBy: string | null };
  period: ReportPeriod;
  /** The day the figures are taken at: the period's cut-off, or today while the period is still running. */
  referenceDate: IsoDate;
  header: ReportHeader;
  summary: ReportSummary;
  /** Opening paragraph: what the report answers to ('Thực hiện Kế hoạch số 45/KH-UBND …'). */
  intro: string;
  sections: ReportSection[];
  /** Closing paragraph, ending with './.' as official documents do. */
  closing: string;
  annex1: {
    label: string;
    title: string;
    groups: AnnexGroup<IndicatorAnnexRow, AssessmentCounts>[];
    total: AssessmentCounts;
    /** What the notes' "52% < 82%" mean (absent in reports made before it was added). */
    legend?: string;
  };
  annex2: {
    label: string;
    title: string;
    groups: AnnexGroup<TaskAnnexRow, TaskSubtotal>[];
    total: TaskSubtotal;
  };
  recipients: string[];
  signer: SignerBlock;
  docNumber: string;
}

/** Recipients as printed under "Nơi nhận:": '- X;' for each, the last ending with '.'. */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.,]+$/, ''),
    )
    .filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

/** The lines above the signature: ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'], or just ['TRƯỞNG BAN'] when signing in one's own name. */
export function signerHeading(s: SignerBlock): string[] {
  const lines: string[] = [];
  if (s.authority && s.authorityName.trim())
    lines.push(`${s.authority} ${s.authorityName.trim().toUpperCase()}`);
  if (s.title.trim()) lines.push(s.title.trim().toUpperCase());
  return lines;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 -> 'I', 4 -> 'IV': group numbers in annex tables. */
export function roman(n: number): string {
  let out = '';
  let rest = Math.max(0, Math.floor(n));
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
