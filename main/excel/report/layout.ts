// Row heights for wrapped text. Neither Excel nor LibreOffice reliably grows a row to fit its text when it
// opens a file (never for merged cells), so every row with wrapped text gets a height computed here from
// Times New Roman's advance widths. The estimate errs on the generous side (a little white space is fine;
// a clipped line is not), and long paragraphs are cut into rows of a few lines, so no row passes Excel's
// 409-point limit and page breaks fall between rows without leaving half a page empty.

/** Pixels of a column `width` wide (Excel's unit: digits of the default 11pt font, 7 px each, plus padding). */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

// Advance widths of Times Roman in 1/1000 em (the standard Adobe metrics; Liberation Serif, which
// LibreOffice uses in its place, has the same). Vietnamese letters take the width of their base letter.
const WIDTHS: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  ']': 333,
  _: 500,
  '–': 500,
  '—': 1000,
  '…': 1000,
  '“': 444,
  '”': 444,
  '‘': 333,
  '’': 333,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  đ: 500,
  Đ: 722,
};
const DIGIT = 500;
const OTHER = 600;
/** Bold is about 6% wider; the margin covers kerning, hinting and renderers that space a little wider. */
const BOLD = 1.06;
const MARGIN = 1.03;
/**
 * Pixels of a cell's width not available to its text (the padding on both sides). Together with MARGIN
 * measured against LibreOffice's PDFs of the annexes: "Số nền tảng số dùng chung được triển khai" fits one
 * line of the "Chỉ tiêu" column as it does on paper, where the estimate of 1.06 and 8 px gave two.
 */
export const CELL_PADDING_PX = 6;
const PX_PER_PT = 96 / 72;

function charWidth(ch: string): number {
  const direct = WIDTHS[ch];
  if (direct !== undefined) return direct;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (ch === '\u00a0') return 250;
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return WIDTHS[base] ?? OTHER;
}

/** `em` (1/1000 em, summed over the characters) in pixels at `fontPt`: textPixels's formula, in one place. */
function emPixels(em: number, fontPt: number, bold: boolean): number {
  return (em / 1000) * fontPt * PX_PER_PT * (bold ? BOLD : 1) * MARGIN;
}

/** Width in pixels of `text` at `fontPt`. */
export function textPixels(text: string, fontPt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return emPixels(em, fontPt, bold);
}

/**
 * Greedy word wrap of one paragraph into lines that fit `pixels` (a word longer than a line is cut, between
 * characters, never inside one). Linear in the length of the paragraph: each character's width is taken
 * once and lines are fitted by running sums (a line's width is the sum of its characters' widths), so a
 * 10,000-character word costs what 10,000 characters of prose cost. The breaks are those of the first
 * version, which measured every candidate line again and took minutes on such a word.
 */
export function wrapLines(paragraph: string, pixels: number, fontPt: number, bold = false): string[] {
  const room = Math.max(20, pixels - CELL_PADDING_PX);
  const fits = (em: number) => emPixels(em, fontPt, bold) <= room;
  const space = charWidth(' ');
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  for (const word of paragraph.split(/ +/)) {
    const chars = [...word];
    const widths = chars.map(charWidth);
    let rest = widths.reduce((a, b) => a + b, 0);
    let start = 0;
    // Too long for a line by itself: cut off the longest start that fits (at least one character, and
    // never the whole rest, which does not fit), as many times as it takes.
    while (!fits(rest)) {
      let take = 0;
      let em = 0;
      while (start + take < chars.length - 1 && fits(em + widths[start + take]!))
        em += widths[start + take++]!;
      if (take === 0) em = widths[start + take++]!;
      if (line) {
        lines.push(line);
        line = '';
        lineEm = 0;
      }
      lines.push(chars.slice(start, start + take).join(''));
      start += take;
      rest -= em;
    }
    const w = start === 0 ? word : chars.slice(start).join('');
    const joined = line ? lineEm + space + rest : rest;
    if (fits(joined)) {
      line = line ? `${line} ${w}` : w;
      lineEm = joined;
    } else {
      lines.push(line);
      line = w;
      lineEm = rest;
    }
  }
  lines.push(line);
  return lines;
}

/** Number of lines `text` takes (with its own line breaks) in a box `pixels` wide. */
export function lineCount(text: string, pixels: number, fontPt: number, bold = false): number {
  // The annexes repeat the same texts thousands of times (agency names, situation labels): remembered.
  const key = `${pixels}|${fontPt}|${bold ? 1 : 0}|${text}`;
  let n = lineCounts.get(key);
  if (n === undefined) {
    n = text.split('\n').reduce((sum, p) => sum + wrapLines(p, pixels, fontPt, bold).length, 0);
    if (lineCounts.size >= LINE_COUNT_LIMIT) lineCounts.clear();
    lineCounts.set(key, n);
  }
  return n;
}

/** lineCount's memory: a pure function of its inputs, bounded so that long texts cannot pile up. */
const lineCounts = new Map<string, number>();
const LINE_COUNT_LIMIT = 5000;

/**
 * Line pitch of wrapped Times New Roman as a multiple of its size: 1.15 in LibreOffice, a little more in
 * Excel on Windows; 1.2 with 4 points of cell padding fits both without the band of white a row of 1.25
 * left under every few lines (62 one-line indicators must not look double-spaced).
 */
const LINE_SPACING = 1.2;

/** Row height in points for `lines` lines of `fontPt` text. */
export function rowHeight(lines: number, fontPt: number): number {
  return Math.min(409, Math.ceil(Math.max(1, lines) * fontPt * LINE_SPACING + 4));
}

/**
 * Cuts a text into blocks of at most `maxLines` estimated lines, one paragraph or part of one each
 * (a long paragraph is cut between lines). Each block becomes one merged row.
 */
export function textBlocks(
  text: string,
  pixels: number,
  fontPt: number,
  maxLines = 8,
): { text: string; lines: number }[] {
  const blocks: { text: string; lines: number }[] = [];
  for (const paragraph of text.split('\n')) {
    const lines = wrapLines(paragraph, pixels, fontPt);
    for (let i = 0; i < lines.length; i += maxLines) {
      const part = lines.slice(i, i + maxLines);
      blocks.push({ text: part.join(' '), lines: part.length });
    }
  }
  return blocks;
}
