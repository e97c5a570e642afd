/**
 * OPC part names (ECMA-376 Part 2, 6.2.2): what a zip entry name must look like to be a part, and the key
 * under which two names are the same part. OPC compares names case-insensitively, and a percent-encoded
 * character is the character itself, so "/tiendo/Report%2Dmodel.json" and "/tiendo/report-model.json" are
 * one part: a package holding both is refused, never read one way by one reader and another way by another.
 */
import { SignatureError } from './types';

/** Characters that have no place in a part name (delimiters, backslash); controls are checked apart. */
const FORBIDDEN = /[\\?#[\]"<>|^`{}]/;

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
/** A percent-encoded unreserved character (ALPHA, DIGIT, - . _ ~), which OPC forbids [M1.8]. */
const ENCODED_UNRESERVED = /%(?:4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2[DE]|5F|7E)/i;

/** Far longer than any part name Office writes; keeps the name checks cheap. */
const MAX_NAME = 1000;

function decode(name: string): string | null {
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}

/** The comparison key of a part name: percent-decoded, Unicode NFC, lower case. */
export function partKey(partName: string): string {
  return (decode(partName) ?? partName).normalize('NFC').toLowerCase();
}

/** "/" + the entry name, after checking it is a valid part name; throws SignatureError otherwise. */
export function partNameOfEntry(entryName: string): string {
  const bad = (why: string): never => {
    throw new SignatureError('TEP_KHONG_HOP_LE', `Tệp có mục nén tên "${entryName}" không hợp lệ: ${why}.`);
  };
  if (entryName.length > MAX_NAME) bad(`dài quá ${MAX_NAME} ký tự`);
  if (entryName.startsWith('/')) bad('bắt đầu bằng "/"');
  if (FORBIDDEN.test(entryName) || hasControl(entryName)) bad('có ký tự không được dùng trong tên phần');
  const decoded = decode(entryName);
  if (/%(?![0-9A-Fa-f]{2})/.test(entryName) || decoded === null) bad('mã hóa phần trăm sai');
  if (hasControl(decoded ?? '')) bad('mã hóa phần trăm một ký tự điều khiển');
  if (/%(2f|5c)/i.test(entryName)) bad('mã hóa dấu "/" hoặc "\\"');
  if (ENCODED_UNRESERVED.test(entryName)) bad('mã hóa phần trăm một ký tự thường');
  for (const segment of entryName.split('/')) {
    if (segment === '') bad('có đoạn tên rỗng');
    if (segment.endsWith('.')) bad('có đoạn tên kết thúc bằng dấu chấm');
  }
  return `/${entryName}`;
}

/**
 * Refuses two names for one part, and a part whose name continues another's as a folder
 * ("/a.xml" and "/a.xml/b.xml", [M1.11]). Returns the keys in the order given.
 */
export function checkDistinctParts(partNames: string[]): string[] {
  const keys = partNames.map(partKey);
  const seen = new Map<string, string>();
  keys.forEach((key, i) => {
    const other = seen.get(key);
    if (other !== undefined) {
      throw new SignatureError(
        'TEP_KHONG_HOP_LE',
        `Tệp có hai phần trùng tên: "${other}" và "${partNames[i]}" (tên phần không phân biệt chữ hoa, chữ thường và mã hóa phần trăm).`,
      );
    }
    seen.set(key, partNames[i]!);
  });
  // With "/" sorting before every other character, a name's continuations sort right after it.
  const folded = [...seen.keys()].map((key) => key.replaceAll('/', '\u0000')).sort();
  for (let i = 0; i + 1 < folded.length; i++) {
    if (folded[i + 1]!.startsWith(`${folded[i]!}\u0000`)) {
      const parent = seen.get(folded[i]!.replaceAll('\u0000', '/'))!;
      const child = seen.get(folded[i + 1]!.replaceAll('\u0000', '/'))!;
      throw new SignatureError(
        'TEP_KHONG_HOP_LE',
        `Tệp có phần "${child}" nằm "bên trong" phần "${parent}", không được phép.`,
      );
    }
  }
  return keys;
}
