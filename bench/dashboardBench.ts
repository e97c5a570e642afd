// The dashboard against a bare SQL baseline computing the same numbers in the same run: tasks by
// situation, by pillar and by lead agency (total, done, overdue, cancelled), the completion trend per
// quarter, and the indicators by assessment on the values known at the end of the reference day. The
// baseline is written here from the rules (shared/rules/taskSituation.ts, indicatorAssessment.ts,
// main/services/indicatorValues.ts), on a plain better-sqlite3 connection with the app's pragmas, and
// the bench stops if its numbers differ from the dashboard's: the ratio compares equal work.
import Database from 'better-sqlite3';
import { addDays, daysBetween, daysInYear, isoDate, yearOf } from '../shared/dates';
import type { Dashboard } from '../shared/api/types';
import { parsePeriod, quarterKeys } from '../shared/rules/periods';
import { endOfDay } from '../main/services/indicatorValues';
import { getDashboard } from '../main/services/dashboard';
import { getSettings } from '../main/services/settings';
import type { ServiceContext } from '../main/services/context';
import { applyPragmas } from '../main/db/open';
import { SITUATION } from './bareSituation';
import { time, type Figure } from './measure';

const LIVE_TASKS = `SELECT ${SITUATION} AS s, t.pillar_id, t.lead_agency_id FROM task t
  WHERE t.archived_at IS NULL AND t.plan_id = @planId`;

const GROUP_SUMS = `COUNT(*) AS total,
  SUM(s IN ('hoan_thanh_dung_han', 'hoan_thanh_qua_han')) AS done,
  SUM(s = 'qua_han') AS overdue, SUM(s = 'huy_bo') AS cancelled`;

const ASSESSMENT = `
WITH known AS (
  SELECT v.indicator_id, v.period, v.period_end, v.value,
    ROW_NUMBER() OVER (PARTITION BY v.indicator_id, v.period ORDER BY v.recorded_at DESC, v.seq DESC) AS rn
  FROM indicator_value_version v JOIN indicator i ON i.id = v.indicator_id
  WHERE i.archived_at IS NULL AND i.plan_id = @planId
    AND v.period_end BETWEEN @from AND @to AND v.recorded_at < @until
), latest AS (
  SELECT indicator_id, value, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY period_end DESC,
    (length(period) = 4 OR period LIKE '%-H1' OR period LIKE '%-9M') DESC, period) AS pick
  FROM known WHERE rn = 1 AND value IS NOT NULL
), measured AS (
  SELECT i.direction, t.target, l.value,
    CASE WHEN t.baseline IS NOT NULL THEN t.baseline WHEN i.direction = 'increase' THEN 0 END AS base
  FROM indicator i
  LEFT JOIN indicator_target t ON t.indicator_id = i.id AND t.year = @year
  LEFT JOIN latest l ON l.indicator_id = i.id AND l.pick = 1
  WHERE i.archived_at IS NULL AND i.plan_id = @planId
)
SELECT CASE
    WHEN target IS NULL OR value IS NULL THEN 'chua_co_so_lieu'
    WHEN (direction = 'increase' AND value >= target) OR (direction = 'decrease' AND value <= target) THEN 'da_dat'
    WHEN base IS NOT NULL AND target <> base AND (value - base) * 1.0 / (target - base) >= @expected - @tolerance - 1e-9
      THEN 'co_kha_nang_dat'
    ELSE 'can_no_luc' END AS k, COUNT(*) AS n
FROM measured GROUP BY k`;

interface BareNumbers {
  situations: Record<string, number>;
  byPillar: Record<string, string>;
  byAgency: Record<string, string>;
  trend: string[];
  indicators: Record<string, number>;
}

type Stat = { id: string | null; total: number; done: number; overdue: number; cancelled: number };
const statText = (g: Stat) => `${g.total}/${g.done}/${g.overdue}/${g.cancelled}`;

function bareQueries(db: Database.Database) {
  return {
    situations: db.prepare(`SELECT s AS k, COUNT(*) AS n FROM (${LIVE_TASKS}) GROUP BY s`),
    byPillar: db.prepare(`SELECT pillar_id AS id, ${GROUP_SUMS} FROM (${LIVE_TASKS}) GROUP BY pillar_id`),
    byAgency: db.prepare(
      `SELECT lead_agency_id AS id, ${GROUP_SUMS} FROM (${LIVE_TASKS}) GROUP BY lead_agency_id`,
    ),
    trend: db.prepare(
      `SELECT COUNT(*) AS total, SUM(state = 'hoan_thanh' AND completed_on <= @q1) AS q1,
         SUM(state = 'hoan_thanh' AND completed_on <= @q2) AS q2,
         SUM(state = 'hoan_thanh' AND completed_on <= @q3) AS q3,
         SUM(state = 'hoan_thanh' AND completed_on <= @q4) AS q4
       FROM task WHERE archived_at IS NULL AND plan_id = @planId`,
    ),
    indicators: db.prepare(ASSESSMENT),
  };
}

/** The parameters of the bare queries at `at`: cut-offs, the elapsed share of the year, the settings. */
function bareParams(ctx: ServiceContext, planId: string, at: string) {
  const settings = getSettings(ctx);
  const year = yearOf(at);
  const elapsed = daysBetween(isoDate(year, 1, 1), at);
  const quarters = quarterKeys(year)
    .map((k) => parsePeriod(k)!)
    .filter((p) => p.from <= at)
    .map((p) => (p.to < at ? p.to : at));
  return {
    quarters,
    params: {
      planId,
      at,
      soon: addDays(at, settings.dueSoonDays),
      year,
      from: isoDate(year - 1, 12, 15),
      to: isoDate(year, 12, 14),
      until: endOfDay(at),
      expected: elapsed < 0 ? 0 : elapsed >= daysInYear(year) ? 1 : elapsed / daysInYear(year),
      tolerance: settings.assessmentTolerance,
      q1: quarters[0] ?? '',
      q2: quarters[1] ?? '',
      q3: quarters[2] ?? '',
      q4: quarters[3] ?? '',
    },
  };
}

function runBare(q: ReturnType<typeof bareQueries>, { params: p, quarters }: ReturnType<typeof bareParams>) {
  const tasks = { planId: p.planId, at: p.at, soon: p.soon };
  const groups = (rows: Stat[]) => Object.fromEntries(rows.map((g) => [String(g.id), statText(g)]));
  const counts = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
  const trend = q.trend.get({ planId: p.planId, q1: p.q1, q2: p.q2, q3: p.q3, q4: p.q4 }) as Record<
    string,
    number | null
  >;
  const numbers: BareNumbers = {
    situations: counts(q.situations.all(tasks) as { k: string; n: number }[]),
    byPillar: groups(q.byPillar.all(tasks) as Stat[]),
    byAgency: groups(q.byAgency.all(tasks) as Stat[]),
    trend: quarters.map((_, i) => `${trend[`q${i + 1}`] ?? 0}/${trend.total}`),
    indicators: counts(
      q.indicators.all({
        planId: p.planId,
        year: p.year,
        from: p.from,
        to: p.to,
        until: p.until,
        expected: p.expected,
        tolerance: p.tolerance,
      }) as { k: string; n: number }[],
    ),
  };
  return numbers;
}

/** The dashboard's numbers in the shape of the bare queries' (zero counts left out, as GROUP BY does). */
function dashboardNumbers(d: Dashboard): BareNumbers {
  const nonZero = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).filter(([k, n]) => k !== 'total' && n > 0));
  const groups = (g: Stat[]) => Object.fromEntries(g.map((s) => [String(s.id), statText(s)]));
  return {
    situations: nonZero(d.tasks),
    byPillar: groups(d.byPillar),
    byAgency: groups(d.byAgency),
    trend: d.trend.map((t) => `${t.done}/${t.total}`),
    indicators: nonZero(d.indicators),
  };
}

/** JSON with sorted keys, so that two equal sets of numbers print the same. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

export async function dashboardBenchmarks(
  ctx: ServiceContext,
  file: string,
  planId: string,
  at: string,
  runs: number,
): Promise<Figure[]> {
  const bare = new Database(file);
  applyPragmas(bare);
  try {
    const queries = bareQueries(bare);
    const params = bareParams(ctx, planId, at);
    const fromDashboard = canonical(dashboardNumbers(getDashboard(ctx, { planId, at })));
    const fromBare = canonical(runBare(queries, params));
    if (fromDashboard !== fromBare)
      throw new Error(`dashboard and bare SQL disagree:\n${fromDashboard}\n${fromBare}`);
    const dashboard = await time('dashboard aggregates', runs, () => getDashboard(ctx, { planId, at }));
    const baseline = await time('the same numbers, bare SQL (equal, checked)', runs, () =>
      runBare(queries, params),
    );
    return [
      { ...dashboard, baseline: baseline.name },
      {
        ...baseline,
        note: `ratio dashboard / bare SQL = ${(dashboard.medianMs / baseline.medianMs).toFixed(1)}x`,
      },
    ];
  } finally {
    bare.close();
  }
}
