// Characters XML 1.0 does not allow anywhere in a document (its Char production): C0 controls other than
// tab, LF and CR; U+FFFE and U+FFFF; and a surrogate code unit not paired with its other half. One of them
// in a title makes xl/sharedStrings.xml not well-formed, and Excel then refuses the whole workbook. Typed
// text is refused with them (shared/api/schemas.ts); old data has them stripped on export.
// One pass over the text, by code unit.

function isForbiddenAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c === 0xfffe || c === 0xffff) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}

/** The first forbidden character: its UTF-16 index and code unit; null when there is none. */
export function firstXmlForbidden(s: string): { index: number; codePoint: number } | null {
  for (let i = 0; i < s.length; i++) if (isForbiddenAt(s, i)) return { index: i, codePoint: s.charCodeAt(i) };
  return null;
}

/** `s` without the characters XML 1.0 forbids (everything else kept as it is). */
export function stripXmlForbidden(s: string): string {
  if (firstXmlForbidden(s) === null) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isForbiddenAt(s, i)) out += s[i];
  return out;
}

/** Every string inside a plain-data value (a report model, a meeting document) with them stripped. */
export function stripXmlForbiddenDeep<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (typeof value === 'string') return stripXmlForbidden(value);
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = strip(v);
    return out;
  }
  return value;
}

/** The message for a field holding one: which field, which character, where (counted in characters). */
export function xmlForbiddenMessage(label: string, s: string): string | null {
  const found = firstXmlForbidden(s);
  if (!found) return null;
  const position = [...s.slice(0, found.index)].length + 1;
  const code = found.codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `${label}: có ký tự không dùng được trong văn bản (U+${code}, ở vị trí ${position}); hãy xóa ký tự đó (thường do dán từ phần mềm khác) rồi lưu lại.`;
}
