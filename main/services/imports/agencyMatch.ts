// Agencies as plan annexes name them, matched to the Danh mục: by name, short name, code and the
// abbreviations offices use, ignoring diacritics and case ("Sở KH&CN", "Sở KHCN", "Sở Khoa học và Công
// nghệ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG" are one agency). An abbreviation is read as the first
// word and the initials of the rest ("Sở Khoa học và Công nghệ" -> "so khcn", "Sở KH&CN" -> "so khcn"),
// "Ủy ban nhân dân" as "UBND". A cell may name several agencies (one a line, or separated by ; , + "và"):
// a part is first matched whole, then split, so "Sở Khoa học và Công nghệ" is never cut at its "và".
// Phrases naming many agencies at once ("Các sở, ban, ngành", "UBND các xã, phường") are no agency.
import type { Agency } from '../../../shared/api/types';
import { foldVietnamese } from '../../../shared/text/fold';

export type AgencyMatch =
  { kind: 'agency'; agency: Agency } | { kind: 'collective' } | { kind: 'unknown'; candidates: Agency[] };

/** Folded, punctuation to spaces, "ủy ban nhân dân" to "ubnd", a trailing province name dropped. */
export function agencyKey(text: string, provinceKey = ''): string {
  let k = foldVietnamese(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[&.,;:/\\\-–_+'"“”]+/g, ' ')
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/\s+/g, ' ')
    .trim();
  if (provinceKey) {
    const bare = provinceKey.replace(/^tinh /, '');
    for (const tail of [` ${provinceKey}`, ` tinh ${bare}`, ` ${bare}`])
      if (k.endsWith(tail) && k.length > tail.length) k = k.slice(0, -tail.length).trim();
  }
  return k;
}

const STOP = new Set(['va', 'cua']);

/** "so khcn": the first word and the initials of the others (an abbreviation's own letters kept). */
export function initialsKey(key: string): string {
  const [first, ...rest] = key.split(' ').filter((w) => !STOP.has(w));
  if (!first || rest.length === 0) return key;
  // A word of consonants only is already an abbreviation ("kh", "cn", "ubnd"): its letters all count.
  const letters = rest.map((w) => (/^[^aeiouy]+$/.test(w) ? w : w[0])).join('');
  return `${first} ${letters}`;
}

const COLLECTIVE =
  /^(cac|toan the|tat ca|moi)\b|\bcac (so|ban|nganh|xa|phuong|co quan|don vi|dia phuong|huyen|doanh nghiep|to chuc)\b/;

export interface AgencyIndex {
  match(text: string): AgencyMatch;
}

export function agencyIndex(agencies: readonly Agency[], provinceName = ''): AgencyIndex {
  const province = foldVietnamese(provinceName);
  const byKey = new Map<string, Agency[]>();
  const add = (key: string, a: Agency) => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(a)) list.push(a);
    byKey.set(key, list);
  };
  for (const a of agencies) {
    for (const text of [a.name, a.shortName ?? '', a.code]) {
      const k = agencyKey(text, province);
      add(k, a);
      add(`~${initialsKey(k)}`, a);
    }
  }
  return {
    match(text) {
      const k = agencyKey(text, province);
      if (!k) return { kind: 'unknown', candidates: [] };
      if (COLLECTIVE.test(k)) return { kind: 'collective' };
      const exact = byKey.get(k);
      if (exact?.length === 1) return { kind: 'agency', agency: exact[0]! };
      const loose = byKey.get(`~${initialsKey(k)}`);
      if (!exact && loose?.length === 1) return { kind: 'agency', agency: loose[0]! };
      return { kind: 'unknown', candidates: [...(exact ?? loose ?? [])] };
    },
  };
}

/** One agency named in a cell: its text as written (cleaned) and what it matched. */
export interface NamedAgency {
  text: string;
  match: AgencyMatch;
}

/** A cell's text without list marks and role labels ("- Chủ trì: Sở X" -> "Sở X"). */
function cleanPart(text: string): string {
  return text
    .replace(/^[\s\-–•*+·]+/, '')
    .replace(/^(chu tri|chủ trì|phoi hop|phối hợp|co quan chu tri|cơ quan chủ trì)\s*:\s*/i, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

/** The agencies a cell names, in order. A part no split resolves is kept whole, as unknown. */
export function splitAgencies(text: string, index: AgencyIndex): NamedAgency[] {
  const out: NamedAgency[] = [];
  for (const raw of text.split(/\r\n|\r|\n|;|\+/)) {
    const part = cleanPart(raw);
    if (!part) continue;
    const whole = index.match(part);
    if (whole.kind !== 'unknown') {
      out.push({ text: part, match: whole });
      continue;
    }
    const pieces = part
      .split(/,|\s+và\s+|\s+va\s+|\s+[-–]\s+/i)
      .map(cleanPart)
      .filter(Boolean);
    const matched = pieces.map((p) => ({ text: p, match: index.match(p) }));
    if (pieces.length > 1 && matched.every((m) => m.match.kind !== 'unknown')) out.push(...matched);
    else out.push({ text: part, match: whole });
  }
  return out;
}

/**
 * "Chủ trì: Sở A; Phối hợp: Sở B" in one cell: the parts after a "Phối hợp" label are supporting.
 * Returns the text of each role; a cell without labels is all `lead`.
 */
export function splitRoles(text: string): { lead: string; supporting: string } {
  const m = /(?:^|[\n;.])\s*[-–•]?\s*(phối hợp|phoi hop)\s*:/i.exec(text);
  if (!m) return { lead: text, supporting: '' };
  return { lead: text.slice(0, m.index), supporting: text.slice(m.index + m[0].length) };
}
