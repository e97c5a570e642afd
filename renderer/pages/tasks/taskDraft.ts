// A task being edited, as the form holds it: text for dates and numbers (what the officer typed), ids as
// strings with '' for "none". taskFormSchema reads it into the API input and checks it with the same zod
// fields (taskFields) as the backend, saveProblems with the same consistency rules
// (shared/rules/taskConsistency), so most mistakes are caught before anything is sent; draftProblems
// shows those rules live.
import { z } from 'zod';
import type { Input } from '../../../shared/api/contract';
import { taskFields } from '../../../shared/api/schemas';
import type { Task } from '../../../shared/api/types';
import { TASK_FIELDS } from '../../../shared/tasks/fields';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import {
  problemsTouching,
  proposeForState,
  taskProblems,
  type TaskConsistencyInput,
} from '../../../shared/rules/taskConsistency';
import { dateToText, readDateText, readNumberText, type FieldErrors } from '../../components';
import { checkedForm, dateText, numberText, optionalId } from '../../components/form';

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

/**
 * What picking a state fills in, visibly and editable (shared/rules proposeForState): "Hoàn thành" brings
 * 100% and today's date (or the date already there), another state clears the completion date, and
 * "Chưa thực hiện" brings 0%.
 */
export function stateChange(
  draft: Pick<TaskDraft, 'progress' | 'completedOn'>,
  state: TaskState,
  today: string | null,
): Partial<Pick<TaskDraft, 'state' | 'progress' | 'completedOn'>> {
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
  const change: Partial<Pick<TaskDraft, 'state' | 'progress' | 'completedOn'>> = { state };
  if (proposed.progress !== undefined) change.progress = String(proposed.progress);
  if (proposed.completedOn !== undefined) change.completedOn = dateToText(proposed.completedOn);
  return change;
}

/** The form's resolver: the texts read into the API input, then the shared taskFields schema. */
export function taskFormSchema() {
  return checkedForm(
    z.object({
      planId: z.string(),
      code: z.string(),
      title: z.string(),
      pillarId: optionalId(),
      leadAgencyId: optionalId(),
      supportingAgencyIds: z.array(z.string()),
      output: z.string(),
      startDate: dateText(),
      dueDate: dateText(),
      state: z.enum(TASK_STATES),
      progress: numberText({ integer: true }).transform((v) => v ?? 0),
      completedOn: dateText(),
      result: z.string(),
      difficulties: z.string(),
      proposals: z.string(),
      sourceText: z.string(),
    }),
    taskFields,
  );
}

/**
 * The consistency rules a save breaks (shared/rules/taskConsistency), first message per field. For an
 * existing task a rule counts only when the save touches its fields, as on the server, so an old
 * inconsistency does not block an unrelated change.
 */
export function saveProblems(
  input: z.output<typeof taskFields>,
  changed: readonly string[],
  today: string | null,
): FieldErrors {
  const out: FieldErrors = {};
  const problems = problemsTouching(taskProblems(input, today), [...changed]);
  for (const p of problems) if (!(p.field in out)) out[p.field] = p.message;
  return out;
}

/** The fields in the order they appear (shared/tasks/fields), for focusing the first one with an error. */
export const FIELD_ORDER: readonly (keyof TaskDraft)[] = TASK_FIELDS.map((f) => f.name);
