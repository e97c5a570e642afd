// The days behind a task's situation at a reference date D ("Quá hạn 24 ngày", "Còn 5 ngày đến hạn",
// "Hoàn thành muộn 3 ngày"). Pure and without wording (shared/format/explanationVi.ts words it in
// Vietnamese, the renderer in vi or en). The situation itself is taskSituation's (./taskSituation.ts):
// this only counts days, so the two can never disagree.
//
//   qua_han              days = D - due                (late by)
//   sap_den_han          days = due - D                (left; 0 = due today)
//   trong_han            days = due - D                (left)
//   hoan_thanh_qua_han   days = completed - due        (finished late by)
//   hoan_thanh_dung_han  days = due - completed        (finished early by; 0 = on the day);
//                        null when there is no due date or no completion day
//   khong_thoi_han, tam_dung, huy_bo: days null
import type { IsoDate, TaskState } from '../domain';
import { assertIsoDate, daysBetween } from '../dates';
import { taskSituation, type TaskSituation } from './taskSituation';

export interface TaskSituationExplanation {
  situation: TaskSituation;
  dueDate: IsoDate | null;
  /** The completion day counted (null when unknown or not done by D). */
  completedOn: IsoDate | null;
  days: number | null;
}

export interface SituationFacts {
  state: TaskState;
  dueDate: IsoDate | null;
  completedOn: IsoDate | null;
}

export function explainTaskSituation(
  task: SituationFacts,
  referenceDate: IsoDate,
  dueSoonDays: number,
): TaskSituationExplanation {
  return explainSituationOf(taskSituation(task, referenceDate, dueSoonDays), task, referenceDate);
}

/** The explanation of a situation already decided (a list row carries the server's). */
export function explainSituationOf(
  situation: TaskSituation,
  task: Pick<SituationFacts, 'dueDate' | 'completedOn'>,
  referenceDate: IsoDate,
): TaskSituationExplanation {
  const d = assertIsoDate(referenceDate);
  const due = task.dueDate;
  const done = situation === 'hoan_thanh_dung_han' || situation === 'hoan_thanh_qua_han';
  const completedOn = done && task.completedOn !== null && task.completedOn <= d ? task.completedOn : null;
  let days: number | null = null;
  if (due !== null) {
    if (situation === 'qua_han') days = daysBetween(due, d);
    else if (situation === 'sap_den_han' || situation === 'trong_han') days = daysBetween(d, due);
    else if (done && completedOn !== null)
      days =
        situation === 'hoan_thanh_qua_han' ? daysBetween(due, completedOn) : daysBetween(completedOn, due);
  }
  return { situation, dueDate: due, completedOn, days };
}
