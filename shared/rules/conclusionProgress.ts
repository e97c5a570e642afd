// How a meeting's conclusions are going, as the meeting list counts them: each conclusion is done, on
// time or late at a reference date. A conclusion that became a task follows its task's situation (the
// rule of taskSituation.ts, the same the meeting's own table shows); one not yet made a task is late once
// its own due date has passed, on time before. A paused or cancelled task is neither: "other".
import type { IsoDate } from '../domain';
import { isDone, type TaskSituation } from './taskSituation';

export const CONCLUSION_PROGRESS = ['done', 'on_time', 'late', 'other'] as const;
export type ConclusionProgress = (typeof CONCLUSION_PROGRESS)[number];
export type ConclusionProgressCounts = Record<ConclusionProgress, number>;

export function conclusionProgress(
  conclusion: { dueDate: IsoDate | null; taskSituation: TaskSituation | null },
  at: IsoDate,
): ConclusionProgress {
  const s = conclusion.taskSituation;
  if (s === null) return conclusion.dueDate !== null && conclusion.dueDate < at ? 'late' : 'on_time';
  if (isDone(s)) return 'done';
  if (s === 'qua_han') return 'late';
  if (s === 'tam_dung' || s === 'huy_bo') return 'other';
  return 'on_time';
}

export function countConclusionProgress(
  conclusions: readonly { dueDate: IsoDate | null; taskSituation: TaskSituation | null }[],
  at: IsoDate,
): ConclusionProgressCounts {
  const counts: ConclusionProgressCounts = { done: 0, on_time: 0, late: 0, other: 0 };
  for (const c of conclusions) counts[conclusionProgress(c, at)] += 1;
  return counts;
}
