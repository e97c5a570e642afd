// The agency scoreboard at D, per lead agency, on the tasks as they stood at D (./tasksAt.ts):
//   dueByD          tasks whose deadline fell on or before D, cancelled ones left out (as in every
//                   completion rate) and open tasks due on D itself left out (due today is not late yet)
//   completedOnTime of those, completed by D and on or before their due date
//   onTimeRate      completedOnTime / dueByD (null when nothing was due)
//   overdue         tasks "quá hạn" at D
// Worst first: lowest rate, then most overdue, then by name; agencies with nothing due and nothing
// overdue are left out (they have nothing to be scored on).
import type { BriefingScore } from '../../../shared/api/types';
import { isDone } from '../../../shared/rules/taskSituation';
import { compareText } from '../../../shared/text/collate';
import { NO_AGENCY } from './attention';
import type { TaskAtD } from './tasksAt';

export function agencyScoreboard(tasks: TaskAtD[], at: string): BriefingScore[] {
  const byAgency = new Map<string, BriefingScore>();
  for (const t of tasks) {
    if (t.state === 'huy_bo' || t.dueDate === null) continue;
    const key = t.leadAgencyId ?? '';
    let s = byAgency.get(key);
    if (!s)
      byAgency.set(
        key,
        (s = {
          agencyId: t.leadAgencyId,
          agencyName: t.leadAgencyName ?? NO_AGENCY,
          dueByD: 0,
          completedOnTime: 0,
          onTimeRate: null,
          overdue: 0,
        }),
      );
    if (t.dueDate < at || (t.dueDate === at && isDone(t.situation))) s.dueByD++;
    if (t.situation === 'hoan_thanh_dung_han' && t.dueDate <= at) s.completedOnTime++;
    if (t.situation === 'qua_han') s.overdue++;
  }
  return [...byAgency.values()]
    .filter((s) => s.dueByD > 0 || s.overdue > 0)
    .map((s) => ({ ...s, onTimeRate: s.dueByD > 0 ? s.completedOnTime / s.dueByD : null }))
    .sort(
      (a, b) =>
        (a.onTimeRate ?? 2) - (b.onTimeRate ?? 2) ||
        b.overdue - a.overdue ||
        compareText(a.agencyName, b.agencyName),
    );
}
