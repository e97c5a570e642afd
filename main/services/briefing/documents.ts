// The document frames (Nghị định 30/2020 header, number, signer) of the two files a meeting produces:
// the briefing pack and the notice of conclusions. Plain data, built here from the store, drawn by
// main/excel/briefing. Wording that the centre reads (title, trích yếu) lives here, in one place.
import type { BriefingModel, MeetingNotice } from '../../../shared/api/types';
import { formatDate, formatDateLine } from '../../../shared/format/vi';
import type { ReportHeader } from '../../../shared/report/model';
import { MOTTO, NATION, issuingBodyLines } from '../../../shared/report/text';
import type { ServiceContext } from '../context';
import { getMeeting } from '../meetings';
import { getSettings } from '../settings';
import { getNotice } from './notice';

export const NOTICE_SCHEMA = 'tiendo.notice/1';

/** The notice as it is exported: the secretary's text inside the committee's document frame. */
export interface NoticeDocument {
  schema: typeof NOTICE_SCHEMA;
  generatedAt: string;
  meeting: {
    id: string;
    number: number;
    heldOn: string;
    title: string;
    chair: string;
    noticeNumber: string | null;
    noticeDate: string | null;
  };
  header: ReportHeader;
  body: string;
  recipients: MeetingNotice['recipients'];
  signer: MeetingNotice['signer'];
}

/** 'Số: 12/TB-BCĐ'; without a number, room for the office to write it by hand. */
export function noticeNumberLine(noticeNumber: string | null, committeeShortName: string): string {
  const n = (noticeNumber ?? '').trim().replace(/^số\s*:?\s*/i, '');
  return n ? `Số: ${n}` : `Số:${'\u00a0'.repeat(8)}/TB-${committeeShortName.trim() || 'BCĐ'}`;
}

function lowerFirst(s: string): string {
  return s.replace(/^\p{Lu}/u, (ch) => ch.toLocaleLowerCase('vi'));
}

/** 'Kết luận của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo tại phiên họp thứ 2 của Ban Chỉ đạo …'. */
export function noticeSubtitle(chair: string, number: number, committeeName: string): string {
  const who = chair.trim() ? `của ${lowerFirst(chair.trim())} ` : '';
  return `Kết luận ${who}tại phiên họp thứ ${number} của ${committeeName.trim() || 'Ban Chỉ đạo'}`;
}

export function buildNoticeDocument(ctx: ServiceContext, meetingId: string): NoticeDocument {
  const m = getMeeting(ctx, meetingId);
  const s = getSettings(ctx);
  const notice = getNotice(ctx, meetingId);
  const date = m.noticeDate ?? ctx.today();
  return {
    schema: NOTICE_SCHEMA,
    generatedAt: ctx.now().toISOString(),
    meeting: {
      id: m.id,
      number: m.number,
      heldOn: m.heldOn,
      title: m.title,
      chair: m.chair,
      noticeNumber: m.noticeNumber,
      noticeDate: m.noticeDate,
    },
    header: {
      issuingBody: issuingBodyLines(s.provinceName, s.committeeName),
      nation: NATION,
      motto: MOTTO,
      docNumber: noticeNumberLine(m.noticeNumber, s.committeeShortName),
      placeDateLine: formatDateLine(s.reportPlace, date),
      date,
      title: 'THÔNG BÁO',
      subtitle: noticeSubtitle(m.chair, m.number, s.committeeName),
    },
    body: notice.body,
    recipients: notice.recipients,
    signer: notice.signer,
  };
}

/**
 * The briefing's cover frame, dated the day of the meeting it serves (its figures are taken that day),
 * whenever it is printed: a pack exported after the meeting must not look as if made for a later one. It
 * carries no number (not a dispatch).
 */
export function briefingHeader(b: BriefingModel): ReportHeader {
  return {
    issuingBody: issuingBodyLines(b.header.provinceName, b.header.committeeName),
    nation: NATION,
    motto: MOTTO,
    docNumber: '',
    placeDateLine: formatDateLine(b.header.reportPlace, b.at),
    date: b.at,
    title: `TÀI LIỆU PHỤC VỤ PHIÊN HỌP THỨ ${b.meeting.number}`,
    subtitle: `Tình hình thực hiện nhiệm vụ chuyển đổi số từ ngày ${formatDate(b.fromDay)} đến ngày ${formatDate(b.at)}`,
  };
}
