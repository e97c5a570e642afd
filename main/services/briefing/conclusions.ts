// The state at D of every conclusion of the meetings held before this one: what the committee asked
// for, and whether it became a task and how that task stood at D (./tasksAt.ts).
import type { BriefingConclusion } from '../../../shared/api/types';
import type { ServiceContext } from '../context';
import type { TaskAtD } from './tasksAt';
import { all, sql } from '../../db/sql';

interface Row {
  id: string;
  meeting_id: string;
  meeting_number: number;
  meeting_date: string;
  seq: number;
  text: string;
  agency_name: string | null;
  due_date: string | null;
}

export function earlierConclusions(
  ctx: ServiceContext,
  tasks: TaskAtD[],
  p: { at: string; meetingId: string },
): BriefingConclusion[] {
  const rows = all<Row>(
    ctx,
    sql`SELECT c.id, c.meeting_id, m.number AS meeting_number, m.held_on AS meeting_date, c.seq, c.text,
         COALESCE(a.short_name, a.name) AS agency_name, c.due_date
       FROM conclusion c JOIN meeting m ON m.id = c.meeting_id
       LEFT JOIN agency a ON a.id = c.agency_id
       WHERE c.archived_at IS NULL AND m.archived_at IS NULL AND m.id <> ${p.meetingId} AND m.held_on < ${p.at}
       ORDER BY m.held_on, m.number, c.seq`,
  );
  const taskOf = new Map(tasks.filter((t) => t.conclusionId).map((t) => [t.conclusionId!, t]));
  return rows.map((r) => {
    const t = taskOf.get(r.id);
    return {
      id: r.id,
      meetingId: r.meeting_id,
      meetingNumber: r.meeting_number,
      meetingDate: r.meeting_date,
      seq: r.seq,
      text: r.text,
      agencyName: r.agency_name,
      dueDate: r.due_date,
      task: t
        ? { id: t.id, code: t.code, planId: t.planId, situation: t.situation, progress: t.progress }
        : null,
    };
  });
}
