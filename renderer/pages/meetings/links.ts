// Links out of the meetings page. The Tasks page (another page's) filters by ?q=; the code finds the
// task, the plan makes sure the list shows the right plan, taskId lets that page open the task directly.
import { routeHref } from '../../stores/route';

export function taskHref(task: { id: string; code: string; planId: string }): string {
  return routeHref('tasks', { planId: task.planId, q: task.code, taskId: task.id });
}

export function meetingHref(id: string, view?: 'briefing' | 'notice'): string {
  return routeHref('meetings', { id, view });
}
