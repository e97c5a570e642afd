// Printed pages of a sheet, computed the way a spreadsheet program lays rows out on paper: rows in order,
// each on the current page if its height still fits, otherwise on a new page; a manual row break starts a
// new page; from the second page on, the print-title rows (the table's column header) come first. The
// workbook writers use it to place row breaks where the document's rules want them (a heading kept with
// what follows, a group's subtotal with its group, the signature with the closing paragraph), and the tests
// use the same function on the workbook read back, so "page" means one thing on both sides.
//
// The page is fixed, not fitted: the sheet is printed at an explicit scale computed from its column widths
// (`scaleToWidth`), because Excel ignores manual row breaks on a sheet set to "fit to page".
import type { PageSetup, Worksheet } from 'exceljs';
import { columnPixels } from './layout';

const PAPER_MM = { portrait: { w: 210, h: 297 }, landscape: { w: 297, h: 210 } } as const;
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;
const PX_PER_INCH = 96;
/**
 * Points of each page kept free of rows: LibreOffice and Excel round row heights (to 1/100 mm, to pixels)
 * and the sum of a page's rounded heights can pass the exact one; a row that would end in this band goes
 * to the next page instead, in our count too.
 */
const SLACK_PT = 6;

type Orientation = keyof typeof PAPER_MM;

function orientationOf(setup: Partial<PageSetup>): Orientation {
  return setup.orientation === 'landscape' ? 'landscape' : 'portrait';
}

/** Printable width of the page in pixels (96 dpi), between the left and right margins (inches in exceljs). */
function printableWidthPx(setup: Partial<PageSetup>): number {
  const paper = PAPER_MM[orientationOf(setup)];
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  return (paper.w / MM_PER_INCH - m.left - m.right) * PX_PER_INCH;
}

/** Width of columns 1..last in pixels, as the sheet sets them. */
export function sheetWidthPx(ws: Worksheet, last: number): number {
  let px = 0;
  for (let c = 1; c <= last; c++) px += columnPixels(ws.getColumn(c).width ?? 9);
  return px;
}

/** The print scale (a whole percent, at most 100) at which columns 1..last fit between the side margins. */
export function scaleToWidth(ws: Worksheet, last: number): number {
  return Math.min(
    100,
    Math.floor((100 * WIDTH_SAFETY * printableWidthPx(ws.pageSetup)) / sheetWidthPx(ws, last)),
  );
}

/**
 * Share of the printable width the columns may take: LibreOffice converts column widths to its own units
 * a little wider than Excel's pixels, and a sheet scaled to fit exactly printed its last column of the
 * briefing's tables on a page of its own.
 */
const WIDTH_SAFETY = 0.97;

/** Height of a page's row area in sheet points (the printed height divided by the scale). */
export function pageHeightPt(setup: Partial<PageSetup>): number {
  const paper = PAPER_MM[orientationOf(setup)];
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const printed = (paper.h / MM_PER_INCH - m.top - m.bottom) * PT_PER_INCH;
  const scale = (setup.scale ?? 100) / 100;
  return (printed - SLACK_PT) / scale;
}

/** '6:7' -> [6, 7]; none -> null. */
export function titleRowsOf(setup: Partial<PageSetup>): [number, number] | null {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** What the page count needs to know of a sheet: its rows' heights, print setup and manual breaks. */
export interface PrintedSheet {
  /** Height in points of row r (1-based); rows without a height print at the sheet's default. */
  height: (row: number) => number;
  lastRow: number;
  setup: Partial<PageSetup>;
  /** Rows that start a page by a manual break (the row after each <brk id>). */
  breaks: ReadonlySet<number>;
}

/** The sheet's default row height in points (exceljs writes 15). */
export const DEFAULT_ROW_PT = 15;

export function rowHeightOf(ws: Worksheet, row: number): number {
  return ws.getRow(row).height ?? ws.properties.defaultRowHeight ?? DEFAULT_ROW_PT;
}

/** The rows of each printed page, in order. */
export function printedPages(sheet: PrintedSheet): number[][] {
  const capacity = pageHeightPt(sheet.setup);
  const titles = titleRowsOf(sheet.setup);
  const titleHeight = titles
    ? Array.from({ length: titles[1] - titles[0] + 1 }, (_, i) => sheet.height(titles[0] + i)).reduce(
        (a, b) => a + b,
        0,
      )
    : 0;
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  const newPage = (row: number) => {
    if (page.length) pages.push(page);
    page = [];
    // The title rows repeat on every page that starts below them.
    used = titles && row > titles[1] ? titleHeight : 0;
  };
  for (let r = 1; r <= sheet.lastRow; r++) {
    const h = sheet.height(r);
    if (page.length && (sheet.breaks.has(r) || used + h > capacity)) newPage(r);
    page.push(r);
    used += h;
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * Page breaks such that no row marked "keep with next" ends a page: when a row does not fit, the run of
 * kept rows before it moves to the next page with it (unless that run fills a page by itself, when the break
 * falls where it must). Sets a manual break before every page but the first and returns the printed pages.
 */
export function placeBreaks(ws: Worksheet, lastRow: number, keepWithNext: ReadonlySet<number>): number[][] {
  const breaks = new Set<number>();
  const sheet: PrintedSheet = {
    height: (r) => rowHeightOf(ws, r),
    lastRow,
    setup: ws.pageSetup,
    breaks,
  };
  // Each pass fixes the first page that ends on a kept row; pages before it do not change.
  for (let guard = 0; guard < lastRow; guard++) {
    const pages = printedPages(sheet);
    const bad = pages.findIndex((p, i) => i < pages.length - 1 && keepWithNext.has(p[p.length - 1]!));
    if (bad < 0) break;
    const page = pages[bad]!;
    let start = page.length - 1;
    while (start > 0 && keepWithNext.has(page[start - 1]!)) start--;
    if (start === 0) {
      // The whole page is one kept run: nothing to move; accept this page as it is.
      keepWithNext = new Set([...keepWithNext].filter((r) => r !== page[page.length - 1]));
      continue;
    }
    breaks.add(page[start]!);
  }
  // Every page starts with a manual break, not only the moved ones: a program whose page is a few points
  // taller than ours (the slack) would otherwise fit one more row, and that row may be a heading.
  const pages = printedPages(sheet);
  for (const page of pages.slice(1)) ws.getRow(page[0]! - 1).addPageBreak();
  return pages;
}
