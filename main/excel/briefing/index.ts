// The two workbooks of a meeting, drawn only from their models with the report pipeline's look:
// the briefing pack (cover + one sheet per section) and the notice of conclusions (one document sheet).
import ExcelJS from 'exceljs';
import type { BriefingModel } from '../../../shared/api/types';
import type { ReportHeader } from '../../../shared/report/model';
import { stripXmlForbiddenDeep } from '../../../shared/text/xmlChars';
import type { NoticeDocument } from '../../services/briefing/documents';
import { writeBriefingCover } from './briefingCover';
import { writeSectionSheets } from './briefingSheets';
import { writeNoticeSheet } from './noticeSheet';
import { finishPackage } from '../report/package';
import { BRIEFING_PART, NOTICE_PART } from './package';

export { COVER_SHEET } from './briefingCover';
export { SECTION_SHEETS, SECTION_TITLES } from './briefingSheets';
export { NOTICE_SHEET } from './noticeSheet';
export { BRIEFING_PART, NOTICE_PART } from './package';

function workbook(title: string, company: string, at: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = title;
  wb.company = company;
  wb.created = at;
  wb.modified = at;
  return wb;
}

// Both writers draw from the model without the characters XML forbids (old data may hold them; they
// would make the workbook unreadable), and embed that model.
export async function writeBriefingWorkbook(
  dirtyBriefing: BriefingModel,
  dirtyHeader: ReportHeader,
  generatedAt: Date,
): Promise<Buffer> {
  const b = stripXmlForbiddenDeep(dirtyBriefing);
  const header = stripXmlForbiddenDeep(dirtyHeader);
  const wb = workbook(`${header.title} - ${header.subtitle}`, b.header.committeeName, generatedAt);
  writeBriefingCover(wb, b, header);
  writeSectionSheets(wb, b);
  const model = { schema: 'tiendo.briefing/1', generatedAt: generatedAt.toISOString(), header, briefing: b };
  return finishPackage(wb, BRIEFING_PART, model);
}

export async function writeNoticeWorkbook(dirty: NoticeDocument): Promise<Buffer> {
  const doc = stripXmlForbiddenDeep(dirty);
  const wb = workbook(
    `${doc.header.title} ${doc.header.subtitle}`,
    doc.header.issuingBody.at(-1) ?? '',
    new Date(doc.generatedAt),
  );
  writeNoticeSheet(wb, doc);
  return finishPackage(wb, NOTICE_PART, doc);
}
