// The baseline for `npm run bench`: the same cells as the report's annexes and figures written with bare
// exceljs (no styles, no grouping rows, no merged text, no post-processing), so the cost of making the
// workbook look like an official document can be read as a ratio.
import ExcelJS from 'exceljs';
import type { ReportModel } from '../shared/report/model';

export async function writeBareWorkbook(m: ReportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Báo cáo');
  for (const line of [
    ...m.header.issuingBody,
    m.header.nation,
    m.header.motto,
    m.header.docNumber,
    m.header.placeDateLine,
    m.header.title,
    m.header.subtitle,
    m.intro,
  ])
    cover.addRow([line]);
  for (const s of m.sections) cover.addRow([s.heading, s.text]);
  const indicators = wb.addWorksheet('Phụ lục 1');
  for (const g of m.annex1.groups)
    for (const r of g.rows)
      indicators.addRow([
        r.stt,
        r.code,
        r.name,
        r.unit,
        r.target,
        r.actual,
        r.ratio,
        r.assessmentLabel,
        r.agency,
        r.note,
      ]);
  const tasks = wb.addWorksheet('Phụ lục 2');
  for (const g of m.annex2.groups)
    for (const r of g.rows)
      tasks.addRow([
        r.stt,
        r.title,
        r.leadAgency,
        r.supportingAgencies,
        r.output,
        r.dueDate,
        r.progress,
        r.situationLabel,
        r.result,
      ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
