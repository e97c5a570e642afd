// The fields of a task, listed once: their names, how a person enters each (kind), the key of their label
// in the interface strings (tasks.fields.*), and where else they appear. The task form lays them out from
// this list, the bulk bar offers the `bulk` ones, the printed list prints the `printed` ones, and the
// history reads values by kind (dates as dd/mm/yyyy, references as names). No zod here: the task page
// reads it before the schemas have loaded.

/** How a field is entered: a line, a paragraph, a number (Vietnamese decimal comma), a dd/mm/yyyy date, one choice, several. */
export type TaskFieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'multiselect';

export const TASK_FIELD_NAMES = [
  'planId',
  'code',
  'pillarId',
  'title',
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
] as const;
export type TaskFieldName = (typeof TASK_FIELD_NAMES)[number];

export interface TaskFieldDescriptor {
  name: TaskFieldName;
  kind: TaskFieldKind;
  /** The label's key in the interface strings. */
  labelKey: `tasks.fields.${TaskFieldName}`;
  /** What a select or multi-select chooses from. */
  options?: 'plans' | 'pillars' | 'agencies' | 'states';
  /** Takes the form's two columns. */
  wide?: boolean;
  /** Lines of a paragraph box. */
  rows?: number;
  /** Required on a new task. */
  required?: boolean;
  /** Offered by the bulk bar (tasks.bulkUpdate's patch). */
  bulk?: boolean;
  /** A column of the printed list (its header: tasks.columns.<printed>). */
  printed?: 'code' | 'title' | 'agency' | 'due' | 'progress';
}

const field = (
  name: TaskFieldName,
  kind: TaskFieldKind,
  more: Omit<TaskFieldDescriptor, 'name' | 'kind' | 'labelKey'> = {},
) => ({ name, kind, labelKey: `tasks.fields.${name}`, ...more }) satisfies TaskFieldDescriptor;

/** In the order of the form (two columns, left to right). */
export const TASK_FIELDS: readonly TaskFieldDescriptor[] = [
  field('planId', 'select', { options: 'plans', wide: true, required: true }),
  field('code', 'text', { required: true, printed: 'code' }),
  field('pillarId', 'select', { options: 'pillars', bulk: true }),
  field('title', 'textarea', { wide: true, rows: 2, required: true, printed: 'title' }),
  field('leadAgencyId', 'select', { options: 'agencies', bulk: true, printed: 'agency' }),
  field('supportingAgencyIds', 'multiselect', { options: 'agencies' }),
  field('output', 'text', { wide: true }),
  field('startDate', 'date'),
  field('dueDate', 'date', { bulk: true, printed: 'due' }),
  field('state', 'select', { options: 'states', bulk: true }),
  field('progress', 'number', { bulk: true, printed: 'progress' }),
  field('completedOn', 'date', { bulk: true }),
  field('result', 'textarea'),
  field('difficulties', 'textarea'),
  field('proposals', 'textarea'),
  field('sourceText', 'text', { wide: true }),
];

export const taskField = (name: TaskFieldName): TaskFieldDescriptor =>
  TASK_FIELDS.find((f) => f.name === name) ?? field(name, 'text');

/** The task fields whose stored value is an ISO date. */
export const TASK_DATE_FIELDS: ReadonlySet<string> = new Set(
  TASK_FIELDS.filter((f) => f.kind === 'date').map((f) => f.name),
);

/** The columns the task list sorts by (tasks.list's `sort`). */
export const TASK_SORTS = [
  'code',
  'title',
  'dueDate',
  'progress',
  'state',
  'leadAgency',
  'pillar',
  'updatedAt',
  'situation',
] as const;

/** The value of the pillar and lead agency filters (tasks.list) for the tasks that have none. */
export const TASK_FILTER_NONE = 'none';
