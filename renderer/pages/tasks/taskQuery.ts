// The task list's filters live in the URL hash ('#/tasks?situation=qua_han&pillarId=…'), so a dashboard
// number, a bookmark or Back lands on the same list. This file turns those parameters into the input
// of `tasks.list` and back.
import type { Input } from '../../../shared/api/contract';
import { TASK_SORTS } from '../../../shared/tasks/fields';
import { isValidIsoDate } from '../../../shared/dates';
import { TASK_SITUATIONS, type TaskSituation } from '../../../shared/rules/taskSituation';

export type TaskSort = (typeof TASK_SORTS)[number];
export type TaskListInput = Omit<Input<'tasks.list'>, 'offset' | 'limit'>;

export interface TaskFilters {
  pillarId: string | null;
  leadAgencyId: string | null;
  situations: TaskSituation[];
  dueFrom: string | null;
  dueTo: string | null;
  q: string;
  sort: TaskSort;
  dir: 'asc' | 'desc';
}

const isSituation = (s: string): s is TaskSituation => (TASK_SITUATIONS as readonly string[]).includes(s);
const date = (s: string | undefined) => (s && isValidIsoDate(s) ? s : null);

export function filtersFromParams(params: Record<string, string>): TaskFilters {
  const sort = (TASK_SORTS as readonly string[]).includes(params.sort ?? '')
    ? (params.sort as TaskSort)
    : 'code';
  return {
    pillarId: params.pillarId || null,
    leadAgencyId: params.leadAgencyId || null,
    situations: (params.situation ?? '').split(',').filter(isSituation),
    dueFrom: date(params.dueFrom),
    dueTo: date(params.dueTo),
    q: params.q ?? '',
    sort,
    dir: params.dir === 'desc' ? 'desc' : 'asc',
  };
}

/** URL parameters for a change of filters (null removes a parameter; defaults are left out). */
export function filterParams(f: Partial<TaskFilters>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('pillarId' in f) out.pillarId = f.pillarId ?? null;
  if ('leadAgencyId' in f) out.leadAgencyId = f.leadAgencyId ?? null;
  if ('situations' in f) out.situation = f.situations?.length ? f.situations.join(',') : null;
  if ('dueFrom' in f) out.dueFrom = f.dueFrom ?? null;
  if ('dueTo' in f) out.dueTo = f.dueTo ?? null;
  if ('q' in f) out.q = f.q?.trim() ? f.q : null;
  if ('sort' in f) out.sort = f.sort === 'code' ? null : (f.sort ?? null);
  if ('dir' in f) out.dir = f.dir === 'desc' ? 'desc' : null;
  return out;
}

export const CLEARED_FILTERS: Partial<TaskFilters> = {
  pillarId: null,
  leadAgencyId: null,
  situations: [],
  dueFrom: null,
  dueTo: null,
  q: '',
};

export function hasFilters(f: TaskFilters): boolean {
  return Boolean(f.pillarId || f.leadAgencyId || f.situations.length || f.dueFrom || f.dueTo || f.q.trim());
}

export function listInput(f: TaskFilters, planId: string | null, at: string | null): TaskListInput {
  return {
    planId,
    pillarId: f.pillarId,
    leadAgencyId: f.leadAgencyId,
    situations: f.situations,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    q: f.q.trim(),
    at,
    sort: f.sort,
    dir: f.dir,
  };
}
