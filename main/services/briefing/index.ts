// The briefing pack of a meeting (the secretary's "what happened since the last meeting"), built from
// the store as it stood at the meeting's date D. Plain data: the app shows it, the workbook prints it,
// the tests check it. Each section lives in its own file; this one only assembles them.
import type { BriefingModel } from '../../../shared/api/types';
import { isDone } from '../../../shared/rules/taskSituation';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';
import { situationParams } from '../tasks';
import { indicatorsBehind, tasksInSituation } from './attention';
import { changesSince } from './changes';
import { earlierConclusions } from './conclusions';
import { agencyScoreboard } from './scoreboard';
import { briefingWindow } from './window';

export function buildBriefing(ctx: ServiceContext, meetingId: string): BriefingModel {
  const w = briefingWindow(ctx, meetingId);
  const settings = getSettings(ctx);
  const sit = situationParams(ctx, w.at);
  const changes = changesSince(ctx, { ...sit, since: w.since });
  const overdue = tasksInSituation(ctx, 'qua_han', sit);
  const dueSoon = tasksInSituation(ctx, 'sap_den_han', sit);
  const behind = indicatorsBehind(ctx, w.at);
  const conclusions = earlierConclusions(ctx, { ...sit, meetingId: w.meeting.id });
  const taskCount = (groups: typeof overdue) => groups.reduce((n, g) => n + g.tasks.length, 0);
  return {
    meeting: w.meeting,
    at: w.at,
    since: w.since,
    fromDay: w.fromDay,
    previousMeeting: w.previousMeeting,
    dueSoonDays: settings.dueSoonDays,
    header: {
      provinceName: settings.provinceName,
      committeeName: settings.committeeName,
      committeeShortName: settings.committeeShortName,
      secretariatAgency: settings.secretariatAgency,
      reportPlace: settings.reportPlace,
    },
    changes,
    overdue,
    dueSoon,
    indicatorsBehind: behind,
    conclusions,
    scoreboard: agencyScoreboard(ctx, sit),
    counts: {
      completed: changes.completed.length,
      newlyOverdue: changes.newlyOverdue.length,
      values: changes.values.length,
      overdue: taskCount(overdue),
      dueSoon: taskCount(dueSoon),
      indicatorsBehind: behind.length,
      conclusions: conclusions.length,
      conclusionsWithoutTask: conclusions.filter((c) => c.task === null).length,
      conclusionsDone: conclusions.filter((c) => c.task !== null && isDone(c.task.situation)).length,
    },
  };
}
