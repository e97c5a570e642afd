// Where the person's words are in a record's text, ignoring diacritics and đ as the index does, so the
// result list can mark them and show the part of a long text (a conclusion) around the first one.
import { foldVietnamese } from '../../../shared/text/fold';

export interface TextPart {
  text: string;
  match: boolean;
}

function queryWords(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Each character of `text` folded on its own, so a folded index maps back to the original. */
function foldChars(chars: string[]): string[] {
  return chars.map((c) => {
    const f = foldVietnamese(c);
    return f.length === 1 ? f : c.toLowerCase();
  });
}

/**
 * `text` cut into marked and unmarked parts: a part is marked where a word of the text starts with one
 * of the query's words (the index matches prefixes). With `around`, a text longer than that many
 * characters is shortened to a window around the first match, with "…" where it was cut.
 */
export function matchParts(text: string, query: string, around?: number): TextPart[] {
  let chars = [...text];
  const words = queryWords(query);
  const marked = new Array<boolean>(chars.length).fill(false);
  const folded = foldChars(chars);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < folded.length; i++) {
    if (isWordChar(folded[i - 1]) || !isWordChar(folded[i])) continue;
    for (const w of words) {
      if (folded.slice(i, i + w.length).join('') === w) {
        for (let k = i; k < i + w.length; k++) marked[k] = true;
      }
    }
  }
  let prefix = '';
  let suffix = '';
  let flags = marked;
  if (around !== undefined && chars.length > around) {
    const first = Math.max(0, marked.indexOf(true));
    const start = Math.max(0, Math.min(first - Math.floor(around / 3), chars.length - around));
    const end = Math.min(chars.length, start + around);
    prefix = start > 0 ? '…' : '';
    suffix = end < chars.length ? '…' : '';
    chars = chars.slice(start, end);
    flags = marked.slice(start, end);
  }
  const parts: TextPart[] = [];
  chars.forEach((c, i) => {
    const match = flags[i] ?? false;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += c;
    else parts.push({ text: c, match });
  });
  if (prefix) parts.unshift({ text: prefix, match: false });
  if (suffix) parts.push({ text: suffix, match: false });
  return parts;
}
