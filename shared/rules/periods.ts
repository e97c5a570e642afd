// Reporting periods of Nghị định 09/2019/NĐ-CP. Data are cut off from the 15th of the last month of
// the previous period to the 14th of the period's last month, so a reporting year y runs from
// 15/12/(y-1) to 14/12/y and 20/12/2024 already belongs to Quý I/2025:
//
//   Q1 15/12/(y-1)..14/03   Q2 15/03..14/06   Q3 15/06..14/09   Q4 15/09..14/12
//   H1 15/12/(y-1)..14/06   9M 15/12/(y-1)..14/09   year 15/12/(y-1)..14/12
//
// Keys: '2025-Q1'..'2025-Q4', '2025-H1', '2025-9M', '2025'; years 2000..2100.

import type { IsoDate } from '../domain';
import { assertIsoDate, isoDate, yearOf } from '../dates';

export type PeriodKind = 'quarter' | 'half' | 'nine_months' | 'year';
type Quarter = 1 | 2 | 3 | 4;

export interface Period {
  key: string;
  kind: PeriodKind;
  year: number;
  quarter: Quarter | null;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Start of the reporting year: 15 December of the previous calendar year. */
function yearStart(year: number): IsoDate {
  return isoDate(year - 1, 12, 15);
}

/** Cut-off at the end of the quarter q: the 14th of its last month (March, June, September, December). */
function quarterEnd(year: number, q: Quarter): IsoDate {
  return isoDate(year, q * 3, 14);
}

function quarter(year: number, q: Quarter): Period {
  const from = q === 1 ? yearStart(year) : isoDate(year, (q - 1) * 3, 15);
  const label = `Quý ${ROMAN[q - 1]}/${year}`;
  return { key: `${year}-Q${q}`, kind: 'quarter', year, quarter: q, label, from, to: quarterEnd(year, q) };
}

function cumulative(year: number, kind: Exclude<PeriodKind, 'quarter'>): Period {
  const from = yearStart(year);
  if (kind === 'half') {
    return {
      key: `${year}-H1`,
      kind,
      year,
      quarter: null,
      label: `6 tháng đầu năm ${year}`,
      from,
      to: quarterEnd(year, 2),
    };
  }
  if (kind === 'nine_months') {
    return {
      key: `${year}-9M`,
      kind,
      year,
      quarter: null,
      label: `9 tháng đầu năm ${year}`,
      from,
      to: quarterEnd(year, 3),
    };
  }
  return { key: `${year}`, kind, year, quarter: null, label: `Năm ${year}`, from, to: quarterEnd(year, 4) };
}

function allPeriods(year: number): Period[] {
  return [
    quarter(year, 1),
    quarter(year, 2),
    cumulative(year, 'half'),
    quarter(year, 3),
    cumulative(year, 'nine_months'),
    quarter(year, 4),
    cumulative(year, 'year'),
  ];
}

export function parsePeriod(key: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H1|9M))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const suffix = m[2];
  if (suffix === undefined) return cumulative(year, 'year');
  if (suffix === 'H1') return cumulative(year, 'half');
  if (suffix === '9M') return cumulative(year, 'nine_months');
  return quarter(year, Number(suffix.slice(1)) as Quarter);
}

/** All 7 keys of a year in natural order: Q1, Q2, H1, Q3, 9M, Q4, year. */
export function periodKeys(year: number): string[] {
  return allPeriods(year).map((p) => p.key);
}

export function quarterKeys(year: number): string[] {
  return ([1, 2, 3, 4] as const).map((q) => `${year}-Q${q}`);
}

/** The reporting year whose window holds the date: from 15 December on, it is next year's. */
function reportingYear(date: IsoDate): number {
  const y = yearOf(assertIsoDate(date));
  return date >= isoDate(y, 12, 15) ? y + 1 : y;
}

/** The quarter whose cut-off window contains the date (20/12/2024 -> Quý I/2025). */
export function quarterOf(date: IsoDate): Period {
  const year = reportingYear(date);
  const q = ([1, 2, 3, 4] as const).find((n) => date <= quarterEnd(year, n)) ?? 4;
  return quarter(year, q);
}

/**
 * The periods of the date's reporting year whose window contains the date, in natural order: its quarter
 * and the cumulative periods running through it (Q1: Q1, H1, 9M, year; Q3: Q3, 9M, year; Q4: Q4, year).
 */
export function currentReportingPeriods(date: IsoDate): Period[] {
  const q = quarterOf(date);
  return allPeriods(q.year).filter((p) => (p.kind !== 'quarter' ? p.to >= date : p.key === q.key));
}

/** Quarters of `year` whose cut-off (`to`) is on or before `date`: the quarters that can be reported. */
export function periodsEndingBy(year: number, date: IsoDate): Period[] {
  assertIsoDate(date);
  return ([1, 2, 3, 4] as const).map((q) => quarter(year, q)).filter((p) => p.to <= date);
}
