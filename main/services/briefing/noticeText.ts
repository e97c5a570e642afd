// The generated draft of a notice of conclusions (Thông báo kết luận): an opening paragraph, then the
// meeting's conclusions grouped by assigned agency (a numbered heading per agency, its conclusions as
// a), b), … with their due dates), then the closing line. General conclusions (no agency) come first,
// as the chair states them before assigning work; agencies follow in the order the chair first named them.
import type { Conclusion, MeetingDetail } from '../../../shared/api/types';
import { formatDate, formatDateLine } from '../../../shared/format/vi';

export interface NoticeContext {
  committeeName: string;
  secretariatAgency: string;
  /** Full agency names by id (the notice is a formal document: no short names). */
  agencyNames: Map<string, string>;
}

export const GENERAL_HEADING = 'Kết luận chung';

/** a, b, …, z, then 27, 28, …: points of a clause as Nghị định 30/2020 numbers them. */
export function pointLabel(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
}

/** The conclusion's sentence with its deadline: "… (thời hạn: 31/03/2026)." */
export function conclusionLine(c: Pick<Conclusion, 'text' | 'dueDate'>): string {
  const text = c.text.trim().replace(/[.;,]+$/, '');
  return c.dueDate ? `${text} (thời hạn: ${formatDate(c.dueDate)}).` : `${text}.`;
}

export function groupConclusions(conclusions: Conclusion[], agencyNames: Map<string, string>) {
  const groups = new Map<string, { heading: string; items: Conclusion[] }>();
  const general: Conclusion[] = conclusions.filter((c) => !c.agencyId);
  if (general.length > 0) groups.set('', { heading: GENERAL_HEADING, items: general });
  for (const c of conclusions) {
    if (!c.agencyId) continue;
    let g = groups.get(c.agencyId);
    if (!g)
      groups.set(
        c.agencyId,
        (g = { heading: agencyNames.get(c.agencyId) ?? c.agencyName ?? c.agencyId, items: [] }),
      );
    g.items.push(c);
  }
  return [...groups.values()];
}

function lowerFirst(s: string): string {
  return s.replace(/^\p{Lu}/u, (ch) => ch.toLocaleLowerCase('vi'));
}

export function noticeDraft(meeting: MeetingDetail, ctx: NoticeContext): string {
  const day = formatDateLine('', meeting.heldOn);
  const title = meeting.title.trim() ? ` (${meeting.title.trim()})` : '';
  const chair = meeting.chair.trim();
  const opening = [
    `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${ctx.committeeName} tổ chức phiên họp thứ ${meeting.number}${title}` +
      `${chair ? `, do ${lowerFirst(chair)} chủ trì` : ''}.` +
      `${meeting.attendees.trim() ? ` Tham dự phiên họp có: ${meeting.attendees.trim().replace(/[.;]+$/, '')}.` : ''}`,
    '',
    `Sau khi nghe ${ctx.secretariatAgency} (Cơ quan thường trực) báo cáo và ý kiến của các đại biểu, ` +
      `${chair ? lowerFirst(chair) : 'Ban Chỉ đạo'} kết luận, chỉ đạo như sau:`,
  ];
  const body: string[] = [];
  groupConclusions(meeting.conclusions, ctx.agencyNames).forEach((g, gi) => {
    body.push('', `${gi + 1}. ${g.heading}`);
    g.items.forEach((c, ci) => body.push(`${pointLabel(ci)}) ${conclusionLine(c)}`));
  });
  if (body.length === 0) body.push('', '(Chưa có kết luận nào được ghi cho phiên họp này.)');
  // The notice carries the committee's header, so the committee is the one giving notice.
  const closing = ['', 'Ban Chỉ đạo thông báo để các cơ quan, đơn vị biết, thực hiện./.'];
  return [...opening, ...body, ...closing].join('\n');
}
