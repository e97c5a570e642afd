// Accent folding for search: officers type "chuyen doi so" as often as "chuyển đổi số", so the index and
// the query are both folded to plain lowercase ASCII-like letters.

/** NFD, drop combining marks U+0300-U+036F, đ/Đ -> d, lowercase, collapse whitespace, trim. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An FTS5 MATCH expression from what a person typed: each folded word of letters/digits becomes a quoted
 * prefix term ("chuyen"* "doi"* "so"*). Every other character is a separator, so quotes, stars,
 * parentheses, column filters and NEAR/AND/OR/NOT can never act as FTS5 syntax. Null when no word is left.
 */
export function ftsQuery(userText: string): string | null {
  const words = foldVietnamese(userText)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.length > 0 ? words.map((w) => `"${w}"*`).join(' ') : null;
}
