// Fonts, borders and page setup of the report workbook. Nghị định 30/2020/NĐ-CP: Times New Roman, body
// 13-14pt, A4, margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. Tables use 11-12pt.
import type { Alignment, Borders, Font, Worksheet } from 'exceljs';

export const FONT_NAME = 'Times New Roman';
export const BODY_PT = 13;
export const TABLE_PT = 11;

export function font(
  size: number,
  style: { bold?: boolean; italic?: boolean; underline?: boolean } = {},
): Partial<Font> {
  return {
    name: FONT_NAME,
    size,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    underline: style.underline ?? false,
  };
}

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const CENTER_TOP: Partial<Alignment> = { horizontal: 'center', vertical: 'top', wrapText: true };
export const LEFT_TOP: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
export const RIGHT_TOP: Partial<Alignment> = { horizontal: 'right', vertical: 'top', wrapText: true };
export const JUSTIFY: Partial<Alignment> = { horizontal: 'justify', vertical: 'top', wrapText: true };

export const NUMBER_FORMATS = {
  integer: '#,##0',
  decimal: '#,##0.0',
  date: 'dd/mm/yyyy',
  /** Text: what Excel uses for cells a person should never see turned into a formula. */
  text: '@',
} as const;

const mm = (n: number) => n / 25.4;

/**
 * A4 with the margins of Nghị định 30 (top 20, bottom 20, left 30, right 15 mm), fitted to one page wide
 * and as many pages tall as needed. `titleRows` repeat on every printed page (the table header).
 */
export function setupPage(ws: Worksheet, orientation: 'portrait' | 'landscape', titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
    horizontalCentered: false,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  // Page numbers at the top centre from page 2 on, as Nghị định 30 asks; none on the first page.
  ws.headerFooter = {
    differentFirst: true,
    differentOddEven: false,
    oddHeader: `&C&"${FONT_NAME},Regular"&${TABLE_PT}&P`,
    oddFooter: '',
    evenHeader: '',
    evenFooter: '',
    firstHeader: '',
    firstFooter: '',
  };
}
