// Fingerprints as people read them: SHA-256 of the certificate, sixteen groups of four hex digits read out
// over the phone ("ABCD EF01 …"). What a person typed is compared with the certificate's, and a mismatch
// names the first group that differs, so the two people on the phone find it at once.
import { groupFingerprint } from '../../excel/signature';
import { appError } from '../../errors';

/** 'ab cd:EF…' -> 'ABCDEF…' (hex digits only, upper case). */
export const fingerprintHex = (text: string): string => text.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();

/** Refuses, naming the first group that differs, a fingerprint the person read that is not the certificate's. */
export function checkFingerprintRead(read: string, actual: string): void {
  const typed = fingerprintHex(read);
  const expected = fingerprintHex(actual);
  if (/[^0-9A-Fa-f\s:.-]/.test(read) || typed.length !== 64)
    throw appError('DAU_VAN_TAY_SAI_DINH_DANG', {
      example: groupFingerprint(expected).slice(0, 14),
      count: typed.length,
    });
  if (typed === expected) return;
  const groups = (hex: string) => hex.match(/.{4}/g) ?? [];
  const mine = groups(typed);
  const theirs = groups(expected);
  const at = theirs.findIndex((g, i) => g !== mine[i]);
  throw appError('DAU_VAN_TAY_KHONG_KHOP', { group: at + 1, theirs: theirs[at] ?? '', mine: mine[at] ?? '' });
}
