// Sheet "Phụ lục 1": the indicators, grouped by pillar, with target, value at the cut-off, ratio and
// assessment. Figures are numbers with number formats, never text, so the centre can add them up.
import type { Workbook, Worksheet } from 'exceljs';
import { formatNumber } from '../../../shared/format/vi';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import type { AssessmentCounts, ReportModel } from '../../../shared/report/model';
import { ANNEX1_COLUMNS } from '../../../shared/report/text';
import { numberFormatOf, putNumber, putRate, putText } from './cells';
import { fitRow, spanText } from './sheet';
import { LEFT_TOP, TABLE_PT, font } from './styles';
import {
  addAnnexSheet,
  addSummarySheet,
  annexHeading,
  finishPages,
  cellStyle,
  centerStyle,
  numberStyle,
  summaryTable,
  type AnnexColumn,
  type KeepWithNext,
  writeGroupedRows,
} from './annexTable';

export const INDICATOR_SHEET = 'Phụ lục 1';
/** The summary table by pillar, on its own sheet after the annex (see addSummarySheet). */
export const INDICATOR_SUMMARY_SHEET = 'Phụ lục 1 (tổng hợp)';

// No width is exactly 9: exceljs takes 9 for its default and leaves the column out of <cols>.
// Together about the width of A4 landscape between the margins (252 mm), so the annex prints near 100%.
const WIDTHS = [5, 8, 36, 8, 9.5, 9.5, 7.5, 14.5, 15, 17];
const legendStyle = { font: font(TABLE_PT, { italic: true }), alignment: LEFT_TOP };
const COLUMNS: AnnexColumn[] = ANNEX1_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i]! }));

/** '8 chỉ tiêu: 3 đã đạt, 2 có khả năng đạt, 2 cần nỗ lực, 1 chưa có số liệu'. */
export function assessmentWords(c: AssessmentCounts): string {
  const parts = ASSESSMENTS.filter((a) => c[a] > 0).map(
    (a) => `${formatNumber(c[a])} ${ASSESSMENT_LABELS[a].toLocaleLowerCase('vi')}`,
  );
  return `${formatNumber(c.total)} chỉ tiêu${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export async function writeIndicatorSheet(
  wb: Workbook,
  m: ReportModel,
  onRow?: () => Promise<void>,
): Promise<Worksheet> {
  const ws = addAnnexSheet(wb, INDICATOR_SHEET, COLUMNS);
  annexHeading(ws, m, m.annex1.label, m.annex1.title, COLUMNS);
  const last = COLUMNS.length;
  const keep: KeepWithNext = new Set();
  const next = await writeGroupedRows(
    ws,
    m.annex1,
    last,
    (r, row) => {
      putNumber(ws.getCell(r, 1), row.stt, '0', centerStyle);
      putText(ws.getCell(r, 2), row.code, centerStyle);
      putText(ws.getCell(r, 3), row.name, cellStyle);
      putText(ws.getCell(r, 4), row.unit, centerStyle);
      putNumber(ws.getCell(r, 5), row.target, numberFormatOf(row.target), numberStyle);
      putNumber(ws.getCell(r, 6), row.actual, numberFormatOf(row.actual), numberStyle);
      putRate(ws.getCell(r, 7), row.ratio, numberStyle);
      putText(ws.getCell(r, 8), row.assessmentLabel, centerStyle);
      putText(ws.getCell(r, 9), row.agency, cellStyle);
      putText(ws.getCell(r, 10), row.note, cellStyle);
    },
    assessmentWords,
    keep,
    onRow,
  );
  // The legend of the notes' "52% < 82%", kept with the "Tổng cộng" row above it.
  let end = next;
  if (m.annex1.legend) {
    keep.add(next - 1);
    spanText(ws, next, 1, last, m.annex1.legend, legendStyle);
    fitRow(ws, next, 1, last, m.annex1.legend, TABLE_PT);
    end = next + 1;
  }
  const pages = finishPages(ws, last, end - 1, keep);
  const sheet = addSummarySheet(wb, INDICATOR_SUMMARY_SHEET, COLUMNS, pages);
  const summaryKeep: KeepWithNext = new Set();
  const counts = (c: AssessmentCounts) => [c.total, ...ASSESSMENTS.map((a) => c[a])];
  const summaryEnd = summaryTable(
    sheet,
    'Tổng hợp đánh giá chỉ tiêu theo trụ cột, lĩnh vực',
    [
      { header: 'Trụ cột, lĩnh vực', from: 2, to: 3 },
      { header: 'Tổng số chỉ tiêu', from: 4, to: 5 },
      { header: ASSESSMENT_LABELS.da_dat, from: 6, to: 7 },
      { header: ASSESSMENT_LABELS.co_kha_nang_dat, from: 8, to: 8 },
      { header: ASSESSMENT_LABELS.can_no_luc, from: 9, to: 9 },
      { header: ASSESSMENT_LABELS.chua_co_so_lieu, from: 10, to: 10 },
    ],
    [
      ...m.annex1.groups.map((g) => ({ label: g.pillarName, values: counts(g.subtotal) })),
      { label: 'Tổng cộng', values: counts(m.annex1.total), total: true },
    ],
    summaryKeep,
  );
  finishPages(sheet, last, summaryEnd - 1, summaryKeep);
  return ws;
}
