// The consolidated report of a period, as plain data (the workbook is drawn from it, main/excel/centre):
// one row per province from the newest report whose signer is trusted, every figure read from that
// report's signed model (never from cells), each row citing the file's SHA-256; totals; the provinces not
// included and why; and, for indicators several provinces share (the same code, or else the same name),
// a comparison ranked by achievement against each province's own target.
import type { ReportHeader } from '../../../shared/report/model';
import { formatDateLine } from '../../../shared/format/vi';
import { ASSESSMENTS, ASSESSMENT_LABELS, type Assessment } from '../../../shared/rules/indicatorAssessment';
import { parsePeriod, type Period } from '../../../shared/rules/periods';
import { completionRate } from '../../../shared/rules/taskSituation';
import { MOTTO, NATION } from '../../../shared/report/text';
import { foldVietnamese } from '../../../shared/text/fold';
import { appError } from '../../errors';
import type { ServiceContext } from '../context';
import { readConsolidatedReport, type ConsolidatedReport } from './model';
import { centreName } from './role';
import { centreStatus } from './status';
import { oneRow, sql } from '../../db/sql';

export const CONSOLIDATION_SCHEMA = 'tiendo.consolidation/1';

export type AssessmentCounts = Record<Assessment, number> & { total: number };

export interface ProvinceFigures {
  stt: number;
  province: string;
  tasks: number;
  done: number;
  cancelled: number;
  /** done / (tasks − cancelled); null when nothing is left to complete. */
  rate: number | null;
  overdue: number;
  indicators: AssessmentCounts;
  referenceDate: string;
  docNumber: string;
  signer: string;
  trustedAs: string;
  signingTime: string;
  fileName: string;
  sha256: string;
}

export interface NotIncluded {
  province: string;
  state: 'missing' | 'unconfirmed' | 'invalid';
  reason: string;
}

export interface ComparedRow {
  /** 1 for the highest achievement; equal ratios share a rank; null without a ratio. */
  rank: number | null;
  province: string;
  code: string;
  unit: string;
  target: number | null;
  actual: number | null;
  ratio: number | null;
  assessment: Assessment;
  assessmentLabel: string;
  sha256: string;
}

export interface ComparedIndicator {
  /** The shared code, or '' when the provinces share only the name. */
  code: string;
  name: string;
  /** The units the provinces use (more than one: their figures are not comparable, only their ratios). */
  units: string[];
  rows: ComparedRow[];
}

export interface ConsolidationModel {
  schema: typeof CONSOLIDATION_SCHEMA;
  centre: string;
  period: { key: string; label: string; from: string; to: string };
  generatedAt: string;
  deadline: string | null;
  header: ReportHeader;
  rows: ProvinceFigures[];
  totals: {
    tasks: number;
    done: number;
    cancelled: number;
    rate: number | null;
    overdue: number;
    indicators: AssessmentCounts;
  };
  notIncluded: NotIncluded[];
  comparison: ComparedIndicator[];
}

/** The centre's documents are issued in Hà Nội, where the ministries and the national committee sit. */
export const CENTRE_PLACE = 'Hà Nội';

const zeroCounts = (): AssessmentCounts => ({
  da_dat: 0,
  co_kha_nang_dat: 0,
  can_no_luc: 0,
  chua_co_so_lieu: 0,
  total: 0,
});

function header(centre: string, period: Period, today: string): ReportHeader {
  return {
    issuingBody: [centre.toLocaleUpperCase('vi')],
    nation: NATION,
    motto: MOTTO,
    docNumber: `Số:${'\u00a0'.repeat(8)}/BC-TH`,
    placeDateLine: formatDateLine(CENTRE_PLACE, today),
    date: today,
    title: 'BÁO CÁO TỔNG HỢP',
    subtitle: `Kết quả thực hiện nhiệm vụ chuyển đổi số ${period.label} của các tỉnh, thành phố`,
  };
}

interface Source {
  province: string;
  report: ConsolidatedReport;
  sha256: string;
}

/** Indicators linked by the same code, or (codes differing or missing) by the same name. */
function compare(sources: Source[]): ComparedIndicator[] {
  interface Item {
    province: string;
    sha256: string;
    row: ConsolidatedReport['annex1']['groups'][number]['rows'][number];
  }
  const items: Item[] = sources.flatMap((s) =>
    s.report.annex1.groups.flatMap((g) =>
      g.rows.map((row) => ({ province: s.province, sha256: s.sha256, row })),
    ),
  );
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const link = (key: (it: Item) => string) => {
    const first = new Map<string, number>();
    items.forEach((it, i) => {
      const k = key(it);
      if (!k) return;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else parent[find(i)] = find(seen);
    });
  };
  link((it) => foldVietnamese(it.row.code).replace(/\s+/g, ''));
  link((it) => foldVietnamese(it.row.name));
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), it]));
  const out: ComparedIndicator[] = [];
  for (const list of groups.values()) {
    const provinces = new Set(list.map((it) => it.province));
    if (provinces.size < 2) continue;
    // One row per province: a province listing the indicator twice keeps its first.
    const rows = [...provinces].map((p) => list.find((it) => it.province === p)!);
    const codes = new Set(rows.map((it) => it.row.code.trim()).filter(Boolean));
    const ordered = [...rows].sort(
      (a, b) =>
        (b.row.ratio ?? -Infinity) - (a.row.ratio ?? -Infinity) || a.province.localeCompare(b.province, 'vi'),
    );
    let rank = 0;
    let previous: number | null = null;
    const ranked = ordered.map((it, i) => {
      if (it.row.ratio !== null && it.row.ratio !== previous) rank = i + 1;
      previous = it.row.ratio;
      return {
        rank: it.row.ratio === null ? null : rank,
        province: it.province,
        code: it.row.code,
        unit: it.row.unit,
        target: it.row.target,
        actual: it.row.actual,
        ratio: it.row.ratio,
        assessment: it.row.assessment,
        assessmentLabel: ASSESSMENT_LABELS[it.row.assessment],
        sha256: it.sha256,
      };
    });
    out.push({
      code: codes.size === 1 ? [...codes][0]! : '',
      name: rows[0]!.row.name,
      units: [...new Set(rows.map((it) => it.row.unit.trim()))],
      rows: ranked,
    });
  }
  return out.sort((a, b) => (a.code || a.name).localeCompare(b.code || b.name, 'vi', { numeric: true }));
}

export function buildConsolidation(ctx: ServiceContext, periodKey: string): ConsolidationModel {
  const centre = centreName(ctx);
  if (!centre) throw appError('KHONG_PHAI_TEP_TRUNG_UONG', {});
  const period = parsePeriod(periodKey);
  if (!period) throw appError('KY_BAO_CAO_TRUNG_UONG_SAI', { period: periodKey });
  const status = centreStatus(ctx, period.key);
  const sources: (Source & { figures: Omit<ProvinceFigures, 'stt'> })[] = [];
  const notIncluded: NotIncluded[] = [];
  for (const row of status.rows) {
    if (row.state !== 'received' || !row.file) {
      if (!row.expected && row.state === 'missing') continue;
      notIncluded.push({
        province: row.province,
        state: row.state === 'received' ? 'invalid' : row.state,
        reason:
          row.state === 'missing'
            ? `Chưa nhận được báo cáo ${period.label}.`
            : (row.file?.reason ?? 'Báo cáo chưa dùng được.'),
      });
      continue;
    }
    const stored = oneRow<{
      model: string;
    }>(ctx, sql`SELECT model FROM received_file WHERE id = ${row.file.id}`);
    const read = readConsolidatedReport(JSON.parse(stored.model));
    if (!read.ok) {
      notIncluded.push({ province: row.province, state: 'invalid', reason: read.reason });
      continue;
    }
    const t = read.report.summary.tasks;
    sources.push({
      province: row.province,
      report: read.report,
      sha256: row.file.sha256,
      figures: {
        province: row.province,
        tasks: t.total,
        done: t.done,
        cancelled: t.cancelled,
        rate: completionRate({ total: t.total, done: t.done, cancelled: t.cancelled }),
        overdue: t.overdue,
        indicators: { ...read.report.summary.indicators },
        referenceDate: read.report.referenceDate,
        docNumber: read.report.docNumber,
        signer: row.file.signer.commonName || row.file.signer.subject,
        trustedAs: row.file.trustedAs ?? '',
        signingTime: row.file.signingTime,
        fileName: row.file.fileName,
        sha256: row.file.sha256,
      },
    });
  }
  const rows = sources.map((s, i) => ({ stt: i + 1, ...s.figures }));
  const sum = (f: (r: ProvinceFigures) => number) => rows.reduce((n, r) => n + f(r), 0);
  const indicators = zeroCounts();
  for (const r of rows) {
    for (const a of ASSESSMENTS) indicators[a] += r.indicators[a];
    indicators.total += r.indicators.total;
  }
  const tasks = sum((r) => r.tasks);
  const done = sum((r) => r.done);
  const cancelled = sum((r) => r.cancelled);
  return {
    schema: CONSOLIDATION_SCHEMA,
    centre,
    period: { key: period.key, label: period.label, from: period.from, to: period.to },
    generatedAt: ctx.now().toISOString(),
    deadline: status.deadline,
    header: header(centre, period, ctx.today()),
    rows,
    totals: {
      tasks,
      done,
      cancelled,
      rate: completionRate({ total: tasks, done, cancelled }),
      overdue: sum((r) => r.overdue),
      indicators,
    },
    notIncluded,
    comparison: compare(sources),
  };
}
