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

export interface PageOptions {
  /** The rows repeated at the top of every printed page ('6:7'), the table's own column header. */
  titleRows?: string;
  /** Number of the sheet's first page (a continuation sheet goes on from its annex); default 1. */
  firstPageNumber?: number;
  /** Print a number on the first page too (a continuation sheet); default: not on page 1, as Nghị định 30 asks. */
  numberFirstPage?: boolean;
  /**
   * Laid out into pages by TienDo (pages.ts): a fixed scale, set by `fitScale` once the columns are known,
   * so that the row breaks placed are kept. Without it (lists, forms), the sheet is fitted to one page wide.
   */
  paged?: boolean;
}

/**
 * A4 with the margins of Nghị định 30 (top 20, bottom 20, left 30, right 15 mm), printed at a fixed scale
 * (`fitScale`, once the columns are set: Excel ignores manual row breaks on a sheet fitted to a page), and
 * page numbers in 13 pt at the top centre from page 2 on. Every sheet numbers its own pages from 1 (or from
 * `firstPageNumber`), so an annex printed with the report starts again at 1 instead of going on from the
 * report's pages.
 */
export function setupPage(
  ws: Worksheet,
  orientation: 'portrait' | 'landscape',
  titleRowsOrOptions: string | PageOptions = {},
): void {
  const options =
    typeof titleRowsOrOptions === 'string' ? { titleRows: titleRowsOrOptions } : titleRowsOrOptions;
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    ...(options.paged
      ? { fitToPage: false, scale: 100 }
      : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    firstPageNumber: options.firstPageNumber ?? 1,
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
    horizontalCentered: false,
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
  const number = `&C&"${FONT_NAME},Regular"&${PAGE_NUMBER_PT}&P`;
  ws.headerFooter = {
    differentFirst: !options.numberFirstPage,
    differentOddEven: false,
    oddHeader: number,
    oddFooter: '',
    evenHeader: '',
    evenFooter: '',
    firstHeader: '',
    firstFooter: '',
  };
}

/** Page numbers: 13 pt, as Nghị định 30/2020 asks (13-14). */
export const PAGE_NUMBER_PT = 13;
