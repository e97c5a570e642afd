import type { ParsedInput } from '../../shared/api/contract';

/**
 * The task list with every filter off: every live task of a plan with its situation at `at`, in code
 * order, in one call (SQLite reads a negative LIMIT as no limit). The report counts and lists it, the
 * bench times it as "whole task list", and a narrower list (the dashboard's, a page) starts from it.
 */
export const wholeTaskList = (planId: string | null, at: string | null): ParsedInput<'tasks.list'> => ({
  planId,
  pillarId: null,
  leadAgencyId: null,
  situations: [],
  dueFrom: null,
  dueTo: null,
  q: '',
  at,
  sort: 'code',
  dir: 'asc',
  offset: 0,
  limit: -1,
});
