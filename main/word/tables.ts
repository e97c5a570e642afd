// Bordered tables of the Word documents (the report's figures and its annexes): Times New Roman 11-12 pt,
// thin borders, cell padding so numbers never touch a border, a header row that Word repeats at the top of
// every page the table runs onto, and rows that are never split across pages. Keeping a heading with what
// follows and a subtotal with its group is said to Word itself (keep with next), which lays the pages out.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { run } from './layout';

export const TABLE_PT = 11;

export type Align = 'left' | 'center' | 'right';

export interface Cell {
  text: string;
  align?: Align;
  bold?: boolean;
  italics?: boolean;
  /** Columns it spans (default 1). */
  span?: number;
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of each page (the column header). */
  header?: boolean;
  /** Kept on the page of the row after it (a group heading, the last row before a subtotal). */
  keepNext?: boolean;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function cellOf(c: Cell, width: number, keepNext: boolean, size: number): TableCell {
  const lines = c.text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(c.span && c.span > 1 ? { columnSpan: c.span } : {}),
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[c.align ?? 'left'],
          spacing: { before: 0, after: 0 },
          ...(keepNext ? { keepNext: true } : {}),
          children: [
            run(line, { size, ...(c.bold ? { bold: true } : {}), ...(c.italics ? { italics: true } : {}) }),
          ],
        }),
    ),
  });
}

/** A table of `widths` (twips, adding up to the text width) with the rows given. */
export function gridTable(widths: number[], rows: Row[], size = TABLE_PT): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map((r) => {
      let col = 0;
      return new TableRow({
        cantSplit: true,
        ...(r.header ? { tableHeader: true } : {}),
        children: r.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return cellOf(c, width, r.header || (r.keepNext ?? false), size);
        }),
      });
    }),
  });
}

/** Column widths in twips from relative weights, filling `total`. */
export function widthsOf(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}
