// The briefing pack of a meeting (the secretary's "what happened since the last meeting"), built from
// the store as it stood at the meeting's date D: tasks as their audit rows say they stood at D (or, for
// a task recorded only later, as today, said in `taskBasis`; ./tasksAt.ts), indicator values as known at
// D. Plain data: the app shows it, the workbook prints it, the tests check it. Each section lives in its
// own file; this one only assembles them.
import type { BriefingModel } from '../../../shared/api/types';
import { formatDate, formatNumber } from '../../../shared/format/vi';
import { isDone } from '../../../shared/rules/taskSituation';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';
import { indicatorsBehind, tasksInSituation } from './attention';
import { changesSince } from './changes';
import { earlierConclusions } from './conclusions';
import { agencyScoreboard } from './scoreboard';
import { tasksAt, type TaskAtD } from './tasksAt';
import { briefingWindow } from './window';

/** How the tasks' state at D is known, in one line. */
function taskBasis(tasks: TaskAtD[], at: string): BriefingModel['taskBasis'] {
  const fromToday = tasks.filter((t) => t.stateAsOf === 'today').length;
  const atMeeting = tasks.length - fromToday;
  const day = formatDate(at);
  const line =
    fromToday === 0
      ? `Tiến độ, tình trạng nhiệm vụ như tại ngày ${day}, theo lịch sử cập nhật.`
      : atMeeting === 0
        ? `Các nhiệm vụ được nhập vào TienDo sau ngày ${day}, nên tiến độ, tình trạng là của hôm nay, không phải của ngày họp.`
        : `Tiến độ, tình trạng nhiệm vụ như tại ngày ${day}, theo lịch sử cập nhật; ${formatNumber(fromToday)} nhiệm vụ được nhập sau ngày đó nên hiển thị tình trạng hôm nay.`;
  return { atMeeting, fromToday, line };
}

export function buildBriefing(ctx: ServiceContext, meetingId: string): BriefingModel {
  const w = briefingWindow(ctx, meetingId);
  const settings = getSettings(ctx);
  const tasks = tasksAt(ctx, w.at, settings.dueSoonDays);
  const changes = changesSince(ctx, tasks, { at: w.at, since: w.since });
  const overdue = tasksInSituation(tasks, 'qua_han');
  const dueSoon = tasksInSituation(tasks, 'sap_den_han');
  const behind = indicatorsBehind(ctx, w.at);
  const conclusions = earlierConclusions(ctx, tasks, { at: w.at, meetingId: w.meeting.id });
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
    scoreboard: agencyScoreboard(tasks, w.at),
    taskBasis: taskBasis(tasks, w.at),
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
