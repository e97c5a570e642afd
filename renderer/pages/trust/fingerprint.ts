// Comparing a fingerprint read over the phone with the file's, group by group, so the person sees at
// once which group of four differs. The backend compares again in full (trust.addSigner refuses a
// mismatch); this only helps the person while typing.

/** The 64 hex digits of a fingerprint in any spelling (groups, colons, lower case), upper case. */
export const hexOf = (fingerprint: string): string => fingerprint.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();

/** "AB12 CD34 …": sixteen groups of four. */
export const groupsOf = (fingerprint: string): string[] => hexOf(fingerprint).match(/.{1,4}/g) ?? [];

export interface FingerprintMatch {
  /** Groups typed in full that equal the file's, counted from the first. */
  matching: number;
  /** The first group typed in full that differs (1-based), with both spellings; null when none. */
  mismatch: { group: number; typed: string; shown: string } | null;
  /** All 64 digits typed and equal. */
  complete: boolean;
}

export function compareFingerprint(shown: string, typed: string): FingerprintMatch {
  const want = groupsOf(shown);
  const got = groupsOf(typed);
  let matching = 0;
  for (let i = 0; i < got.length; i++) {
    const g = got[i]!;
    if (g.length < 4) break;
    if (g !== want[i])
      return { matching, mismatch: { group: i + 1, typed: g, shown: want[i] ?? '' }, complete: false };
    matching++;
  }
  const complete = want.length === 16 && hexOf(typed) === hexOf(shown);
  return { matching, mismatch: null, complete };
}
