// Line fitting for row heights: the same line breaks as the first (cubic) version for ordinary text, and a
// word of 10,000 characters (a pasted hash, a URL, a row of dots) cut into lines that each fit, without the
// time growing with the square or cube of its length (that is measured by `npm run bench`).
import { describe, expect, it } from 'vitest';
import {
  CELL_PADDING_PX,
  lineCount,
  textBlocks,
  textPixels,
  wrapLines,
} from '../../../main/excel/report/layout';

/** The first version of wrapLines, kept as the reference for ordinary text. */
function referenceWrap(paragraph: string, pixels: number, fontPt: number, bold = false): string[] {
  const room = Math.max(20, pixels - CELL_PADDING_PX);
  const fits = (s: string) => textPixels(s, fontPt, bold) <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/ +/)) {
    let w = word;
    while (!fits(w)) {
      let cut = w.length - 1;
      while (cut > 1 && !fits(w.slice(0, cut))) cut--;
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, cut));
      w = w.slice(cut);
    }
    const joined = line ? `${line} ${w}` : w;
    if (fits(joined)) line = joined;
    else {
      lines.push(line);
      line = w;
    }
  }
  lines.push(line);
  return lines;
}

/** A small deterministic generator, so every run checks the same texts. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const WORDS = [
  'Triển',
  'khai',
  'nền',
  'tảng',
  'dữ',
  'liệu',
  'dùng',
  'chung',
  'của',
  'tỉnh;',
  'Đường',
  'truyền',
  'số',
  'liệu',
  'chuyên',
  'dùng',
  '(cấp',
  'II)',
  '100%',
  'UBND',
  'xã',
  'CSDL',
  'https://dichvucong.lamdong.gov.vn/ho-so',
  'KH-UBND/45/2025',
  '—',
  '“đạt”',
  '12.345,6',
  'ĐÃ',
  'HOÀN',
  'THÀNH',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
];

function ordinaryText(next: () => number): string {
  const n = 1 + Math.floor(next() * 60);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
  // now and then two spaces, a leading or trailing space
  return words.join(next() < 0.1 ? '  ' : ' ') + (next() < 0.1 ? ' ' : '');
}

describe('wrapLines', () => {
  it('breaks ordinary text exactly where the first version did', () => {
    const next = random(2025);
    for (let i = 0; i < 600; i++) {
      const text = ordinaryText(next);
      const pixels = 30 + Math.floor(next() * 700);
      const fontPt = [10, 11, 12, 13][Math.floor(next() * 4)]!;
      const bold = next() < 0.3;
      expect(wrapLines(text, pixels, fontPt, bold), `${pixels}px ${fontPt}pt ${bold}: ${text}`).toEqual(
        referenceWrap(text, pixels, fontPt, bold),
      );
    }
  });

  it('cuts a 10,000-character word into lines that each fit and together give the word back', () => {
    const word = 'x'.repeat(4000) + 'Đ'.repeat(3000) + '0123456789'.repeat(300);
    expect(word).toHaveLength(10_000);
    const lines = wrapLines(word, 300, 12);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(textPixels(line, 12)).toBeLessThanOrEqual(300 - 8);
    // as full as it can be: one more character would not have fitted
    for (let i = 0; i < lines.length - 1; i++)
      expect(textPixels(lines[i]! + lines[i + 1]![0]!, 12)).toBeGreaterThan(300 - 8);
    expect(lineCount(`${word}\n${word}`, 300, 12)).toBe(2 * lines.length);
    expect(textBlocks(word, 300, 12, 8).reduce((n, b) => n + b.lines, 0)).toBe(lines.length);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const word = '𝔸'.repeat(200);
    const lines = wrapLines(word, 60, 12);
    expect(lines.join('')).toBe(word);
    // each line is whole characters: as many code points as UTF-16 pairs, none lone
    for (const line of lines) expect([...line].every((ch) => ch === '𝔸')).toBe(true);
  });
});
