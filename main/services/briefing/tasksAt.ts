// The tasks as they stood on the meeting's date D, rebuilt from the audit log. Every write of a task
// records the task's stored fields in its audit row (`after`: the whole task on create, update, archive;
// only the changed field on an agency merge), so the task at the end of day D is its audit rows up to then,
// oldest first, each laid over the one before.
//
//   a task with audit rows up to D      -> its fields at D (progress, state, completion, deadline, lead
//                                          agency, code, title, archived or not), stateAsOf 'meeting'
//   a task recorded only after D         -> its fields today, stateAsOf 'today' (it was typed in later, so
//     (no audit row up to D)               TienDo cannot know its state on D; the briefing says so), except a
//                                          task made from a conclusion of a meeting held on or after D,
//                                          which did not exist at D and is left out
//   archived at D, or its plan archived  -> left out (the committee no longer follows it)
//
// The situation at D then follows the rule of shared/rules/taskSituation.ts on those fields.
import { z } from 'zod';
import type { BriefingTask } from '../../../shared/api/types';
import { isValidIsoDate } from '../../../shared/dates';
import { TASK_STATES } from '../../../shared/domain';
import { isDone, taskSituation, type TaskSituation } from '../../../shared/rules/taskSituation';
import type { ServiceContext } from '../context';
import { endOfDay } from '../indicatorValues';
import { all, sql } from '../../db/sql';

/** A task at D: what the briefing's sections select, sort and count. */
export interface TaskAtD extends BriefingTask {
  state: (typeof TASK_STATES)[number];
  conclusionId: string | null;
}

interface TaskRow {
  id: string;
  plan_id: string;
  code: string;
  title: string;
  lead_agency_id: string | null;
  due_date: string | null;
  completed_on: string | null;
  state: string;
  progress: number;
  archived_at: string | null;
  conclusion_id: string | null;
  born_after: number;
}

const isoDay = z.string().refine(isValidIsoDate);

/** The fields of an audit snapshot the briefing reads; any of them may be missing from a partial row. */
const snapshotFields = z
  .object({
    planId: z.string(),
    code: z.string(),
    title: z.string(),
    leadAgencyId: z.string().nullable(),
    dueDate: isoDay.nullable(),
    completedOn: isoDay.nullable(),
    state: z.enum(TASK_STATES),
    progress: z.number(),
    archivedAt: z.string().nullable(),
  })
  .partial();
type Snapshot = z.infer<typeof snapshotFields>;

function readSnapshot(json: string | null): Snapshot {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  // Field by field, so that one odd field does not lose the others.
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return {};
  for (const [key, schema] of Object.entries(snapshotFields.shape)) {
    if (!(key in raw)) continue;
    const parsed = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return snapshotFields.parse(out);
}

/** Progress as known at D: see BriefingTask.progress. */
export function progressAt(
  state: string,
  completedOn: string | null,
  progress: number,
  situation: TaskSituation,
): number | null {
  if (isDone(situation)) return 100;
  if (state === 'hoan_thanh' && completedOn !== null) return null;
  return progress;
}

/** Every task of a live plan as it stood at the end of day `at`, with its situation then. */
export function tasksAt(ctx: ServiceContext, at: string, dueSoonDays: number): TaskAtD[] {
  const until = endOfDay(at);
  const rows = all<TaskRow>(
    ctx,
    sql`SELECT t.id, t.plan_id, t.code, t.title, t.lead_agency_id, t.due_date, t.completed_on, t.state, t.progress,
         t.archived_at, t.conclusion_id,
         EXISTS (SELECT 1 FROM conclusion c JOIN meeting m ON m.id = c.meeting_id
                 WHERE c.id = t.conclusion_id AND m.held_on >= ${at}) AS born_after
       FROM task t JOIN plan pl ON pl.id = t.plan_id AND pl.archived_at IS NULL`,
  );
  const history = new Map<string, Snapshot>();
  const audits = all<{ entity_id: string; after: string }>(
    ctx,
    sql`SELECT entity_id, after FROM audit WHERE entity = 'task' AND at < ${until} AND after IS NOT NULL
       ORDER BY at, seq`,
  );
  for (const a of audits) history.set(a.entity_id, { ...history.get(a.entity_id), ...readSnapshot(a.after) });
  const names = new Map(
    all<{
      id: string;
      name: string;
    }>(ctx, sql`SELECT id, COALESCE(short_name, name) AS name FROM agency`).map((a) => [a.id, a.name]),
  );

  const out: TaskAtD[] = [];
  for (const r of rows) {
    const snap = history.get(r.id);
    if (!snap && r.born_after) continue;
    const t = {
      planId: snap?.planId ?? r.plan_id,
      code: snap?.code ?? r.code,
      title: snap?.title ?? r.title,
      leadAgencyId: snap && 'leadAgencyId' in snap ? (snap.leadAgencyId ?? null) : r.lead_agency_id,
      dueDate: snap && 'dueDate' in snap ? (snap.dueDate ?? null) : r.due_date,
      completedOn: snap && 'completedOn' in snap ? (snap.completedOn ?? null) : r.completed_on,
      state: snap?.state ?? TASK_STATES.find((s) => s === r.state) ?? 'chua_thuc_hien',
      progress: snap?.progress ?? r.progress,
      archivedAt: snap && 'archivedAt' in snap ? (snap.archivedAt ?? null) : r.archived_at,
    };
    if (t.archivedAt !== null) continue;
    const situation = taskSituation(t, at, dueSoonDays);
    out.push({
      id: r.id,
      planId: t.planId,
      code: t.code,
      title: t.title,
      leadAgencyId: t.leadAgencyId,
      leadAgencyName: t.leadAgencyId ? (names.get(t.leadAgencyId) ?? null) : null,
      dueDate: t.dueDate,
      completedOn: t.completedOn,
      situation,
      progress: progressAt(t.state, t.completedOn, t.progress, situation),
      stateAsOf: snap ? 'meeting' : 'today',
      state: t.state,
      conclusionId: r.conclusion_id,
    });
  }
  return out;
}

/** The BriefingTask of a task at D (without the fields only the sections use). */
export function toBriefingTask(t: TaskAtD): BriefingTask {
  const { state: _state, conclusionId: _conclusion, ...task } = t;
  return task;
}
