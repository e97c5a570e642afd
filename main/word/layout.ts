// The frame of every Word document TienDo writes, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out
// an administrative document: A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman;
// a borderless header table with the issuing body left (a short rule under it) and the Quốc hiệu and Tiêu
// ngữ right (a rule as long as the Tiêu ngữ under it), "Số: …" left and the place and date (italic) right;
// the title and trích yếu centred in bold with a short rule under them; the body justified with a first-line
// indent; "Nơi nhận" (bold italic 12 pt, list 11 pt) left and the signer block right; page numbers centred in
// the top margin, 13 pt, from the second page on (the first page has a header of its own, left empty).
import {
  AlignmentType,
  BorderStyle,
  Header,
  type ISectionOptions,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  recipientLines,
  signerHeading,
  type ReportHeader,
  type SignerBlock,
} from '../../shared/report/model';
import { textPixels } from '../excel/report/layout';

export const FONT = 'Times New Roman';
/** Body text, 14 pt (the decree allows 13-14). */
export const BODY_PT = 14;
/** Header block (issuing body, Quốc hiệu), 13 pt (12-13). */
export const HEADER_PT = 13;

/** Twips of `n` millimetres, rounded (the docx package's own conversion truncates: 20 mm would be 1133). */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** A4 in twips, as Word writes it. */
const A4 = { width: 11906, height: 16838 };
/** Nghị định 30/2020, Phụ lục I, mục II.1: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** Width of the text on a portrait page: 165 mm. */
export const PORTRAIT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Width of the text on a landscape page (annexes): 252 mm. */
export const LANDSCAPE_WIDTH = A4.height - MARGINS.left - MARGINS.right;
/** Left block (issuing body, Số, Nơi nhận) and right block (Quốc hiệu, date, signer) of the header table. */
const LEFT = mm(68);
const RIGHT = PORTRAIT_WIDTH - LEFT;

/** Half-points, as Word counts font sizes. */
const half = (pt: number) => pt * 2;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: half(style.size ?? BODY_PT),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}

/** A centred line of the header block, without space around it. */
function centred(text: string, style: RunStyle, extra: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    keepNext: extra.keepNext ?? true,
    children: [run(text, style)],
  });
}

/**
 * A horizontal rule of `length` twips, centred in a column `width` twips wide: the top border of an empty,
 * 2-point high paragraph, its indents narrowing the border to the rule's length. A border of its own line,
 * rather than under the text, so a text measured a little short never wraps.
 */
export function rule(length: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 50, after: 0, line: 40, lineRule: 'exact' },
    keepNext: true,
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

/** Twips of `text` set in Times New Roman at `pt` (the same advance widths the workbooks measure with). */
export function textTwips(text: string, pt: number, bold = false): number {
  // textPixels counts 96 px to the inch and adds a little to be safe; 15 twips to the pixel.
  return Math.round(textPixels(text, pt, bold) * 15);
}

const NONE = TableBorders.NONE;

function cell(width: number, children: Paragraph[], valign: 'top' | 'center' = 'top'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: valign === 'top' ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    children,
  });
}

/** A borderless two-column table of fixed widths (the header and the signature block). */
function twoColumns(rows: [Paragraph[], Paragraph[]][], cantSplit = false): Table {
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NONE,
    rows: rows.map(
      ([left, right]) => new TableRow({ cantSplit, children: [cell(LEFT, left), cell(RIGHT, right)] }),
    ),
  });
}

/**
 * The header table, then the title and trích yếu with a rule under them. The issuing body's last line is
 * bold (the committee), the lines above it (cơ quan chủ quản) regular; its rule is a third of that line.
 */
export function documentHeader(h: ReportHeader): (Paragraph | Table)[] {
  const lines = h.issuingBody.length ? h.issuingBody : [''];
  const body = lines.at(-1)!;
  const left = [
    ...lines.slice(0, -1).map((l) => centred(l, { size: HEADER_PT })),
    centred(body, { size: HEADER_PT, bold: true }),
    rule(Math.min(LEFT * 0.5, Math.max(mm(20), textTwips(body, HEADER_PT, true) / 3)), LEFT),
  ];
  const right = [
    centred(h.nation, { size: HEADER_PT, bold: true }),
    centred(h.motto, { size: BODY_PT, bold: true }),
    rule(Math.min(RIGHT, textTwips(h.motto, BODY_PT, true) * 0.93), RIGHT),
  ];
  const numberLine = h.docNumber ? [centred(h.docNumber, { size: 13 })] : [centred('', { size: 13 })];
  const dateLine = [centred(h.placeDateLine, { size: BODY_PT, italics: true })];
  const spacer = () => [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', { size: 6 })] }),
  ];
  const table = twoColumns([
    [left, right],
    [spacer(), spacer()],
    [numberLine, dateLine],
  ]);
  const subtitleWidth = Math.min(PORTRAIT_WIDTH, textTwips(h.subtitle, BODY_PT, true));
  return [
    table,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      keepNext: true,
      children: [run(h.title, { bold: true })],
    }),
    ...(h.subtitle
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0 },
            keepNext: true,
            indent: { left: mm(10), right: mm(10) },
            children: [run(h.subtitle, { bold: true })],
          }),
        ]
      : []),
    rule(Math.max(mm(25), Math.min(subtitleWidth, PORTRAIT_WIDTH - mm(20)) / 3), PORTRAIT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [run('', { size: 6 })] }),
  ];
}

export interface BodyOptions {
  bold?: boolean;
  italics?: boolean;
  /** No first-line indent (a line that is its own heading, a centred note). */
  flush?: boolean;
  keepNext?: boolean;
}

/** A paragraph of the body: 14 pt, justified, first line indented 1.27 cm, 6 pt before, 1.15 line spacing. */
export function bodyParagraph(text: string, o: BodyOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: o.flush ? {} : { firstLine: mm(12.7) },
    spacing: { before: 120, after: 0, line: 276 },
    ...(o.keepNext ? { keepNext: true, keepLines: true } : {}),
    children: [run(text, { ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) })],
  });
}

/** The non-empty lines of a text, trimmed: one paragraph each. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The body's text, one paragraph per non-empty line. */
export function bodyText(text: string, o: BodyOptions = {}): Paragraph[] {
  return textLines(text).map((l) => bodyParagraph(l, o));
}

/**
 * The text just before the signature block: its last paragraph is kept with the block, so the signature
 * never stands alone at the top of a page without the end of the text it signs.
 */
export function closingText(text: string): Paragraph[] {
  const lines = textLines(text);
  return lines.map((l, i) => bodyParagraph(l, i === lines.length - 1 ? { keepNext: true } : {}));
}

/** Room for the handwritten signature and the seal: about 30 mm. */
const SIGNING_ROOM = mm(28);

/**
 * "Nơi nhận:" (bold italic 12 pt) and its list (11 pt) left; the signer's heading (bold), room to sign and
 * the name (bold) right. One table row that never splits, so the block stays on one page.
 */
export function signatureBlock(recipients: readonly string[], signer: SignerBlock): Table {
  const received = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })],
    }),
    ...recipientLines(recipients).map(
      (line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: 11 })] }),
    ),
  ];
  const heading = signerHeading(signer);
  const signs = [
    ...(heading.length ? heading : ['']).map((l) => centred(l, { bold: true })),
    new Paragraph({ spacing: { before: SIGNING_ROOM, after: 0 }, children: [run('')] }),
    centred(signer.name.trim(), { bold: true }, { keepNext: false }),
  ];
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(LEFT, received), cell(RIGHT, signs)] })],
  });
}

/** The space between the body and the signature block, kept with it. */
export function beforeSignature(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [run('')] });
}

/** The page number, centred in the top margin, 13 pt upright (Nghị định 30/2020, Phụ lục I, mục II.9). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(13) })],
      }),
    ],
  });
}

/**
 * The paragraph a section ends with after a table. Word keeps a section's break in a paragraph after its
 * last table; the docx package adds one in the body font (14 pt and its line spacing), and when the
 * table (the signature block, an annex) ended at the foot of a page that paragraph printed a page of its
 * own, blank but for its number. One point high, it fits under any table.
 */
function sectionEnd(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [run('', { size: 1 })],
  });
}

/**
 * A section of the document: A4 (portrait, or landscape for the annexes), the decree's margins, page
 * numbers from its second page (its first page takes the empty "first" header), numbered from 1 when
 * `restart` (each annex is numbered on its own).
 */
export function section(
  children: ISectionOptions['children'],
  o: { landscape?: boolean; restart?: boolean } = {},
): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        // Given as portrait: the docx package swaps width and height itself for a landscape page.
        size: {
          ...A4,
          orientation: o.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGINS, header: mm(10), footer: mm(10) },
        ...(o.restart ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph('')] }) },
    children: children.at(-1) instanceof Table ? [...children, sectionEnd()] : children,
  };
}
