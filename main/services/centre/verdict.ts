// Who vouches for a file that was received and verified intact earlier: judged again from the
// certificates kept with it, against the trust list as it is now (a signer confirmed since, a CA imported,
// a CRL that revokes the certificate, a signer trusted for another province). The bytes themselves do not
// change, so what the signature covers is not checked again.
import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import type { ReceivedVerdict } from '../../../shared/api/types';
import { describeX509, evaluateChain, groupFingerprint, type TrustStore } from '../../excel/signature';
import { provinceKey } from './provinces';

export interface StoredSignature {
  /** JSON array of base64 DER: the signer's certificate, then the chain the signature carried. */
  certificates: string;
  signingTime: string;
  /** The province the signed model names; null for a document that names none (a receipt). */
  province: string | null;
}

/** The stored certificates: base64 DER strings (a row written by another tool may hold anything). */
const certificateList = z.array(z.string());

export function certificatesOf(json: string): X509Certificate[] {
  const list = certificateList.safeParse(JSON.parse(json));
  if (!list.success) return [];
  return list.data.map((b64) => new X509Certificate(Buffer.from(b64, 'base64')));
}

export const certificatesJson = (ders: readonly Buffer[]): string =>
  JSON.stringify(ders.map((d) => d.toString('base64')));

export function howToConfirm(commonName: string, fingerprint: string): string {
  return `Chưa xác nhận được người ký "${commonName}": ai cũng có thể tự tạo chứng thư số mang tên bất kỳ. Hãy gọi điện cho nơi gửi theo số đã biết, đối chiếu dấu vân tay ${fingerprint}, rồi thêm người ký vào danh sách tin cậy.`;
}

export function storedVerdict(store: TrustStore, stored: StoredSignature): ReceivedVerdict {
  const [leaf, ...chain] = certificatesOf(stored.certificates);
  if (!leaf) return { verdict: 'invalid', reason: 'Không còn chứng thư số của người ký.', trustedAs: null };
  const info = describeX509(leaf);
  const v = evaluateChain(leaf, chain, stored.signingTime, store);
  if (v.status === 'revoked' || v.status === 'chain-invalid')
    return { verdict: 'invalid', reason: v.message, trustedAs: null };
  if (v.status === 'unconfirmed')
    return {
      verdict: 'unconfirmed',
      reason: howToConfirm(info.commonName || info.subject, groupFingerprint(info.fingerprintSha256)),
      trustedAs: null,
    };
  const forProvince = v.signer?.province ?? null;
  if (forProvince && stored.province !== null && provinceKey(forProvince) !== provinceKey(stored.province))
    return {
      verdict: 'invalid',
      reason: `Người ký "${v.label}" được tin cậy để ký báo cáo của ${forProvince}, nhưng tệp này ghi là của ${stored.province}: không nhận là báo cáo của ${stored.province}.`,
      trustedAs: null,
    };
  return { verdict: 'trusted', reason: v.label, trustedAs: v.label };
}
