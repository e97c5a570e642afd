// The JSON of an embedded model, parsed as a file from anyone must be: UTF-8 only, no key twice in one
// object (JSON.parse keeps the last, another reader may keep the first: two readers, two reports), and no
// deeper nesting than a model has. One pass over the text before JSON.parse, linear in its length.

/** A report model nests about 6 levels; this leaves room and refuses a file made to exhaust the stack. */
export const MAX_JSON_DEPTH = 32;

export class EmbeddedJsonError extends Error {}

/** The string token text[from..to] decoded (escapes and all), or null if it is not a JSON string. */
function keyAt(text: string, from: number, to: number): string | null {
  try {
    const value: unknown = JSON.parse(text.slice(from, to + 1));
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Throws EmbeddedJsonError (a Vietnamese message) for anything but one well-formed, unambiguous JSON value. */
export function parseEmbeddedJson(bytes: Buffer, partName: string): unknown {
  const bad = (why: string): never => {
    throw new EmbeddedJsonError(`Dữ liệu kèm theo trong phần "${partName}" không hợp lệ: ${why}.`);
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return bad('không phải văn bản UTF-8');
  }
  // Containers open at each level; for an object, the keys seen and whether a key comes next.
  const stack: { keys: Set<string> | null; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (j >= text.length) bad('chuỗi không đóng');
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = keyAt(text, i, j);
        if (key === null) bad('tên trường sai');
        else if (top.keys.has(key)) bad(`trường "${key}" xuất hiện hai lần`);
        else top.keys.add(key);
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ keys: c === 0x7b ? new Set() : null, expectKey: c === 0x7b });
      if (stack.length > MAX_JSON_DEPTH) bad(`lồng nhau quá ${MAX_JSON_DEPTH} tầng`);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return bad('không phải JSON');
  }
}
