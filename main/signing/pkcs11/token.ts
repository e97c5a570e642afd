// One PKCS#11 module and the tokens in its slots, through pkcs11js: list the slots and the certificates on
// a token, log in with the PIN, find the private key that goes with the chosen certificate (same CKA_ID,
// else same modulus) and have the token sign (RSA PKCS#1 v1.5 with SHA-256: CKM_SHA256_RSA_PKCS where the
// token has it, else CKM_RSA_PKCS over the DigestInfo). The key never leaves the token; the PIN is used for
// C_Login and dropped. Runs inside the token worker thread (worker.ts), where a call may block.
import { createHash, X509Certificate } from 'node:crypto';
import * as pkcs11js from 'pkcs11js';
import type { Pkcs11Certificate, Pkcs11Slot } from '../../../shared/api/types';
import { describeX509, groupFingerprint } from '../../excel/signature';
import { TokenError, tokenError } from './errors';

/** DER prefix of a SHA-256 DigestInfo (RFC 8017 §9.2): what CKM_RSA_PKCS signs. */
export const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

const trim = (s: string) => s.replace(/\0/g, '').trim();

/** A slot handle (CK_ULONG bytes, little-endian on the machines TienDo runs on) as its decimal ID. */
export function slotIdOf(handle: Buffer): string {
  let value = 0n;
  for (let i = handle.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(handle[i]!);
  return value.toString(10);
}

export interface OpenOptions {
  slotId?: string;
  keyLabel?: string;
  pin: string;
}

export interface OpenedKey {
  certificatePem: string;
  /** The CA certificates the token holds above the signer's, nearest first (sent along in the signature). */
  chainPem: string[];
  label: string;
  slotId: string;
  tokenLabel: string;
}

export class Token {
  private readonly lib: pkcs11js.PKCS11;
  private session: Buffer | null = null;
  private key: Buffer | null = null;
  private mechanism: number = pkcs11js.CKM_SHA256_RSA_PKCS;

  private constructor(lib: pkcs11js.PKCS11) {
    this.lib = lib;
  }

  static load(modulePath: string): Token {
    const lib = new pkcs11js.PKCS11();
    try {
      lib.load(modulePath);
    } catch (error) {
      throw new TokenError(
        'PKCS11_KHONG_NAP_DUOC',
        `Không nạp được thư viện PKCS#11 "${modulePath}" (${error instanceof Error ? error.message : String(error)}). Hãy kiểm tra đã cài phần mềm điều khiển của thiết bị ký số, và thư viện đúng loại 64-bit.`,
      );
    }
    try {
      lib.C_Initialize();
    } catch (error) {
      throw tokenError(error, 'khởi động thư viện PKCS#11');
    }
    return new Token(lib);
  }

  /** Slots holding an initialised token (SoftHSM and some readers also show an empty, uninitialised one). */
  private slotHandles(): Buffer[] {
    try {
      return this.lib
        .C_GetSlotList(true)
        .filter((h) => (this.lib.C_GetTokenInfo(h).flags & pkcs11js.CKF_TOKEN_INITIALIZED) !== 0);
    } catch (error) {
      throw tokenError(error, 'liệt kê khe cắm thiết bị');
    }
  }

  slots(): Pkcs11Slot[] {
    return this.slotHandles().map((handle) => {
      const slot = this.lib.C_GetSlotInfo(handle);
      const token = this.lib.C_GetTokenInfo(handle);
      return {
        slotId: slotIdOf(handle),
        description: trim(slot.slotDescription),
        tokenLabel: trim(token.label),
        manufacturer: trim(token.manufacturerID),
        model: trim(token.model),
        serialNumber: trim(token.serialNumber),
        pinPad: (token.flags & pkcs11js.CKF_PROTECTED_AUTHENTICATION_PATH) !== 0,
      };
    });
  }

  /** The slot the person named, or the only slot with a token; refuses an ambiguous or absent choice. */
  private slot(slotId: string | undefined): Buffer {
    const handles = this.slotHandles();
    if (handles.length === 0)
      throw new TokenError(
        'PKCS11_KHONG_CO_THIET_BI',
        'Không thấy thiết bị ký số (USB token) nào: hãy cắm thiết bị vào máy rồi thử lại.',
      );
    if (slotId !== undefined) {
      const found = handles.find((h) => slotIdOf(h) === slotId);
      if (!found)
        throw new TokenError(
          'PKCS11_KHONG_CO_KHE',
          `Không có thiết bị ký số ở khe ${slotId}; các khe có thiết bị: ${handles.map(slotIdOf).join(', ')}.`,
        );
      return found;
    }
    if (handles.length > 1)
      throw new TokenError(
        'PKCS11_NHIEU_THIET_BI',
        `Đang cắm ${handles.length} thiết bị ký số (khe ${handles.map(slotIdOf).join(', ')}): hãy chọn một khe.`,
      );
    return handles[0]!;
  }

  private find(session: Buffer, template: pkcs11js.Template): Buffer[] {
    this.lib.C_FindObjectsInit(session, template);
    try {
      const out: Buffer[] = [];
      for (;;) {
        const batch = this.lib.C_FindObjects(session, 32);
        out.push(...batch);
        if (batch.length < 32 || out.length > 256) return out;
      }
    } finally {
      this.lib.C_FindObjectsFinal(session);
    }
  }

  private attribute(session: Buffer, object: Buffer, type: number): Buffer {
    const [attr] = this.lib.C_GetAttributeValue(session, object, [{ type }]);
    return Buffer.isBuffer(attr?.value) ? attr.value : Buffer.alloc(0);
  }

  private certificatesIn(session: Buffer, slotId: string): (Pkcs11Certificate & { x509: X509Certificate })[] {
    const handles = this.find(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
    ]);
    const out: (Pkcs11Certificate & { x509: X509Certificate })[] = [];
    for (const h of handles) {
      let x509: X509Certificate;
      try {
        x509 = new X509Certificate(this.attribute(session, h, pkcs11js.CKA_VALUE));
      } catch {
        continue; // a certificate object that does not read is no candidate
      }
      const info = describeX509(x509);
      out.push({
        slotId,
        label: this.attribute(session, h, pkcs11js.CKA_LABEL).toString('utf8'),
        id: this.attribute(session, h, pkcs11js.CKA_ID).toString('hex').toUpperCase(),
        signer: info,
        fingerprint: groupFingerprint(info.fingerprintSha256),
        hasKey: null,
        x509,
      });
    }
    return out;
  }

  /** The certificates on the token, read without logging in (certificates are public objects). */
  certificates(slotId?: string): Pkcs11Certificate[] {
    const slot = this.slot(slotId);
    const session = this.lib.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    try {
      return this.certificatesIn(session, slotIdOf(slot)).map(({ x509: _x, ...c }) => c);
    } catch (error) {
      throw tokenError(error, 'đọc chứng thư số trên thiết bị');
    } finally {
      this.lib.C_CloseSession(session);
    }
  }

  private privateKeyFor(session: Buffer, cert: Pkcs11Certificate & { x509: X509Certificate }): Buffer | null {
    if (cert.id) {
      const byId = this.find(session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
        { type: pkcs11js.CKA_ID, value: Buffer.from(cert.id, 'hex') },
      ]);
      if (byId.length === 1) return byId[0]!;
    }
    // No CKA_ID pairing: the key whose modulus is the certificate's.
    const jwk = cert.x509.publicKey.export({ format: 'jwk' });
    const modulus = typeof jwk.n === 'string' ? Buffer.from(jwk.n, 'base64url') : null;
    if (!modulus) return null;
    const keys = this.find(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_RSA },
    ]);
    const strip = (b: Buffer) => b.subarray(b.findIndex((x) => x !== 0));
    return (
      keys.find((k) => strip(this.attribute(session, k, pkcs11js.CKA_MODULUS)).equals(strip(modulus))) ?? null
    );
  }

  /**
   * Logs in with the PIN and chooses the certificate to sign with: the one labelled `keyLabel`, or the
   * only RSA certificate whose key is on the token. Refuses (listing them) when the choice is not clear.
   */
  open(options: OpenOptions): OpenedKey {
    const slot = this.slot(options.slotId);
    const slotId = slotIdOf(slot);
    const tokenLabel = trim(this.lib.C_GetTokenInfo(slot).label);
    const session = this.lib.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    this.session = session;
    try {
      this.lib.C_Login(session, pkcs11js.CKU_USER, options.pin);
    } catch (error) {
      if (!(error instanceof pkcs11js.Pkcs11Error && error.code === pkcs11js.CKR_USER_ALREADY_LOGGED_IN))
        throw tokenError(error, 'đăng nhập thiết bị');
    }
    let candidates: (Pkcs11Certificate & { x509: X509Certificate; key: Buffer | null })[];
    try {
      candidates = this.certificatesIn(session, slotId)
        .filter((c) => c.x509.publicKey.asymmetricKeyType === 'rsa')
        .map((c) => ({ ...c, key: this.privateKeyFor(session, c) }));
    } catch (error) {
      throw tokenError(error, 'tìm khóa ký trên thiết bị');
    }
    const names = (list: { label: string; signer: { commonName: string } }[]) =>
      list.map((c) => `"${c.label || c.signer.commonName}"`).join(', ');
    let chosen = candidates.filter((c) => c.key !== null);
    if (options.keyLabel !== undefined) {
      const wanted = options.keyLabel;
      chosen = chosen.filter((c) => c.label === wanted || c.signer.commonName === wanted);
      if (chosen.length === 0)
        throw new TokenError(
          'PKCS11_KHONG_CO_KHOA',
          `Trên thiết bị không có chứng thư số kèm khóa ký mang nhãn "${wanted}"; có: ${names(candidates.filter((c) => c.key)) || '(không có)'}.`,
        );
    }
    if (chosen.length === 0)
      throw new TokenError(
        'PKCS11_KHONG_CO_KHOA',
        candidates.length === 0
          ? 'Thiết bị ký số không có chứng thư số RSA nào để ký.'
          : `Thiết bị có chứng thư số (${names(candidates)}) nhưng không có khóa ký đi kèm.`,
      );
    if (chosen.length > 1)
      throw new TokenError(
        'PKCS11_NHIEU_KHOA',
        `Thiết bị có ${chosen.length} chứng thư số kèm khóa ký (${names(chosen)}): hãy chọn một (nhãn).`,
      );
    const pick = chosen[0]!;
    this.key = pick.key;
    const mechanisms = this.lib.C_GetMechanismList(slot);
    this.mechanism = mechanisms.includes(pkcs11js.CKM_SHA256_RSA_PKCS)
      ? pkcs11js.CKM_SHA256_RSA_PKCS
      : pkcs11js.CKM_RSA_PKCS;
    const chainPem: string[] = [];
    let current = pick.x509;
    for (let depth = 0; depth < 4; depth++) {
      const issuer = candidates
        .map((c) => c.x509)
        .find((c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c));
      if (!issuer || chainPem.includes(issuer.toString())) break;
      chainPem.push(issuer.toString());
      current = issuer;
    }
    return {
      certificatePem: pick.x509.toString(),
      chainPem,
      label: pick.label || pick.signer.commonName,
      slotId,
      tokenLabel,
    };
  }

  /** RSA-SHA256 signature of `data`, made by the token with the key chosen in open(). */
  sign(data: Buffer): Buffer {
    if (!this.session || !this.key) throw new TokenError('PKCS11_CHUA_MO', 'Chưa đăng nhập thiết bị ký số.');
    const input =
      this.mechanism === pkcs11js.CKM_SHA256_RSA_PKCS
        ? data
        : Buffer.concat([SHA256_DIGEST_INFO, createHash('sha256').update(data).digest()]);
    try {
      this.lib.C_SignInit(this.session, { mechanism: this.mechanism }, this.key);
      return Buffer.from(this.lib.C_Sign(this.session, input, Buffer.alloc(1024)));
    } catch (error) {
      throw tokenError(error, 'ký số trên thiết bị');
    }
  }

  /** Logs out, closes the session and unloads the module; never throws (the token may be gone). */
  close(): void {
    const quietly = (fn: () => void) => {
      try {
        fn();
      } catch {
        // Pulled out, already closed: nothing left to release.
      }
    };
    if (this.session) {
      const session = this.session;
      quietly(() => this.lib.C_Logout(session));
      quietly(() => this.lib.C_CloseSession(session));
    }
    this.session = null;
    this.key = null;
    quietly(() => this.lib.C_Finalize());
    quietly(() => this.lib.close());
  }
}
