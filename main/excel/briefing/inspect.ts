// Reading a meeting document's embedded model back out of a workbook (for the e-mail and for checks).
// The file may come from anywhere: the part is found through the package relationships and parsed
// defensively; anything unexpected gives null.
import type { BriefingModel } from '../../../shared/api/types';
import type { ReportHeader } from '../../../shared/report/model';
import { NOTICE_SCHEMA, type NoticeDocument } from '../../services/briefing/documents';
import { readZipEntry } from '../report/zipRead';
import { BRIEFING_PART, NOTICE_PART } from './package';

export type MeetingDocumentContent =
  | { kind: 'briefing'; header: ReportHeader; briefing: BriefingModel }
  | { kind: 'notice'; notice: NoticeDocument };

function partFor(xlsx: Buffer, relationship: string): string | null {
  const rels = readZipEntry(xlsx, '_rels/.rels')?.toString('utf8') ?? '';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (type === relationship && target && !/^[a-z]+:/i.test(target)) return target.replace(/^\//, '');
  }
  return null;
}

function json(xlsx: Buffer, relationship: string): Record<string, unknown> | null {
  const part = partFor(xlsx, relationship);
  const bytes = part ? readZipEntry(xlsx, part) : null;
  if (!bytes) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
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
