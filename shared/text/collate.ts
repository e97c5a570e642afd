// The one order of TienDo's lists: natural order for codes ('1.2' before '1.10', 'CQS.2' before 'CQS.10')
// and Vietnamese dictionary order for names ('Đam Rông' after 'Dak', before 'Ea'; 'Bảo Lâm' before
// 'Bảo Lộc'). The renderer (lists, filters, selects, tables), the exports and SQL all use it:
// SQL through `tiendo_sort_key(text)` (main/db/functions.ts), which returns sortKey() below, so
// `ORDER BY tiendo_sort_key(x)` gives exactly the order of compareText.
//
// sortKey(s) is a plain ASCII string whose binary order (SQLite's BINARY collation, JS `<`) is the order
// we want. It has four levels, each ended by \x01, compared one after the other as a collator does:
//
//   1. primary: the letters and numbers, case and tones ignored.
//        letters in the Vietnamese alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v
//        (w) x y (z); ă, â, đ, ê, ô, ơ, ư are letters of their own, not accented a, d, e, o, u;
//        a run of digits is one number compared by value (leading zeros ignored here);
//        any run of spaces and punctuation is one separator, lower than any number or letter
//        (so 'Sở Y tế' < 'Sở Ytế' and '1.9' < '1.9a'); leading and trailing separators are ignored;
//        numbers sort before letters; letters of other scripts after Latin, by code point.
//   2. secondary: the tone of each letter: none < huyền < hỏi < ngã < sắc < nặng (a à ả ã á ạ), as in
//        dictionaries and ICU's 'vi' collation.
//   3. tertiary: lower case before upper case; then fewer leading zeros first ('1.2' < '1.02').
//   4. the text itself by code point, so that two different texts never tie (different punctuation,
//        spacing, other accents) and every sort is deterministic, in JS and in SQL alike.
//
// The key is ASCII only, so UTF-8 byte order (SQLite) and UTF-16 code unit order (JS) agree on it.

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_WEIGHT = new Map([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x41 + i)]));

const END = '\x01';
const SEPARATOR = '\x02';
const NUMBER = '\x03';
const OTHER_SCRIPT = '~';

/** Combining marks that make a letter of its own: a + breve = ă, o + horn = ơ, e + circumflex = ê. */
const LETTER_MARKS: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031b': { o: 'ơ', u: 'ư' },
};
/** The five tones, in dictionary order after the level tone (0). */
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

const isMark = (cp: number) => cp >= 0x300 && cp <= 0x36f;
const LETTER_RE = /\p{L}/u;
const NUMERIC_RE = /\p{N}/u;

const hex6 = (cp: number) => cp.toString(16).padStart(6, '0');

/** Level 4: the text by code point, ASCII-encoded so that binary order is code point order. */
function rawLevel(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) > 0 && s.charCodeAt(i) < 0x7f;
  if (ascii) return s; // most codes: already their own level 4
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp > 0 && cp < 0x7f ? ch : `\x7f${hex6(cp)}`;
  }
  return out;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** An ASCII letter's code folded to lower case, or -1 (ASCII has no other letters and no other numbers). */
const asciiLower = (c: number) => {
  const l = c | 0x20;
  return c < 0x80 && l >= 0x61 && l <= 0x7a ? l : -1;
};

// Written over UTF-16 code units with ASCII handled without regular expressions: keys are computed for
// every task written (the task service stores them), so this is on the insert path. Characters outside
// ASCII go through the same tests as before (LETTER_RE, NUMERIC_RE); the tests pin the order.
export function sortKey(text: string): string {
  const nfc = text.normalize('NFC');
  const d = nfc.normalize('NFD');
  const n = d.length;
  let primary = '';
  let secondary = '';
  let tertiary = '';
  let pendingSeparator = false;
  const emit = (p: string) => {
    if (pendingSeparator && primary !== '') primary += SEPARATOR;
    pendingSeparator = false;
    primary += p;
  };

  for (let i = 0; i < n;) {
    const c = d.charCodeAt(i);
    if (isDigitCode(c)) {
      let j = i;
      while (j < n && isDigitCode(d.charCodeAt(j))) j++;
      let k = i;
      while (k < j - 1 && d.charCodeAt(k) === 0x30) k++; // leading zeros, keeping the last digit
      const digits = d.slice(k, j);
      emit(`${NUMBER}${String.fromCharCode(0x21 + Math.min(digits.length, 90))}${digits}`);
      tertiary += String.fromCharCode(0x30 + Math.min(k - i, 70));
      i = j;
      continue;
    }
    const cp = d.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ascii = asciiLower(c);
    const ch = ascii >= 0 || c < 0x80 ? d[i]! : String.fromCodePoint(cp);
    if (ascii >= 0 || (c >= 0x80 && LETTER_RE.test(ch))) {
      const lower = ascii >= 0 ? String.fromCharCode(ascii) : ch.toLowerCase();
      let letter = lower;
      let tone = 0;
      let j = i + width;
      for (; j < n && isMark(d.charCodeAt(j)); j++) {
        const mark = d[j]!;
        const made = LETTER_MARKS[mark]?.[letter];
        if (made) letter = made;
        else if (TONES[mark] !== undefined) tone = TONES[mark]!;
        // Other marks (ü, ç, …) do not change the letter; level 4 tells such texts apart.
      }
      const weight = LETTER_WEIGHT.get(letter);
      emit(weight ?? `${OTHER_SCRIPT}${hex6(letter.normalize('NFC').codePointAt(0)!)}`);
      secondary += String.fromCharCode(0x30 + tone);
      tertiary += ch === lower ? '0' : '1';
      i = j;
      continue;
    }
    if (c >= 0x80 && NUMERIC_RE.test(ch)) {
      // Digits of other scripts, fractions, superscripts: after Latin letters, by code point.
      emit(`${OTHER_SCRIPT}${hex6(cp)}`);
      secondary += '0';
      tertiary += '0';
    } else if (!isMark(cp)) {
      // Spaces and punctuation: one separator per run, only between letters and numbers.
      pendingSeparator = true;
    }
    i += width;
  }
  return `${primary}${END}${secondary}${END}${tertiary}${END}${rawLevel(nfc)}`;
}

// Keys are pure functions of the text, so they are kept for the texts seen most recently: sorting a list
// compares each item many times, and the same codes and names come back on every screen.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

/** sortKey, remembered for recently seen texts. */
export function cachedSortKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = sortKey(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, key);
  }
  return key;
}

/** Compares two texts in TienDo's order; null (no value) comes first, as in SQL's ORDER BY. */
export function compareText(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
  const ka = cachedSortKey(a);
  const kb = cachedSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * A new array sorted by the text `by` gives for each item, stable. Each item's key is computed once:
 * comparing through compareText would look each key up per comparison, and a list longer than the
 * cache (a 100,000-task annex) would compute keys again on every comparison.
 */
export function sortByText<T>(items: readonly T[], by: (item: T) => string | null | undefined): T[] {
  return items
    .map((item) => {
      const text = by(item);
      return { item, key: text == null ? null : cachedSortKey(text) };
    })
    .sort((x, y) => {
      if (x.key === null || y.key === null) return x.key === null ? (y.key === null ? 0 : -1) : 1;
      return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
    })
    .map((x) => x.item);
}
