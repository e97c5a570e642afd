// Links out of the meetings page. The Tasks page (another page's) filters by ?q=; the code finds the
// task, the plan makes sure the list shows the right plan, taskId lets that page open the task directly.
import type { ConclusionProgress } from '../../../shared/rules/conclusionProgress';
import { routeHref } from '../../stores/route';

export function taskHref(task: { id: string; code: string; planId: string }): string {
  return routeHref('tasks', { planId: task.planId, q: task.code, taskId: task.id });
}

export function meetingHref(id: string, view?: 'briefing' | 'notice'): string {
  return routeHref('meetings', { id, view });
}

/** The meeting's conclusions, only those done, on time or late (the counts of the meeting list). */
export function conclusionsHref(id: string, progress: ConclusionProgress): string {
  return routeHref('meetings', { id, conclusions: progress });
}
