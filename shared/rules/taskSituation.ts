// Task situation ("tình trạng") at a reference date D: the column of every task view and report.
//
//   state tam_dung                      -> tam_dung
//   state huy_bo                        -> huy_bo
//   state hoan_thanh, completedOn <= D  -> hoan_thanh_dung_han  when due is null or completedOn <= due
//                                          hoan_thanh_qua_han   when completedOn > due
//   state hoan_thanh, completedOn > D   -> not yet done at D (a briefing dated at a past meeting must show
//                                          what was true that day), classified as below
//   state hoan_thanh, completedOn null  -> done on an unknown day: treated as completed on D, so it is
//                                          dung_han only if due >= D (we never vouch for punctuality we
//                                          cannot see)
//   not done at D:
//     due null                          -> khong_thoi_han ("thường xuyên")
//     due < D                           -> qua_han
//     D <= due <= D + N                 -> sap_den_han   (due today is still "sắp đến hạn", not late)
//     due > D + N                       -> trong_han
//
// N is the "due soon" setting in days (default 7; negative or fractional values are floored at 0).
// Completion rate = done / (total - cancelled); tạm dừng stays in the denominator, hủy bỏ leaves it.

import type { IsoDate, TaskState } from '../domain';
import { addDays, assertIsoDate } from '../dates';

export const TASK_SITUATIONS = [
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
  'qua_han',
  'sap_den_han',
  'trong_han',
  'khong_thoi_han',
  'tam_dung',
  'huy_bo',
] as const;
export type TaskSituation = (typeof TASK_SITUATIONS)[number];

/**
 * The reading order of situations: what needs chasing first (late, then due soon), what is finished or
 * set aside last. Dashboard tiles, the task filter and the task list's "Tình trạng" sort all use it.
 */
export const SITUATION_ORDER = [
  'qua_han',
  'sap_den_han',
  'trong_han',
  'khong_thoi_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
  'tam_dung',
  'huy_bo',
] as const satisfies readonly TaskSituation[];

export const TASK_SITUATION_LABELS: Record<TaskSituation, string> = {
  hoan_thanh_dung_han: 'Hoàn thành đúng hạn',
  hoan_thanh_qua_han: 'Hoàn thành quá hạn',
  qua_han: 'Quá hạn',
  sap_den_han: 'Sắp đến hạn',
  trong_han: 'Trong hạn',
  khong_thoi_han: 'Không thời hạn',
  tam_dung: 'Tạm dừng',
  huy_bo: 'Hủy bỏ',
};

export interface TaskSituationInput {
  state: TaskState;
  dueDate: IsoDate | null;
  completedOn: IsoDate | null;
}

export function taskSituation(
  task: TaskSituationInput,
  referenceDate: IsoDate,
  dueSoonDays: number,
): TaskSituation {
  const d = assertIsoDate(referenceDate);
  const due = task.dueDate === null ? null : assertIsoDate(task.dueDate);
  if (task.state === 'tam_dung') return 'tam_dung';
  if (task.state === 'huy_bo') return 'huy_bo';

  if (task.state === 'hoan_thanh') {
    const completed = task.completedOn === null ? d : assertIsoDate(task.completedOn);
    // ISO dates compare correctly as strings once validated.
    if (completed <= d)
      return due === null || completed <= due ? 'hoan_thanh_dung_han' : 'hoan_thanh_qua_han';
  }

  if (due === null) return 'khong_thoi_han';
  if (due < d) return 'qua_han';
  const soonDays = Number.isFinite(dueSoonDays) ? Math.max(0, Math.floor(dueSoonDays)) : 0;
  return due <= addDays(d, soonDays) ? 'sap_den_han' : 'trong_han';
}

export function isDone(s: TaskSituation): boolean {
  return s === 'hoan_thanh_dung_han' || s === 'hoan_thanh_qua_han';
}

export interface CompletionCounts {
  total: number;
  done: number;
  cancelled: number;
}

/** done / (total - cancelled) as a fraction 0..1; null when nothing is left to complete. */
export function completionRate(c: CompletionCounts): number | null {
  const denominator = c.total - c.cancelled;
  return denominator > 0 ? c.done / denominator : null;
}

export function countSituations(
  sits: Iterable<TaskSituation>,
): Record<TaskSituation, number> & { total: number } {
  const counts = Object.fromEntries(TASK_SITUATIONS.map((s) => [s, 0])) as Record<TaskSituation, number>;
  let total = 0;
  for (const s of sits) {
    counts[s] += 1;
    total += 1;
  }
  return { ...counts, total };
}
