// Sheet "Phụ lục 1": the indicators, grouped by pillar, with target, value at the cut-off, ratio and
// assessment. Figures are numbers with number formats, never text, so the centre can add them up.
import type { Workbook, Worksheet } from 'exceljs';
import { formatNumber } from '../../../shared/format/vi';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import type { AssessmentCounts, ReportModel } from '../../../shared/report/model';
import { ANNEX1_COLUMNS } from '../../../shared/report/text';
import { formatFor, putNumber, putRate, putText } from './cells';
import {
  addAnnexSheet,
  annexHeading,
  cellStyle,
  centerStyle,
  numberStyle,
  summaryTable,
  type AnnexColumn,
  writeGroupedRows,
} from './annexTable';

export const INDICATOR_SHEET = 'Phụ lục 1';

// No width is exactly 9: exceljs takes 9 for its default and leaves the column out of <cols>.
const WIDTHS = [5, 8.5, 38, 8.5, 10, 10, 8, 15, 16, 18];
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
  const next = await writeGroupedRows(
    ws,
    m.annex1,
    last,
    (r, row) => {
      putNumber(ws.getCell(r, 1), row.stt, '0', centerStyle);
      putText(ws.getCell(r, 2), row.code, centerStyle);
      putText(ws.getCell(r, 3), row.name, cellStyle);
      putText(ws.getCell(r, 4), row.unit, centerStyle);
      const fmt = formatFor(row.target, row.actual);
      putNumber(ws.getCell(r, 5), row.target, fmt, numberStyle);
      putNumber(ws.getCell(r, 6), row.actual, fmt, numberStyle);
      putRate(ws.getCell(r, 7), row.ratio, numberStyle);
      putText(ws.getCell(r, 8), row.assessmentLabel, centerStyle);
      putText(ws.getCell(r, 9), row.agency, cellStyle);
      putText(ws.getCell(r, 10), row.note, cellStyle);
    },
    assessmentWords,
    onRow,
  );
  const counts = (c: AssessmentCounts) => [c.total, ...ASSESSMENTS.map((a) => c[a])];
  summaryTable(
    ws,
    next,
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
  );
  return ws;
}
