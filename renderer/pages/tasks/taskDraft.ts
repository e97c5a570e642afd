// A task being edited, as the form holds it: text for dates and numbers (what the officer typed), ids as
// strings with '' for "none". readDraft turns it into the API input and checks it with the same zod
// fields (taskFields) and the same consistency rules (shared/rules/taskConsistency) as the backend, so
// most mistakes are caught before anything is sent; draftProblems shows those rules live.
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract';
import { taskFields } from '../../../shared/api/schemas';
import type { Task } from '../../../shared/api/types';
import type { TaskState } from '../../../shared/domain';
import {
  problemsTouching,
  proposeForState,
  taskProblems,
  type TaskConsistencyInput,
} from '../../../shared/rules/taskConsistency';
import { dateToText, readDateText, readNumberText, zodFieldErrors, type FieldErrors } from '../../components';

export interface TaskDraft {
  planId: string;
  code: string;
  title: string;
  pillarId: string;
  leadAgencyId: string;
  supportingAgencyIds: string[];
  output: string;
  startDate: string;
  dueDate: string;
  state: TaskState;
  progress: string;
  completedOn: string;
  result: string;
  difficulties: string;
  proposals: string;
  sourceText: string;
}

export type TaskInput = Input<'tasks.create'>;

export function emptyDraft(planId: string): TaskDraft {
  return {
    planId,
    code: '',
    title: '',
    pillarId: '',
    leadAgencyId: '',
    supportingAgencyIds: [],
    output: '',
    startDate: '',
    dueDate: '',
    state: 'chua_thuc_hien',
    progress: '0',
    completedOn: '',
    result: '',
    difficulties: '',
    proposals: '',
    sourceText: '',
  };
}

export function draftFromTask(task: Task): TaskDraft {
  return {
    planId: task.planId,
    code: task.code,
    title: task.title,
    pillarId: task.pillarId ?? '',
    leadAgencyId: task.leadAgencyId ?? '',
    supportingAgencyIds: task.supportingAgencyIds,
    output: task.output,
    startDate: dateToText(task.startDate),
    dueDate: dateToText(task.dueDate),
    state: task.state,
    progress: String(task.progress),
    completedOn: dateToText(task.completedOn),
    result: task.result,
    difficulties: task.difficulties,
    proposals: task.proposals,
    sourceText: task.sourceText,
  };
}

export type DraftRead = { ok: true; input: TaskInput } | { ok: false; errors: FieldErrors };

/** The draft's values as the consistency rules read them; null while a number or date is not readable. */
function consistencyOf(draft: TaskDraft): TaskConsistencyInput | null {
  const progress = readNumberText(draft.progress);
  const completedOn = readDateText(draft.completedOn);
  const startDate = readDateText(draft.startDate);
  const dueDate = readDateText(draft.dueDate);
  if (!progress.ok || !completedOn.ok || !startDate.ok || !dueDate.ok) return null;
  return {
    state: draft.state,
    progress: progress.value ?? 0,
    completedOn: completedOn.value,
    startDate: startDate.value,
    dueDate: dueDate.value,
    leadAgencyId: draft.leadAgencyId || null,
    supportingAgencyIds: draft.supportingAgencyIds,
  };
}

/** Live: every consistency rule the draft breaks, first message per field (shown next to the field). */
export function draftProblems(draft: TaskDraft, today: string | null): FieldErrors {
  const t = consistencyOf(draft);
  const out: FieldErrors = {};
  if (!t) return out;
  for (const p of taskProblems(t, today)) if (!(p.field in out)) out[p.field] = p.message;
  return out;
}

/** The fields of the draft that differ from the task as loaded (all of them for a new task). */
function changedFields(draft: TaskDraft, original: TaskDraft | null): string[] {
  const keys = Object.keys(draft) as (keyof TaskDraft)[];
  if (!original) return keys;
  return keys.filter((k) => JSON.stringify(draft[k]) !== JSON.stringify(original[k]));
}

/**
 * What picking a state fills in, visibly and editable (shared/rules proposeForState): "Hoàn thành" brings
 * 100% and today's date (or the date already there), another state clears the completion date, and
 * "Chưa thực hiện" brings 0%.
 */
export function stateChange(draft: TaskDraft, state: TaskState, today: string | null): Partial<TaskDraft> {
  const progress = readNumberText(draft.progress);
  const completedOn = readDateText(draft.completedOn);
  const proposed = proposeForState(
    state,
    {
      progress: progress.ok ? progress.value : null,
      completedOn: completedOn.ok ? completedOn.value : null,
    },
    today ?? '9999-12-31',
  );
  const change: Partial<TaskDraft> = { state };
  if (proposed.progress !== undefined) change.progress = String(proposed.progress);
  if (proposed.completedOn !== undefined) change.completedOn = dateToText(proposed.completedOn);
  return change;
}

/**
 * Reads typed text into values, then validates the whole task with the shared schema and rules. For an
 * existing task (`original`) a rule counts only when the edit touches its fields, as on the server, so an
 * old inconsistency does not block an unrelated change.
 */
export function readDraft(
  draft: TaskDraft,
  t: TFunction,
  today: string | null = null,
  original: TaskDraft | null = null,
): DraftRead {
  const errors: FieldErrors = {};
  const date = (field: 'startDate' | 'dueDate' | 'completedOn') => {
    const read = readDateText(draft[field]);
    if (read.ok) return read.value;
    errors[field] = t('input.dateInvalid');
    return null;
  };
  const startDate = date('startDate');
  const dueDate = date('dueDate');
  const completedOn = date('completedOn');
  const progressRead = readNumberText(draft.progress);
  let progress = 0;
  if (!progressRead.ok || (progressRead.value !== null && !Number.isInteger(progressRead.value))) {
    errors.progress = t('input.integerInvalid');
  } else progress = progressRead.value ?? 0;

  // Sent exactly as the person sees it: nothing is adjusted here or on the server.
  const input: TaskInput = {
    planId: draft.planId,
    code: draft.code,
    title: draft.title,
    pillarId: draft.pillarId || null,
    leadAgencyId: draft.leadAgencyId || null,
    supportingAgencyIds: draft.supportingAgencyIds,
    output: draft.output,
    startDate,
    dueDate,
    state: draft.state,
    progress,
    completedOn,
    result: draft.result,
    difficulties: draft.difficulties,
    proposals: draft.proposals,
    sourceText: draft.sourceText,
  };
  // Each field on its own (the create schema's rules are applied below, as the edit allows).
  const parsed = taskFields.safeParse(input);
  const schemaErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const consistency = consistencyOf(draft);
  const ruleErrors: FieldErrors = {};
  if (consistency) {
    const problems = problemsTouching(taskProblems(consistency, today), changedFields(draft, original));
    for (const p of problems) if (!(p.field in ruleErrors)) ruleErrors[p.field] = p.message;
  }
  // "not a date" says more than "required" for the same field, and both more than a rule.
  const all = { ...ruleErrors, ...schemaErrors, ...errors };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, input };
}

/** The fields in the order they appear, for focusing the first one with an error. */
export const FIELD_ORDER: readonly (keyof TaskDraft)[] = [
  'planId',
  'code',
  'title',
  'pillarId',
  'leadAgencyId',
  'supportingAgencyIds',
  'output',
  'startDate',
  'dueDate',
  'state',
  'progress',
  'completedOn',
  'result',
  'difficulties',
  'proposals',
  'sourceText',
];
