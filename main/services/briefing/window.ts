// The time window of a briefing: D is the meeting's date, P the date of the meeting before it. Changes
// are counted in (P, D]. Without an earlier meeting P is 31/12 of the year before D, so that "since the
// start of the year" counts 1 January itself with the same half-open interval.
import type { BriefingModel } from '../../../shared/api/types';
import { addDays, isoDate, yearOf } from '../../../shared/dates';
import type { ServiceContext } from '../context';
import { mustGet } from '../rows';
import { one, sql } from '../../db/sql';

export interface BriefingWindow {
  meeting: BriefingModel['meeting'];
  at: string;
  since: string;
  fromDay: string;
  previousMeeting: BriefingModel['previousMeeting'];
}

interface MeetingRow {
  id: string;
  number: number;
  title: string;
  held_on: string;
  chair: string;
  notice_number: string | null;
}

export function briefingWindow(ctx: ServiceContext, meetingId: string): BriefingWindow {
  const m = mustGet(
    one<MeetingRow>(
      ctx,
      sql`SELECT id, number, title, held_on, chair, notice_number FROM meeting WHERE id = ${meetingId}`,
    ),
    'phiên họp',
  );
  // "Previous" is by date, strictly before D: a second meeting on the same day shares D, so it has no
  // changes of its own to report.
  const prev = one<Omit<MeetingRow, 'chair' | 'notice_number'>>(
    ctx,
    sql`SELECT id, number, title, held_on FROM meeting
       WHERE archived_at IS NULL AND id <> ${m.id} AND held_on < ${m.held_on} ORDER BY held_on DESC, number DESC LIMIT 1`,
  );
  const since = prev ? prev.held_on : addDays(isoDate(yearOf(m.held_on), 1, 1), -1);
  return {
    meeting: {
      id: m.id,
      number: m.number,
      title: m.title,
      heldOn: m.held_on,
      chair: m.chair,
      noticeNumber: m.notice_number,
    },
    at: m.held_on,
    since,
    fromDay: addDays(since, 1),
    previousMeeting: prev
      ? { id: prev.id, number: prev.number, heldOn: prev.held_on, title: prev.title }
      : null,
  };
}
