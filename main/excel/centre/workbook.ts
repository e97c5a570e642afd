// The consolidated workbook of a period, drawn only from its model (services/centre/consolidate.ts), in
// the house style of the report workbooks (Nghị định 30/2020: the document header, Times New Roman, A4
// landscape fitted to the width, print titles, numbers as numbers with formats, rates with the per-cell
// rate format): "Tổng hợp" (one row per province, totals), "So sánh chỉ tiêu" (indicators the provinces
// share, ranked), "Chưa tổng hợp" (who is not in it and why). Each figure row cites its file's SHA-256.
import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import { formatDate } from '../../../shared/format/vi';
import { todayIso } from '../../../shared/dates';
import { ASSESSMENT_LABELS, ASSESSMENTS } from '../../../shared/rules/indicatorAssessment';
import { stripXmlForbiddenDeep } from '../../../shared/text/xmlChars';
import type { ConsolidationModel } from '../../services/centre/consolidate';
import { cellStyle, centerStyle, numberStyle } from '../report/annexTable';
import { formatFor, putNumber, putRate, putText } from '../report/cells';
import { writeDocumentHeader } from '../report/frame';
import { finishPackage, type EmbeddedPart } from '../report/package';
import { fitRow, spanText, type CellStyle } from '../report/sheet';
import { columnPixels, lineCount, rowHeight } from '../report/layout';
import { BOX, CENTER, TABLE_PT, font, setupPage } from '../report/styles';

/** dd/mm/yyyy hh:mm on this machine's clock. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(todayIso(d))} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export const SUMMARY_SHEET = 'Tổng hợp';
export const COMPARISON_SHEET = 'So sánh chỉ tiêu';
export const MISSING_SHEET = 'Chưa tổng hợp';

export const CONSOLIDATION_PART: EmbeddedPart = {
  part: 'tiendo/consolidation-model.json',
  contentType: 'application/json',
  relationship: 'urn:tiendo:relationship:consolidation-model',
  relId: 'rIdTiendoConsolidation',
};

const head: CellStyle = { font: font(TABLE_PT, { bold: true }), border: BOX, alignment: CENTER };
const numbering: CellStyle = { font: font(10, { italic: true }), border: BOX, alignment: CENTER };
const hashStyle: CellStyle = { ...cellStyle, font: font(8) };
const bold = (s: CellStyle): CellStyle => ({ ...s, font: { ...s.font, bold: true } });

interface Column {
  header: string;
  width: number;
}

function sheet(wb: Workbook, name: string, columns: Column[], headerRow: number): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow + 1, showGridLines: false }],
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  setupPage(ws, 'landscape', `${headerRow}:${headerRow + 1}`);
  return ws;
}

function tableHeader(ws: Worksheet, row: number, columns: Column[]): void {
  columns.forEach((c, i) => spanText(ws, row, i + 1, i + 1, c.header, head));
  const lines = Math.max(
    ...columns.map((c) => lineCount(c.header, columnPixels(c.width) - 4, TABLE_PT, true)),
  );
  ws.getRow(row).height = rowHeight(lines, TABLE_PT);
  columns.forEach((_, i) => spanText(ws, row + 1, i + 1, i + 1, `(${i + 1})`, numbering));
}

/** Fits a row to its tallest cell (each at its own font size and column width). */
function fit(ws: Worksheet, row: number, columns: Column[]): void {
  let height = rowHeight(1, TABLE_PT);
  columns.forEach((c, i) => {
    const cell = ws.getCell(row, i + 1);
    const v = cell.value;
    const size = cell.font?.size ?? TABLE_PT;
    if (typeof v === 'string' && v)
      height = Math.max(height, rowHeight(lineCount(v, columnPixels(c.width) - 4, size), size));
  });
  ws.getRow(row).height = height;
}

function titleLines(ws: Worksheet, m: ConsolidationModel, row: number, last: number, title: string): number {
  spanText(ws, row, 1, last, title.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    alignment: CENTER,
  });
  const sub = `(Kèm theo Báo cáo tổng hợp ${m.period.label} của ${m.centre})`;
  spanText(ws, row + 1, 1, last, sub, { font: font(12, { italic: true }), alignment: CENTER });
  fitRow(ws, row + 1, 1, last, sub, 12);
  return row + 2;
}

/** "Nguyễn Văn An\n15/12/2025 15:00": the signing time on this machine's clock, as officers read times. */
const signedLine = (name: string, at: string) => `${name}\n${localDateTime(at)}`;

const SUMMARY_COLUMNS: Column[] = [
  { header: 'STT', width: 5 },
  { header: 'Tỉnh, thành phố', width: 20 },
  { header: 'Tổng số nhiệm vụ', width: 10 },
  { header: 'Đã hoàn thành', width: 10 },
  { header: 'Tỷ lệ hoàn thành', width: 10 },
  { header: 'Quá hạn', width: 8.5 },
  { header: 'Tổng số chỉ tiêu', width: 8.5 },
  ...ASSESSMENTS.map((a) => ({ header: ASSESSMENT_LABELS[a], width: 10 })),
  { header: 'Người ký số, thời điểm ký', width: 20 },
  { header: 'Tệp báo cáo (mã SHA-256)', width: 26 },
];

function writeSummary(wb: Workbook, m: ConsolidationModel): void {
  const cols = SUMMARY_COLUMNS;
  const last = cols.length;
  // The document header spans the table: issuing body over the first columns, motto over the last.
  const headerRow = 12;
  const ws = sheet(wb, SUMMARY_SHEET, cols, headerRow);
  let r = writeDocumentHeader(ws, m.header, { left: [1, 4], right: [8, last], all: [1, last] });
  const basis =
    `Số liệu lấy từ dữ liệu đã ký số kèm trong báo cáo ${m.period.label} của từng tỉnh, thành phố (bản mới nhất có người ký được tin cậy), ` +
    `không nhập lại; mỗi dòng ghi mã SHA-256 của tệp báo cáo để đối chiếu.${m.deadline ? ` Hạn gửi báo cáo: ${formatDate(m.deadline)}.` : ''}`;
  spanText(ws, r, 1, last, basis, {
    font: font(12, { italic: true }),
    alignment: { horizontal: 'justify', vertical: 'top', wrapText: true },
  });
  fitRow(ws, r, 1, last, basis, 12);
  r++;
  ws.getRow(r++).height = 8;
  ws.getRow(r++).height = 4;
  tableHeader(ws, headerRow, cols);
  r = headerRow + 2;
  for (const row of m.rows) {
    putNumber(ws.getCell(r, 1), row.stt, '0', centerStyle);
    putText(ws.getCell(r, 2), row.province, cellStyle);
    putNumber(ws.getCell(r, 3), row.tasks, '#,##0', numberStyle);
    putNumber(ws.getCell(r, 4), row.done, '#,##0', numberStyle);
    putRate(ws.getCell(r, 5), row.rate, numberStyle);
    putNumber(ws.getCell(r, 6), row.overdue, '#,##0', numberStyle);
    putNumber(ws.getCell(r, 7), row.indicators.total, '#,##0', numberStyle);
    ASSESSMENTS.forEach((a, i) => putNumber(ws.getCell(r, 8 + i), row.indicators[a], '#,##0', numberStyle));
    putText(ws.getCell(r, 12), signedLine(row.signer, row.signingTime), cellStyle);
    putText(ws.getCell(r, 13), `${row.fileName}\n${row.sha256}`, hashStyle);
    fit(ws, r, cols);
    r++;
  }
  const t = m.totals;
  const totalStyle = bold(numberStyle);
  const totalLabel = `Tổng cộng (${m.rows.length} tỉnh, thành phố)`;
  spanText(ws, r, 1, 2, totalLabel, bold(cellStyle));
  putNumber(ws.getCell(r, 3), t.tasks, '#,##0', totalStyle);
  putNumber(ws.getCell(r, 4), t.done, '#,##0', totalStyle);
  putRate(ws.getCell(r, 5), t.rate, totalStyle);
  putNumber(ws.getCell(r, 6), t.overdue, '#,##0', totalStyle);
  putNumber(ws.getCell(r, 7), t.indicators.total, '#,##0', totalStyle);
  ASSESSMENTS.forEach((a, i) => putNumber(ws.getCell(r, 8 + i), t.indicators[a], '#,##0', totalStyle));
  spanText(ws, r, 12, 13, '', bold(cellStyle));
  fitRow(ws, r, 1, 2, totalLabel, TABLE_PT, true);
  r += 2;
  const note =
    m.notIncluded.length > 0
      ? `Chưa tổng hợp ${m.notIncluded.length} tỉnh, thành phố (chưa gửi báo cáo, hoặc chưa xác nhận được người ký): xem trang "${MISSING_SHEET}".`
      : 'Đã tổng hợp đủ báo cáo của các tỉnh, thành phố.';
  spanText(ws, r, 1, last, note, {
    font: font(12, { italic: true }),
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
  });
  fitRow(ws, r, 1, last, note, 12);
}

const COMPARISON_COLUMNS: Column[] = [
  { header: 'Xếp hạng', width: 8 },
  { header: 'Tỉnh, thành phố', width: 22 },
  { header: 'Mã chỉ tiêu', width: 10 },
  { header: 'ĐVT', width: 8 },
  { header: 'Kế hoạch', width: 11 },
  { header: 'Thực hiện', width: 11 },
  { header: 'Tỷ lệ đạt so với kế hoạch', width: 11 },
  { header: 'Đánh giá', width: 17 },
  { header: 'Tệp báo cáo (mã SHA-256)', width: 30 },
];

function writeComparison(wb: Workbook, m: ConsolidationModel): void {
  const cols = COMPARISON_COLUMNS;
  const last = cols.length;
  const headerRow = 4;
  const ws = sheet(wb, COMPARISON_SHEET, cols, headerRow);
  titleLines(ws, m, 1, last, `So sánh các chỉ tiêu chung của các tỉnh, thành phố ${m.period.label}`);
  ws.getRow(3).height = 8;
  tableHeader(ws, headerRow, cols);
  let r = headerRow + 2;
  if (m.comparison.length === 0) {
    spanText(
      ws,
      r,
      1,
      last,
      'Các tỉnh, thành phố đã tổng hợp không có chỉ tiêu chung (cùng mã hoặc cùng tên).',
      cellStyle,
    );
    return;
  }
  const groupStyle: CellStyle = {
    font: font(TABLE_PT, { bold: true }),
    border: BOX,
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  };
  for (const ind of m.comparison) {
    const units =
      ind.units.length > 1
        ? ` (đơn vị tính khác nhau: ${ind.units.join('; ')}; chỉ so sánh tỷ lệ đạt)`
        : ` (${ind.units[0] ?? ''})`;
    const name = `${ind.code ? `${ind.code} - ` : ''}${ind.name}${units}`;
    spanText(ws, r, 1, last, name, groupStyle);
    fitRow(ws, r, 1, last, name, TABLE_PT, true);
    r++;
    for (const row of ind.rows) {
      putNumber(ws.getCell(r, 1), row.rank, '0', centerStyle);
      if (row.rank === null) putText(ws.getCell(r, 1), '—', centerStyle);
      putText(ws.getCell(r, 2), row.province, cellStyle);
      putText(ws.getCell(r, 3), row.code, centerStyle);
      putText(ws.getCell(r, 4), row.unit, centerStyle);
      const fmt = formatFor(row.target, row.actual);
      putNumber(ws.getCell(r, 5), row.target, fmt, numberStyle);
      putNumber(ws.getCell(r, 6), row.actual, fmt, numberStyle);
      putRate(ws.getCell(r, 7), row.ratio, numberStyle);
      putText(ws.getCell(r, 8), row.assessmentLabel, centerStyle);
      putText(ws.getCell(r, 9), row.sha256, hashStyle);
      fit(ws, r, cols);
      r++;
    }
  }
}

const MISSING_COLUMNS: Column[] = [
  { header: 'STT', width: 5 },
  { header: 'Tỉnh, thành phố', width: 24 },
  { header: 'Tình trạng', width: 18 },
  { header: 'Lý do chưa tổng hợp', width: 90 },
];

const STATE_WORDS = {
  missing: 'Chưa nhận báo cáo',
  unconfirmed: 'Chưa xác nhận người ký',
  invalid: 'Không hợp lệ',
};

function writeMissing(wb: Workbook, m: ConsolidationModel): void {
  const cols = MISSING_COLUMNS;
  const headerRow = 4;
  const ws = sheet(wb, MISSING_SHEET, cols, headerRow);
  titleLines(ws, m, 1, cols.length, `Các tỉnh, thành phố chưa tổng hợp ${m.period.label}`);
  ws.getRow(3).height = 8;
  tableHeader(ws, headerRow, cols);
  let r = headerRow + 2;
  m.notIncluded.forEach((n, i) => {
    putNumber(ws.getCell(r, 1), i + 1, '0', centerStyle);
    putText(ws.getCell(r, 2), n.province, cellStyle);
    putText(ws.getCell(r, 3), STATE_WORDS[n.state], centerStyle);
    putText(ws.getCell(r, 4), n.reason, cellStyle);
    fit(ws, r, cols);
    r++;
  });
}

export async function writeConsolidationWorkbook(dirty: ConsolidationModel): Promise<Buffer> {
  const m = stripXmlForbiddenDeep(dirty);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = `${m.header.title} ${m.header.subtitle}`;
  wb.subject = m.period.label;
  wb.company = m.centre;
  wb.created = new Date(m.generatedAt);
  wb.modified = new Date(m.generatedAt);
  writeSummary(wb, m);
  writeComparison(wb, m);
  writeMissing(wb, m);
  return finishPackage(wb, CONSOLIDATION_PART, m);
}
