// Reading a meeting document's embedded model back out of a workbook (for the e-mail and for checks).
// The file may come from anywhere: the part is found through the package relationships and parsed
// defensively; anything unexpected gives null.
import type { BriefingModel } from '../../../shared/api/types';
import type { ReportHeader } from '../../../shared/report/model';
import { NOTICE_SCHEMA, type NoticeDocument } from '../../services/briefing/documents';
import { readEmbeddedJson } from '../report/inspect';
import { BRIEFING_PART, NOTICE_PART } from './package';

export type MeetingDocumentContent =
  | { kind: 'briefing'; header: ReportHeader; briefing: BriefingModel }
  | { kind: 'notice'; notice: NoticeDocument };

function json(xlsx: Buffer, relationship: string): Record<string, unknown> | null {
  const value = readEmbeddedJson(xlsx, relationship);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

export function readMeetingDocument(xlsx: Buffer): MeetingDocumentContent | null {
  const b = json(xlsx, BRIEFING_PART.relationship);
  if (b?.schema === 'tiendo.briefing/1' && b.briefing && b.header) {
    const briefing = b.briefing as BriefingModel;
    if (typeof briefing.meeting?.number === 'number' && typeof briefing.at === 'string')
      return { kind: 'briefing', header: b.header as ReportHeader, briefing };
  }
  const n = json(xlsx, NOTICE_PART.relationship);
  if (n?.schema === NOTICE_SCHEMA && typeof (n as unknown as NoticeDocument).meeting?.number === 'number') {
    return { kind: 'notice', notice: n as unknown as NoticeDocument };
  }
  return null;
}
