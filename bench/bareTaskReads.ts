// The baselines of the whole task list and of the report model's task reads: the same rows read by
// plain SELECTs on a bare better-sqlite3 connection with the app's pragmas, written here from the rules
// (the situation of shared/rules/taskSituation.ts, the code order of the stored keys), with no service,
// no statement cache and no row mapping. Their growth from 10,000 to 100,000 tasks is the machine's own
// for reading that many rows (memory and CPU caches), which the growth table prints beside the app's.
import Database from 'better-sqlite3';
import { addDays } from '../shared/dates';
import type { TaskRow } from '../shared/api/types';
import { applyPragmas } from '../main/db/open';
import { SITUATION } from './bareSituation';

/** The list's columns, in code order: the stored key, then the id (the list's tie-break). */
const WHOLE_LIST = `SELECT t.id, t.plan_id, t.code, t.title, t.pillar_id, p.name AS pillar_name, t.lead_agency_id,
  COALESCE(a.short_name, a.name) AS lead_agency_name, t.due_date, t.state, t.progress, t.completed_on,
  t.updated_at, ${SITUATION} AS situation
  FROM task_sort_key k CROSS JOIN task t ON t.id = k.task_id
  LEFT JOIN pillar p ON p.id = t.pillar_id LEFT JOIN agency a ON a.id = t.lead_agency_id
  WHERE t.plan_id = @planId AND t.archived_at IS NULL ORDER BY k.code_key, k.task_id`;

/** What the report reads besides the list (main/services/reports/annexes.ts taskDetails). */
const DETAILS = `SELECT t.id, t.output, t.result, t.difficulties, t.proposals
  FROM task t WHERE t.plan_id = @planId AND t.archived_at IS NULL`;
const SUPPORTING = `SELECT s.task_id, s.agency_id, COALESCE(a.short_name, a.name) AS name
  FROM task t JOIN task_supporting_agency s ON s.task_id = t.id JOIN agency a ON a.id = s.agency_id
  WHERE t.plan_id = @planId AND t.archived_at IS NULL`;

export interface BareTaskReads {
  /** The whole list's rows: id and situation of each, in order (checked against the service's). */
  wholeList(): { id: string; situation: string }[];
  /** The report's task reads: the whole list, the details and the supporting agencies. */
  reportReads(): number;
  close(): void;
}

export function bareTaskReads(file: string, planId: string, at: string, dueSoonDays: number): BareTaskReads {
  const db = new Database(file);
  applyPragmas(db);
  const params = { planId, at, soon: addDays(at, dueSoonDays) };
  const list = db.prepare(WHOLE_LIST);
  const details = db.prepare(DETAILS);
  const supporting = db.prepare(SUPPORTING);
  return {
    wholeList: () => list.all(params) as { id: string; situation: string }[],
    reportReads: () => list.all(params).length + details.all(params).length + supporting.all(params).length,
    close: () => db.close(),
  };
}

/** Stops the bench when the baseline's rows are not the service's: the ratio must compare equal work. */
export function assertSameRows(service: TaskRow[], bare: { id: string; situation: string }[]): void {
  const a = service.map((r) => `${r.id}:${r.situation}`).join('\n');
  const b = bare.map((r) => `${r.id}:${r.situation}`).join('\n');
  if (a !== b) throw new Error('whole task list and its bare baseline disagree (rows, order or situations)');
}
