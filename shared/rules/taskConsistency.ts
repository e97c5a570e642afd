// Rules that keep a task's fields telling one story. A pure function of the fields and today, used by
// the task service (refusing what breaks them, on create, update, quick and bulk update), by the forms
// (shown live next to the field) and by the data check (finding old rows that break them).
//
//   completion date   only for a done task ("Hoàn thành"), and never after today
//   done task         has a completion date and is 100%
//   progress / state  "Chưa thực hiện" is 0%; "Đang thực hiện" 0-99% (0% = just started);
//                     "Hoàn thành" 100%; "Tạm dừng" and "Hủy bỏ" below 100% (100% would mean done)
//   dates             start date not after the due date
//   agencies          the lead agency is not also one of the supporting agencies
//
// Nothing here changes a value: a form proposes consistent values visibly (proposeConsistentFields),
// the person confirms them, and the server refuses what is still inconsistent.
//
// The rules that do not depend on today are also SQLite triggers (migration 004), so no write path can
// store a row that breaks them; their ABORT message is `TIENDO_RULE task.<code>` (ruleFromDbError).

import type { IsoDate, TaskState } from '../domain';
import { TASK_STATE_LABELS } from '../domain';
import { formatDate } from '../format/vi';
import { fieldMessage } from '../errors/wording';

export interface TaskConsistencyInput {
  state: TaskState;
  progress: number;
  completedOn: IsoDate | null;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  leadAgencyId?: string | null;
  supportingAgencyIds?: readonly string[];
}

export const TASK_PROBLEM_CODES = [
  'completion_when_not_done',
  'completion_in_future',
  'done_without_completion',
  'done_below_100',
  'not_started_with_progress',
  'open_at_100',
  'start_after_due',
  'lead_also_supporting',
] as const;
export type TaskProblemCode = (typeof TASK_PROBLEM_CODES)[number];

/** The field a problem is shown next to. */
export type TaskProblemField = 'completedOn' | 'progress' | 'dueDate' | 'supportingAgencyIds';

export interface TaskProblem {
  field: TaskProblemField;
  code: TaskProblemCode;
  /** Vietnamese, says what to change. */
  message: string;
}

/**
 * The fields each rule reads: a change to a task is refused for a problem only when it touches one of
 * them, so an old inconsistency is not blamed on an unrelated edit (renaming the task, say). The
 * triggers of migration 004 fire on the same columns (BEFORE UPDATE OF ...).
 */
export const PROBLEM_FIELDS: Record<TaskProblemCode, readonly (keyof TaskConsistencyInput)[]> = {
  completion_when_not_done: ['state', 'completedOn'],
  completion_in_future: ['completedOn'],
  done_without_completion: ['state', 'completedOn'],
  done_below_100: ['state', 'progress'],
  not_started_with_progress: ['state', 'progress'],
  open_at_100: ['state', 'progress'],
  start_after_due: ['startDate', 'dueDate'],
  lead_also_supporting: ['leadAgencyId', 'supportingAgencyIds'],
};

/** Each rule's catalogued message (shared/errors/catalogue.ts): the renderer words it in English too. */
function message(code: TaskProblemCode, t: TaskConsistencyInput, today: IsoDate | null): string {
  const stateLabel = TASK_STATE_LABELS[t.state];
  switch (code) {
    case 'completion_when_not_done':
      return fieldMessage('NV_NGAY_HT_KHI_CHUA_XONG', {});
    case 'completion_in_future':
      return fieldMessage('NV_NGAY_HT_CHUA_DEN', {
        completedOn: formatDate(t.completedOn),
        today: formatDate(today),
      });
    case 'done_without_completion':
      return fieldMessage('NV_XONG_THIEU_NGAY', {});
    case 'done_below_100':
      return fieldMessage('NV_XONG_DUOI_100', {});
    case 'not_started_with_progress':
      return fieldMessage('NV_CHUA_LAM_CO_TIEN_DO', { stateLabel, state: t.state, progress: t.progress });
    case 'open_at_100':
      return fieldMessage('NV_100_CHUA_XONG', { stateLabel, state: t.state });
    case 'start_after_due':
      return fieldMessage('NV_HAN_TRUOC_BAT_DAU', {});
    case 'lead_also_supporting':
      return fieldMessage('NV_CHU_TRI_LA_PHOI_HOP', {});
  }
}

const FIELD: Record<TaskProblemCode, TaskProblemField> = {
  completion_when_not_done: 'completedOn',
  completion_in_future: 'completedOn',
  done_without_completion: 'completedOn',
  done_below_100: 'progress',
  not_started_with_progress: 'progress',
  open_at_100: 'progress',
  start_after_due: 'dueDate',
  lead_also_supporting: 'supportingAgencyIds',
};

/** The problem a code names, for a task (used to word a trigger's refusal the same way). */
export function describeTaskProblem(
  code: TaskProblemCode,
  t: TaskConsistencyInput,
  today: IsoDate | null,
): TaskProblem {
  return { field: FIELD[code], code, message: message(code, t, today) };
}

/** The codes of the rules a task breaks; `today` null leaves out the rule that needs it. */
export function taskProblemCodes(t: TaskConsistencyInput, today: IsoDate | null): TaskProblemCode[] {
  const codes: TaskProblemCode[] = [];
  const done = t.state === 'hoan_thanh';
  if (t.completedOn !== null && !done) codes.push('completion_when_not_done');
  if (t.completedOn !== null && today !== null && t.completedOn > today) codes.push('completion_in_future');
  if (done && t.completedOn === null) codes.push('done_without_completion');
  if (done && t.progress !== 100) codes.push('done_below_100');
  if (t.state === 'chua_thuc_hien' && t.progress !== 0) codes.push('not_started_with_progress');
  if (!done && t.state !== 'chua_thuc_hien' && t.progress >= 100) codes.push('open_at_100');
  if (t.startDate !== null && t.dueDate !== null && t.dueDate < t.startDate) codes.push('start_after_due');
  if (t.leadAgencyId && t.supportingAgencyIds?.includes(t.leadAgencyId)) codes.push('lead_also_supporting');
  return codes;
}

/** Every rule the task breaks, each with the field to show it next to and what to do. */
export function taskProblems(t: TaskConsistencyInput, today: IsoDate | null): TaskProblem[] {
  return taskProblemCodes(t, today).map((code) => describeTaskProblem(code, t, today));
}

/** Only the problems a change of `changed` fields is answerable for (see PROBLEM_FIELDS). */
export function problemsTouching(
  problems: readonly TaskProblem[],
  changed: readonly string[],
): TaskProblem[] {
  return problems.filter((p) => PROBLEM_FIELDS[p.code].some((f) => changed.includes(f)));
}

/**
 * What a form fills in when the person picks a state, so the record stays consistent: "Hoàn thành"
 * brings 100% and a completion date (the one already there if it is not in the future, else today);
 * any other state clears the completion date; "Chưa thực hiện" brings 0%. The form shows these values,
 * which the person can still change; nothing is filled in on the server.
 */
export function proposeForState(
  state: TaskState,
  current: { progress: number | null; completedOn: IsoDate | null },
  today: IsoDate,
): { progress?: number; completedOn?: IsoDate | null } {
  if (state === 'hoan_thanh') {
    const keep = current.completedOn !== null && current.completedOn <= today;
    return { progress: 100, completedOn: keep ? current.completedOn : today };
  }
  const out: { progress?: number; completedOn?: IsoDate | null } = {};
  if (current.completedOn !== null) out.completedOn = null;
  if (state === 'chua_thuc_hien' && current.progress !== 0) out.progress = 0;
  return out;
}

/**
 * A change that makes an inconsistent stored task consistent while keeping what it most likely means,
 * for the data check to propose (the person confirms it): the progress is trusted over the state.
 * null when no field can be chosen for the person (dates in the wrong order, a paused or cancelled task
 * at 100%): then the record is opened for them to decide.
 */
export function proposeConsistentFields(
  t: TaskConsistencyInput,
  today: IsoDate,
): { state?: TaskState; progress?: number; completedOn?: IsoDate | null } | null {
  const codes = taskProblemCodes(t, today);
  if (codes.length === 0) return {};
  if (codes.includes('start_after_due') || codes.includes('lead_also_supporting')) return null;
  const completion = t.completedOn !== null && t.completedOn <= today ? t.completedOn : today;
  if (t.state === 'hoan_thanh') {
    const fix: { progress?: number; completedOn?: IsoDate | null } = {};
    if (t.progress !== 100) fix.progress = 100;
    if (t.completedOn === null || t.completedOn > today) fix.completedOn = completion;
    return fix;
  }
  if (t.progress >= 100) {
    if (t.state === 'tam_dung' || t.state === 'huy_bo') return null;
    return { state: 'hoan_thanh', completedOn: completion };
  }
  const fix: { state?: TaskState; completedOn?: IsoDate | null } = {};
  if (t.state === 'chua_thuc_hien' && t.progress > 0) fix.state = 'dang_thuc_hien';
  if (t.completedOn !== null) fix.completedOn = null;
  return fix;
}

/** The prefix of the ABORT messages of the task triggers (migration 004). */
export const DB_RULE_PREFIX = 'TIENDO_RULE task.';

/** The rule a trigger refused with, from the SQLite error, or null for any other error. */
export function ruleFromDbError(error: unknown): TaskProblemCode | null {
  if (!(error instanceof Error)) return null;
  const i = error.message.indexOf(DB_RULE_PREFIX);
  if (i < 0) return null;
  const code = error.message.slice(i + DB_RULE_PREFIX.length).trim();
  return isTaskProblemCode(code) ? code : null;
}

function isTaskProblemCode(s: string): s is TaskProblemCode {
  return (TASK_PROBLEM_CODES as readonly string[]).includes(s);
}
