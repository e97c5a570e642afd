// Reading a meeting document's embedded model back out of a workbook (for the e-mail and for checks), by
// the same rule as the report (../report/inspect.ts): one strict reading of the package with its signature,
// the model only from the part a signed relationship leads to (or from an unsigned file, marked so), parsed
// as hostile JSON and checked for every field a reader prints.
import type { BriefingModel } from '../../../shared/api/types';
import type { ReportHeader } from '../../../shared/report/model';
import { NOTICE_SCHEMA, type NoticeDocument } from '../../services/briefing/documents';
import { type EmbeddedModel, checkedModel, embeddedJson, hasStrings, isRecord } from '../report/inspect';
import { openVerifiedPackage, type VerifiedPackage } from '../signature';
import { BRIEFING_PART, NOTICE_PART } from './package';

export type MeetingDocumentContent =
  | { kind: 'briefing'; header: ReportHeader; briefing: BriefingModel }
  | { kind: 'notice'; notice: NoticeDocument };

const HEADER_FIELDS = ['docNumber', 'placeDateLine', 'title', 'subtitle'];

function isHeader(v: unknown): v is ReportHeader {
  return (
    hasStrings(v, HEADER_FIELDS) &&
    Array.isArray(v.issuingBody) &&
    v.issuingBody.every((line) => typeof line === 'string')
  );
}

function isMeeting(v: unknown): boolean {
  return isRecord(v) && typeof v.number === 'number' && typeof v.heldOn === 'string';
}

function isBriefingFile(v: unknown): v is { header: ReportHeader; briefing: BriefingModel } {
  return (
    isRecord(v) &&
    v.schema === 'tiendo.briefing/1' &&
    isHeader(v.header) &&
    isRecord(v.briefing) &&
    typeof v.briefing.at === 'string' &&
    isMeeting(v.briefing.meeting)
  );
}

function isNotice(v: unknown): v is NoticeDocument {
  return (
    isRecord(v) &&
    v.schema === NOTICE_SCHEMA &&
    isHeader(v.header) &&
    isMeeting(v.meeting) &&
    isRecord(v.meeting) &&
    (v.meeting.noticeNumber === null || typeof v.meeting.noticeNumber === 'string')
  );
}

export function meetingDocumentOf(pkg: VerifiedPackage): EmbeddedModel<MeetingDocumentContent> {
  const briefing = checkedModel(embeddedJson(pkg, BRIEFING_PART.relationship), isBriefingFile, 'tài liệu');
  if (briefing.status === 'signed' || briefing.status === 'unsigned') {
    const { header, briefing: b } = briefing.model;
    return { status: briefing.status, model: { kind: 'briefing', header, briefing: b } };
  }
  if (briefing.status === 'refused') return briefing;
  const notice = checkedModel(embeddedJson(pkg, NOTICE_PART.relationship), isNotice, 'thông báo');
  if (notice.status === 'absent' || notice.status === 'refused') return notice;
  return { status: notice.status, model: { kind: 'notice', notice: notice.model } };
}

/** The document of a signed file whose signature holds, or of an unsigned file; null otherwise. */
export async function readMeetingDocument(xlsx: Buffer): Promise<MeetingDocumentContent | null> {
  const found = meetingDocumentOf(await openVerifiedPackage(xlsx));
  return found.status === 'signed' || found.status === 'unsigned' ? found.model : null;
}
