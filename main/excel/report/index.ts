// The periodic report as an .xlsx: sheet "Báo cáo" (the document), "Phụ lục 1" (indicators) and
// "Phụ lục 2" (tasks), plus the model itself as a JSON part. Drawn only from the model.
import ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/model';
import { stripXmlForbiddenDeep } from '../../../shared/text/xmlChars';
import { tick } from './annexTable';
import { writeCoverSheet } from './coverSheet';
import { writeIndicatorSheet } from './indicatorSheet';
import { REPORT_PART, finishPackage } from './package';
import { writeTaskSheet } from './taskSheet';

export { COVER_SHEET } from './coverSheet';
export { INDICATOR_SHEET, INDICATOR_SUMMARY_SHEET } from './indicatorSheet';
export { TASK_SHEET, TASK_SUMMARY_SHEET, NO_DEADLINE } from './taskSheet';
export { readReportModel } from './inspect';
export { MODEL_PART, MODEL_RELATIONSHIP, MODEL_CONTENT_TYPE } from './package';

export interface WriteProgress {
  /** 0..1 of the workbook written, with a Vietnamese label of the step. */
  (fraction: number, stage: string): void;
}

/** Rows between two yields to the event loop (and two progress reports). */
const ROWS_PER_TICK = 200;

export async function writeReportWorkbook(dirty: ReportModel, onProgress?: WriteProgress): Promise<Buffer> {
  // Old data may hold characters XML forbids (typed before input refused them): they would make the
  // workbook unreadable, so the model drawn and embedded is the one without them.
  const model = stripXmlForbiddenDeep(dirty);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = `${model.header.title} ${model.header.subtitle}`;
  wb.subject = model.period.label;
  wb.company = model.committee;
  wb.created = new Date(model.generatedAt);
  wb.modified = new Date(model.generatedAt);

  const totalRows =
    model.annex1.groups.reduce((n, g) => n + g.rows.length, 0) +
    model.annex2.groups.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  const onRow = async () => {
    done++;
    if (done % ROWS_PER_TICK === 0) {
      onProgress?.(
        0.1 + (0.7 * done) / Math.max(1, totalRows),
        done <= model.annex1.groups.reduce((n, g) => n + g.rows.length, 0)
          ? 'Đang ghi Phụ lục 1…'
          : 'Đang ghi Phụ lục 2…',
      );
      await tick();
    }
  };

  onProgress?.(0, 'Đang ghi trang báo cáo…');
  writeCoverSheet(wb, model);
  onProgress?.(0.1, 'Đang ghi Phụ lục 1…');
  await writeIndicatorSheet(wb, model, onRow);
  onProgress?.(0.1 + (0.7 * done) / Math.max(1, totalRows), 'Đang ghi Phụ lục 2…');
  await writeTaskSheet(wb, model, onRow);
  onProgress?.(0.8, 'Đang đóng gói tệp Excel…');
  const finished = await finishPackage(wb, REPORT_PART, model);
  onProgress?.(1, 'Đã ghi xong tệp Excel.');
  return finished;
}
