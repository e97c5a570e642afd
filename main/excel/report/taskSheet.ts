// Sheet "Phụ lục 2": the tasks, grouped by pillar, with lead and supporting agencies, output, deadline
// (a real date), progress (a number) and the situation at the cut-off.
import type { Workbook, Worksheet } from 'exceljs';
import { formatRate } from '../../../shared/format/rate';
import { formatNumber } from '../../../shared/format/vi';
import type { ReportModel, TaskSubtotal } from '../../../shared/report/model';
import { ANNEX2_COLUMNS } from '../../../shared/report/text';
import { putDate, putNumber, putText } from './cells';
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
import { NUMBER_FORMATS } from './styles';

export const TASK_SHEET = 'Phụ lục 2';
/** The summary table by pillar, on its own sheet after the annex (see addSummarySheet). */
export const TASK_SUMMARY_SHEET = 'Phụ lục 2 (tổng hợp)';

// Together about the width of A4 landscape between the margins (252 mm), so the annex prints near 100%.
const WIDTHS = [5, 32, 13, 15, 16, 10.5, 8, 12.5, 22];
const COLUMNS: AnnexColumn[] = ANNEX2_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i]! }));

/** Written in the deadline column of tasks without one ("thường xuyên", recurring). */
export const NO_DEADLINE = 'Thường xuyên';

/** '25 nhiệm vụ, 20 hoàn thành (80%), 2 quá hạn'. */
export function taskWords(s: TaskSubtotal): string {
  const extra = [
    s.overdue ? `${formatNumber(s.overdue)} quá hạn` : '',
    s.cancelled ? `${formatNumber(s.cancelled)} hủy bỏ` : '',
  ].filter(Boolean);
  return `${formatNumber(s.total)} nhiệm vụ, ${formatNumber(s.done)} hoàn thành (${formatRate(s.rate)})${extra.length ? `, ${extra.join(', ')}` : ''}`;
}

export async function writeTaskSheet(
  wb: Workbook,
  m: ReportModel,
  onRow?: () => Promise<void>,
): Promise<Worksheet> {
  const ws = addAnnexSheet(wb, TASK_SHEET, COLUMNS);
  annexHeading(ws, m, m.annex2.label, m.annex2.title, COLUMNS);
  const last = COLUMNS.length;
  const keep: KeepWithNext = new Set();
  const next = await writeGroupedRows(
    ws,
    m.annex2,
    last,
    (r, row) => {
      putNumber(ws.getCell(r, 1), row.stt, '0', centerStyle);
      putText(ws.getCell(r, 2), row.title, cellStyle);
      putText(ws.getCell(r, 3), row.leadAgency, cellStyle);
      putText(ws.getCell(r, 4), row.supportingAgencies, cellStyle);
      putText(ws.getCell(r, 5), row.output, cellStyle);
      putDate(ws.getCell(r, 6), row.dueDate, centerStyle, NO_DEADLINE);
      putNumber(ws.getCell(r, 7), row.progress, NUMBER_FORMATS.integer, numberStyle);
      putText(ws.getCell(r, 8), row.situationLabel, centerStyle);
      putText(ws.getCell(r, 9), row.result, cellStyle);
    },
    taskWords,
    keep,
    onRow,
  );
  const pages = finishPages(ws, last, next - 1, keep);
  const sheet = addSummarySheet(wb, TASK_SUMMARY_SHEET, COLUMNS, pages);
  const summaryKeep: KeepWithNext = new Set();
  const numbers = (s: TaskSubtotal) => [s.total, s.done, s.overdue, s.cancelled, s.rate];
  const end = summaryTable(
    sheet,
    'Tổng hợp tiến độ nhiệm vụ theo trụ cột, lĩnh vực',
    [
      { header: 'Trụ cột, lĩnh vực', from: 2, to: 2 },
      { header: 'Tổng số nhiệm vụ', from: 3, to: 3 },
      { header: 'Đã hoàn thành', from: 4, to: 4 },
      { header: 'Quá hạn', from: 5, to: 5 },
      { header: 'Hủy bỏ', from: 6, to: 6 },
      { header: 'Tỷ lệ hoàn thành', from: 7, to: 8, rate: true },
    ],
    [
      ...m.annex2.groups.map((g) => ({ label: g.pillarName, values: numbers(g.subtotal) })),
      { label: 'Tổng cộng', values: numbers(m.annex2.total), total: true },
    ],
    summaryKeep,
  );
  finishPages(sheet, last, end - 1, summaryKeep);
  return ws;
}
