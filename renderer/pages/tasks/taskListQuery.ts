// The parts the task list is read in (useTaskList): the first window, then pages of the rest. Plain
// functions of the list's input, so the first window can be asked for at boot (prefetchTaskList).
import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../api/queries';
import type { TaskListInput } from './taskQuery';

/** Rows of the first request: what a 1366x768 screen shows (about 16 rows of 34 px) and the overscan. */
export const FIRST_WINDOW = 40;
/** Rows of each later request. */
export const PAGE_SIZE = 500;
/** Every row in one request (printing, select all): the contract's bound. */
export const ALL_ROWS = 20_000;

/** Part 0 is the first window; part p > 0 covers PAGE_SIZE rows after it. */
export const partRange = (part: number) =>
  part === 0
    ? { offset: 0, limit: FIRST_WINDOW }
    : { offset: FIRST_WINDOW + (part - 1) * PAGE_SIZE, limit: PAGE_SIZE };
export const partOf = (index: number) =>
  index < FIRST_WINDOW ? 0 : 1 + Math.floor((index - FIRST_WINDOW) / PAGE_SIZE);
export const partCount = (total: number) =>
  total <= FIRST_WINDOW ? 1 : 1 + Math.ceil((total - FIRST_WINDOW) / PAGE_SIZE);

/** The query of one part of the list. */
export function taskListPart(input: TaskListInput, part: number) {
  const full: Input<'tasks.list'> = { ...input, ...partRange(part) };
  return apiQuery('tasks.list', full);
}
