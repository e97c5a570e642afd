// A task being edited, as the form holds it: text for dates and numbers (what the officer typed), ids as
// strings with '' for "none". readDraft turns it into the API input and checks it with the same zod
// schema as the backend (taskCreate), so most mistakes are caught before anything is sent.
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract';
import { taskCreate } from '../../../shared/api/schemas';
import type { Task } from '../../../shared/api/types';
import type { TaskState } from '../../../shared/domain';
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

/** Reads typed text into values, then validates the whole task with the shared schema. */
export function readDraft(draft: TaskDraft, t: TFunction): DraftRead {
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
    // The backend counts a completed task as 100%; say so in the form rather than surprise later.
    progress: draft.state === 'hoan_thanh' ? 100 : progress,
    completedOn: draft.state === 'hoan_thanh' ? completedOn : null,
    result: draft.result,
    difficulties: draft.difficulties,
    proposals: draft.proposals,
    sourceText: draft.sourceText,
  };
  const parsed = taskCreate.safeParse(input);
  const schemaErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const all = { ...schemaErrors, ...errors }; // "not a date" says more than "required" for the same field
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
