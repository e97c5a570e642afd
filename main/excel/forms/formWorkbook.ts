// An agency's collection form as an .xlsx: "Hướng dẫn" (plain Vietnamese instructions), "Nhiệm vụ" (tasks
// it leads: the cells it fills unlocked, shaded and validated), "Chỉ tiêu" (the period's values), "Phối hợp
// (tham khảo)" (tasks it supports, read-only) and the hidden "TienDo" sheet with the metadata and its
// authentication code. Every other cell is locked (sheet protection without a password: it guards against
// slips, and the import ignores what is outside the fillable cells anyway). Times New Roman, A4 landscape.
import ExcelJS from 'exceljs';
import { TASK_STATE_LABELS, TASK_STATES } from '../../../shared/domain';
import { formatDate } from '../../../shared/format/vi';
import { stripXmlForbidden } from '../../../shared/text/xmlChars';
import type { FormModel } from '../../services/rounds/formModel';
import { packWorkbook } from '../report/package';
import { putDate, putNumber, putText } from '../report/cells';
import { fitRow } from '../report/sheet';
import { BOX, CENTER, LEFT_TOP, NUMBER_FORMATS, TABLE_PT, font, setupPage } from '../report/styles';
import {
  HEADER_ROW,
  INSTRUCTIONS_SHEET,
  META_CHUNK,
  META_MARKER,
  META_SHEET,
  SUPPORT_SHEET,
  TASKS_SHEET,
  TASK_HEADERS,
  VALUES_SHEET,
  VALUE_HEADERS,
  valueHeader,
} from './layout';

/** The shade of a cell the agency fills (light yellow, readable when printed in grey). */
const FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const LOCKED_GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const STATE_LIST = `"${TASK_STATES.map((s) => TASK_STATE_LABELS[s]).join(',')}"`;

const cellStyle: Partial<ExcelJS.Style> = { font: font(TABLE_PT), border: BOX, alignment: LEFT_TOP };
const centerStyle: Partial<ExcelJS.Style> = {
  ...cellStyle,
  alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
};
const inputStyle = (base: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => ({
  ...base,
  fill: FILL,
  protection: { locked: false },
});

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
};

const clean = (s: string) => stripXmlForbidden(s);

function titleBlock(ws: ExcelJS.Worksheet, last: number, title: string, hint: string): void {
  ws.mergeCells(1, 1, 1, last);
  putText(ws.getCell(1, 1), title.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    alignment: CENTER,
  });
  ws.getRow(1).height = 36;
  ws.mergeCells(2, 1, 2, last);
  putText(ws.getCell(2, 1), hint, { font: font(11, { italic: true }), alignment: CENTER });
  ws.getRow(2).height = 30;
}

/** Rows as tall as their longest text (LibreOffice does not grow a row exceljs wrote). */
function fitCells(ws: ExcelJS.Worksheet, row: number, columns: number[]): void {
  for (const c of columns) {
    const value = ws.getCell(row, c).value;
    if (typeof value === 'string' && value) fitRow(ws, row, c, c, value, TABLE_PT);
  }
}

function headerRow(ws: ExcelJS.Worksheet, headers: string[], widths: number[], inputs: boolean[]): void {
  headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = widths[i]!;
    putText(ws.getCell(HEADER_ROW, i + 1), h, {
      font: font(TABLE_PT, { bold: true }),
      border: BOX,
      alignment: CENTER,
      fill: inputs[i] ? FILL : LOCKED_GREY,
    });
  });
  ws.getRow(HEADER_ROW).height = 34;
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3, showGridLines: false }];
  setupPage(ws, 'landscape', `${HEADER_ROW}:${HEADER_ROW}`);
}

function tasksSheet(wb: ExcelJS.Workbook, m: FormModel): Promise<void> {
  const ws = wb.addWorksheet(TASKS_SHEET);
  const h = TASK_HEADERS;
  const headers = [
    h.stt,
    h.code,
    h.title,
    h.due,
    h.situation,
    h.progress,
    h.state,
    h.completedOn,
    h.result,
    h.difficulties,
    h.proposals,
  ];
  titleBlock(
    ws,
    headers.length,
    `Nhiệm vụ do ${m.header.agencyName} chủ trì – ${m.header.periodLabel}`,
    `Chỉ nhập vào các ô nền vàng. Hạn gửi lại: ${formatDate(m.header.due)}. Nhiệm vụ hoàn thành: Tiến độ 100, Trạng thái "Hoàn thành" và Ngày hoàn thành.`,
  );
  headerRow(
    ws,
    headers,
    [5, 9, 44, 11, 14, 9, 15, 12, 34, 26, 26],
    [false, false, false, false, false, true, true, true, true, true, true],
  );
  m.tasks.forEach((t, i) => {
    const r = HEADER_ROW + 1 + i;
    const row = ws.getRow(r);
    putNumber(row.getCell(1), i + 1, NUMBER_FORMATS.integer, centerStyle);
    putText(row.getCell(2), clean(t.code), centerStyle);
    putText(row.getCell(3), clean(t.title), cellStyle);
    putDate(row.getCell(4), t.dueDate, centerStyle, 'Thường xuyên');
    putText(row.getCell(5), t.situation, centerStyle);
    putNumber(row.getCell(6), t.progress, '0', inputStyle(centerStyle));
    putText(row.getCell(7), TASK_STATE_LABELS[t.state], inputStyle(centerStyle));
    putDate(row.getCell(8), t.completedOn, inputStyle(centerStyle));
    row.getCell(8).numFmt = NUMBER_FORMATS.date;
    putText(row.getCell(9), clean(t.result), inputStyle(cellStyle));
    putText(row.getCell(10), clean(t.difficulties), inputStyle(cellStyle));
    putText(row.getCell(11), clean(t.proposals), inputStyle(cellStyle));
    row.getCell(6).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: 'Tiến độ',
      error: 'Tiến độ là số nguyên từ 0 đến 100 (phần trăm).',
    };
    row.getCell(7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [STATE_LIST],
      showErrorMessage: true,
      errorTitle: 'Trạng thái',
      error: 'Hãy chọn trạng thái trong danh sách.',
    };
    row.getCell(8).dataValidation = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      errorTitle: 'Ngày hoàn thành',
      error: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 15/12/2026.',
    };
    fitCells(ws, r, [3, 9, 10, 11]);
    for (const c of [9, 10, 11])
      row.getCell(c).dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [20_000],
        showErrorMessage: true,
        error: 'Nội dung dài quá 20.000 ký tự.',
      };
  });
  return ws.protect('', PROTECTION);
}

function valuesSheet(wb: ExcelJS.Workbook, m: FormModel): Promise<void> {
  const ws = wb.addWorksheet(VALUES_SHEET);
  const h = VALUE_HEADERS;
  const headers = [
    h.stt,
    h.code,
    h.name,
    h.unit,
    h.target(m.header.targetYear),
    h.previous(m.header.previousLabel),
    valueHeader(m.header.periodLabel),
    h.note,
    h.evidence,
  ];
  titleBlock(
    ws,
    headers.length,
    `Số liệu chỉ tiêu do ${m.header.agencyName} chủ trì – ${m.header.periodLabel}`,
    `Nhập số liệu ${m.header.periodLabel} vào cột "${valueHeader(m.header.periodLabel)}" (số, phần thập phân dùng dấu phẩy, ví dụ 85,5); ghi chú và minh chứng nếu có.`,
  );
  headerRow(
    ws,
    headers,
    [5, 9, 46, 9, 12, 14, 14, 30, 30],
    [false, false, false, false, false, false, true, true, true],
  );
  m.values.forEach((v, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const numberFmt = '#,##0.###';
    putNumber(row.getCell(1), i + 1, NUMBER_FORMATS.integer, centerStyle);
    putText(row.getCell(2), clean(v.code), centerStyle);
    putText(row.getCell(3), clean(v.name), cellStyle);
    putText(row.getCell(4), clean(v.unit), centerStyle);
    putNumber(row.getCell(5), v.target, numberFmt, {
      ...cellStyle,
      alignment: { horizontal: 'right', vertical: 'top' },
    });
    putNumber(row.getCell(6), v.previous, numberFmt, {
      ...cellStyle,
      alignment: { horizontal: 'right', vertical: 'top' },
    });
    putNumber(
      row.getCell(7),
      v.value,
      numberFmt,
      inputStyle({ ...cellStyle, alignment: { horizontal: 'right', vertical: 'top' } }),
    );
    putText(row.getCell(8), clean(v.note), inputStyle(cellStyle));
    putText(row.getCell(9), clean(v.evidence), inputStyle(cellStyle));
    row.getCell(7).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorTitle: 'Giá trị',
      error: 'Hãy nhập một số (phần thập phân dùng dấu phẩy, ví dụ 85,5).',
    };
    fitCells(ws, HEADER_ROW + 1 + i, [3, 8, 9]);
    for (const c of [8, 9])
      row.getCell(c).dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [2000],
        showErrorMessage: true,
        error: 'Nội dung dài quá 2.000 ký tự.',
      };
  });
  return ws.protect('', PROTECTION);
}

function supportSheet(wb: ExcelJS.Workbook, m: FormModel): Promise<void> {
  const ws = wb.addWorksheet(SUPPORT_SHEET);
  const headers = [
    'STT',
    'Mã',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Thời hạn',
    'Tiến độ hiện tại (%)',
    'Trạng thái hiện tại',
  ];
  titleBlock(
    ws,
    headers.length,
    `Nhiệm vụ ${m.header.agencyName} phối hợp thực hiện – ${m.header.periodLabel}`,
    'Chỉ để tham khảo: cơ quan chủ trì cập nhật tiến độ các nhiệm vụ này. Nội dung phối hợp (nếu có) xin ghi vào cột "Kết quả" của nhiệm vụ mình chủ trì hoặc gửi cho cơ quan chủ trì.',
  );
  headerRow(
    ws,
    headers,
    [5, 9, 50, 24, 12, 12, 16],
    headers.map(() => false),
  );
  m.supporting.forEach((t, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    putNumber(row.getCell(1), i + 1, NUMBER_FORMATS.integer, centerStyle);
    putText(row.getCell(2), clean(t.code), centerStyle);
    putText(row.getCell(3), clean(t.title), cellStyle);
    putText(row.getCell(4), clean(t.leadName ?? ''), cellStyle);
    putDate(row.getCell(5), t.dueDate, centerStyle, 'Thường xuyên');
    putNumber(row.getCell(6), t.progress, '0', centerStyle);
    putText(row.getCell(7), TASK_STATE_LABELS[t.state], centerStyle);
    fitCells(ws, HEADER_ROW + 1 + i, [3, 4]);
  });
  return ws.protect('', PROTECTION);
}

function instructionsSheet(wb: ExcelJS.Workbook, m: FormModel): Promise<void> {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 4;
  ws.getColumn(2).width = 110;
  setupPage(ws, 'portrait');
  const h = m.header;
  const lines: [string, Partial<ExcelJS.Style>][] = [
    [h.committee.toLocaleUpperCase('vi'), { font: font(12, { bold: true }) }],
    [
      `PHIẾU CẬP NHẬT TIẾN ĐỘ NHIỆM VỤ VÀ SỐ LIỆU CHỈ TIÊU – ${h.periodLabel.toLocaleUpperCase('vi')}`,
      { font: font(14, { bold: true }) },
    ],
    [`Cơ quan: ${h.agencyName}`, { font: font(13, { bold: true }) }],
    [`Hạn gửi lại: ${formatDate(h.due)}`, { font: font(13, { bold: true }) }],
    ['', {}],
    ['Cách điền phiếu', { font: font(13, { bold: true }) }],
    [
      `1. Trang "${TASKS_SHEET}": mỗi dòng là một nhiệm vụ ${h.agencyName} chủ trì (${m.tasks.length} nhiệm vụ). Chỉ nhập vào các ô nền vàng; các ô khác đã khóa để tránh sửa nhầm.`,
      {},
    ],
    [
      '   • Tiến độ (%): số nguyên từ 0 đến 100.  • Trạng thái: chọn trong danh sách (Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng, Hủy bỏ).',
      {},
    ],
    [
      '   • Nhiệm vụ đã hoàn thành: Tiến độ 100, Trạng thái "Hoàn thành" và Ngày hoàn thành dạng ngày/tháng/năm (ví dụ 15/12/2026). "Chưa thực hiện" thì tiến độ là 0.',
      {},
    ],
    ['   • Kết quả, Khó khăn vướng mắc, Đề xuất kiến nghị: viết ngắn gọn; để nguyên nếu không thay đổi.', {}],
    [
      `2. Trang "${VALUES_SHEET}": nhập số liệu ${h.periodLabel} vào cột "${valueHeader(h.periodLabel)}" (${m.values.length} chỉ tiêu). Phần thập phân dùng dấu phẩy (85,5). Ô để trống nghĩa là chưa có số liệu. Ghi chú và minh chứng (số văn bản, đường dẫn) nếu có.`,
      {},
    ],
    [
      `3. Trang "${SUPPORT_SHEET}": các nhiệm vụ ${h.agencyName} phối hợp (${m.supporting.length} nhiệm vụ), chỉ để tham khảo.`,
      {},
    ],
    [
      `4. Lưu tệp dạng Excel (.xlsx) và gửi lại tệp này${h.replyTo ? ` đến ${h.replyTo}` : ' bằng cách trả lời thư đã nhận'} trước ngày ${formatDate(h.due)}. Có thể đổi tên tệp; không đổi tên các cột, không xóa trang tính.`,
      {},
    ],
    [
      '5. Dùng được Excel, LibreOffice hoặc WPS. Phiếu có phần dữ liệu ẩn để TienDo nhận biết đúng phiếu của cơ quan; xin đừng sao chép số liệu sang tệp khác rồi gửi tệp khác.',
      {},
    ],
    ['', {}],
    [
      `${h.secretariat ? `Cơ quan thường trực: ${h.secretariat}. ` : ''}Phiếu lập ngày ${formatDate(h.issuedOn)} bằng phần mềm TienDo.`,
      { font: font(11, { italic: true }) },
    ],
  ];
  lines.forEach(([text, style], i) => {
    const cell = ws.getCell(i + 1, 2);
    putText(cell, text, { font: font(13), alignment: { wrapText: true, vertical: 'top' }, ...style });
    const size = style.font?.size ?? 13;
    ws.getRow(i + 1).height = 18;
    if (text) fitRow(ws, i + 1, 2, 2, text, size, style.font?.bold ?? false);
  });
  return ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

function metaSheet(wb: ExcelJS.Workbook, m: FormModel): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.getCell('A1').value = META_MARKER;
  ws.getCell('A2').value = m.mac;
  for (let i = 0, row = 3; i < m.metaJson.length; i += META_CHUNK, row++)
    ws.getCell(row, 1).value = m.metaJson.slice(i, i + META_CHUNK);
  return ws.protect('', { selectLockedCells: false, selectUnlockedCells: false });
}

export async function writeFormWorkbook(m: FormModel, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TienDo';
  wb.title = `Phiếu cập nhật ${m.header.periodLabel} – ${m.header.agencyName}`;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  // Protection is set through a promise (exceljs hashes a password there): settled before writing.
  await Promise.all([
    instructionsSheet(wb, m),
    tasksSheet(wb, m),
    valuesSheet(wb, m),
    supportSheet(wb, m),
    metaSheet(wb, m),
  ]);
  return packWorkbook(wb);
}
