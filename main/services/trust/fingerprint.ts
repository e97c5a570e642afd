// Fingerprints as people read them: SHA-256 of the certificate, sixteen groups of four hex digits read out
// over the phone ("ABCD EF01 …"). What a person typed is compared with the certificate's, and a mismatch
// names the first group that differs, so the two people on the phone find it at once.
import { groupFingerprint } from '../../excel/signature';
import { AppError } from '../../errors';

/** 'ab cd:EF…' -> 'ABCDEF…' (hex digits only, upper case). */
export const fingerprintHex = (text: string): string => text.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();

/** Refuses, naming the first group that differs, a fingerprint the person read that is not the certificate's. */
export function checkFingerprintRead(read: string, actual: string): void {
  const typed = fingerprintHex(read);
  const expected = fingerprintHex(actual);
  if (/[^0-9A-Fa-f\s:.-]/.test(read) || typed.length !== 64)
    throw new AppError(
      'DAU_VAN_TAY_SAI_DINH_DANG',
      `Dấu vân tay phải gồm 64 ký tự 0-9 và A-F (16 nhóm bốn ký tự, như "${groupFingerprint(expected).slice(0, 14)} …"); bạn đã nhập ${typed.length} ký tự hợp lệ.`,
    );
  if (typed === expected) return;
  const groups = (hex: string) => hex.match(/.{4}/g) ?? [];
  const mine = groups(typed);
  const theirs = groups(expected);
  const at = theirs.findIndex((g, i) => g !== mine[i]);
  throw new AppError(
    'DAU_VAN_TAY_KHONG_KHOP',
    `Dấu vân tay không khớp với chứng thư số trong tệp: nhóm thứ ${at + 1} của tệp là "${theirs[at]}", còn bạn đọc được "${mine[at]}". ` +
      'Chưa thêm người ký này vào danh sách tin cậy. Hãy gọi lại cho nơi gửi và đối chiếu lại; nếu vẫn khác, tệp có thể do người khác mạo danh ký.',
  );
}
