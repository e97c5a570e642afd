// Reading a meeting document's embedded model back out of a workbook (for the e-mail and for checks), by
// the same rule as the report (../report/inspect.ts): one strict reading of the package with its signature,
// the model only from the part a signed relationship leads to (or from an unsigned file, marked so), parsed
// as hostile JSON and checked with a zod schema (../report/modelSchemas.ts) for every field a reader uses.
import { type EmbeddedModel, checkedModel, embeddedJson } from '../report/inspect';
import {
  embeddedBriefing,
  embeddedNotice,
  type EmbeddedBriefing,
  type EmbeddedNotice,
} from '../report/modelSchemas';
import { openVerifiedPackage, type VerifiedPackage } from '../signature';
import { BRIEFING_PART, NOTICE_PART } from './package';

export type MeetingDocumentContent =
  | { kind: 'briefing'; header: EmbeddedBriefing['header']; briefing: EmbeddedBriefing['briefing'] }
  | { kind: 'notice'; notice: EmbeddedNotice };

export function meetingDocumentOf(pkg: VerifiedPackage): EmbeddedModel<MeetingDocumentContent> {
  const briefing = checkedModel(embeddedJson(pkg, BRIEFING_PART.relationship), embeddedBriefing, 'tài liệu');
  if (briefing.status === 'signed' || briefing.status === 'unsigned') {
    const { header, briefing: b } = briefing.model;
    return { status: briefing.status, model: { kind: 'briefing', header, briefing: b } };
  }
  if (briefing.status === 'refused') return briefing;
  const notice = checkedModel(embeddedJson(pkg, NOTICE_PART.relationship), embeddedNotice, 'thông báo');
  if (notice.status === 'absent' || notice.status === 'refused') return notice;
  return { status: notice.status, model: { kind: 'notice', notice: notice.model } };
}

/** The document of a signed file whose signature holds, or of an unsigned file; null otherwise. */
export async function readMeetingDocument(xlsx: Buffer): Promise<MeetingDocumentContent | null> {
  const found = meetingDocumentOf(await openVerifiedPackage(xlsx));
  return found.status === 'signed' || found.status === 'unsigned' ? found.model : null;
}
