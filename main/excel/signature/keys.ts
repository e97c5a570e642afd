/** Signing keys: loading a PKCS#12 (.p12/.pfx) file and creating a self-signed identity (node-forge + node:crypto). */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import forge from 'node-forge';
import { derToPem, parseCertificate } from './certificate';
import { type SigningKey, SignatureError } from './types';

const KEY_ONLY_RSA = 'Chỉ hỗ trợ chứng thư số dùng khóa RSA';

function forgeDer(obj: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(obj).getBytes(), 'binary');
}

function spki(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** Loads the first RSA private key of a PKCS#12 file and the certificate that goes with it; other certificates form the chain. */
export function loadPkcs12(p12: Buffer, password: string): SigningKey {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch {
    throw new SignatureError(
      'TEP_KHONG_HOP_LE',
      'Tệp chứng thư số không đúng định dạng PKCS#12 (.p12/.pfx).',
    );
  }
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|MAC|decrypt/i.test(msg)) {
      throw new SignatureError('SAI_MAT_KHAU', 'Mật khẩu của tệp chứng thư số không đúng.');
    }
    throw new SignatureError(
      'TEP_KHONG_HOP_LE',
      'Tệp chứng thư số không đúng định dạng PKCS#12 (.p12/.pfx) hoặc dùng cách mã hóa chưa hỗ trợ.',
    );
  }

  const keys: KeyObject[] = [];
  let otherKeyType: string | null = null;
  for (const bagType of [forge.pki.oids.pkcs8ShroudedKeyBag, forge.pki.oids.keyBag]) {
    for (const bag of pfx.getBags({ bagType: bagType! })[bagType!] ?? []) {
      if (bag.key) {
        keys.push(createPrivateKey(forge.pki.privateKeyToPem(bag.key)));
      } else if (bag.asn1) {
        try {
          const k = createPrivateKey({ key: forgeDer(bag.asn1), format: 'der', type: 'pkcs8' });
          if (k.asymmetricKeyType === 'rsa') keys.push(k);
          else otherKeyType = k.asymmetricKeyType ?? 'khác';
        } catch {
          otherKeyType = 'không xác định';
        }
      }
    }
  }
  const certs: Buffer[] = [];
  for (const bag of pfx.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []) {
    if (bag.cert) certs.push(forgeDer(forge.pki.certificateToAsn1(bag.cert)));
    else if (bag.asn1) certs.push(forgeDer(bag.asn1));
  }

  if (keys.length === 0 && otherKeyType) {
    throw new SignatureError(
      'KHONG_HO_TRO_KHOA',
      `${KEY_ONLY_RSA}; tệp này chứa khóa loại ${otherKeyType.toUpperCase()}.`,
    );
  }
  for (const key of keys) {
    const keySpki = spki(key);
    const index = certs.findIndex((der) => {
      try {
        return parseCertificate(der).publicKey.export({ type: 'spki', format: 'der' }).equals(keySpki);
      } catch {
        return false;
      }
    });
    if (index < 0) continue;
    return {
      privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      certificatePem: derToPem(certs[index]!),
      chainPem: certs.filter((_, i) => i !== index).map(derToPem),
    };
  }
  throw new SignatureError(
    'KHONG_CO_KHOA',
    'Tệp chứng thư số không có khóa bí mật RSA cùng chứng thư số đi kèm, nên không dùng để ký được.',
  );
}

export interface CreateIdentityOptions {
  /** The officer who signs. */
  commonName: string;
  /** The steering committee. */
  organization: string;
  /** The province. */
  locality: string;
  email?: string;
  password: string;
  validYears?: number;
  now: Date;
}

/**
 * A self-signed X.509 v3 certificate (RSA 2048, SHA-256, keyUsage digitalSignature + nonRepudiation, C=VN)
 * and its PKCS#12 file, for a province that has no certificate from a CA yet.
 */
export function createSigningIdentity(opts: CreateIdentityOptions): {
  p12: Buffer;
  certificatePem: string;
  key: SigningKey;
} {
  const commonName = opts.commonName.trim();
  const organization = opts.organization.trim();
  const locality = opts.locality.trim();
  if (!commonName || !organization || !locality) {
    throw new SignatureError('THIEU_THONG_TIN', 'Cần nhập đủ họ tên người ký, tên Ban Chỉ đạo và tỉnh.');
  }
  if (opts.password.length === 0) {
    throw new SignatureError('THIEU_MAT_KHAU', 'Cần đặt mật khẩu cho tệp chứng thư số.');
  }
  const validYears = opts.validYears ?? 5;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const fKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;

  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(fKey.n, fKey.e);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive, 16 bytes
  cert.serialNumber = serial.toString('hex');
  const notBefore = new Date(Math.floor(opts.now.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + validYears);
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const utf8 = forge.asn1.Type.UTF8;
  const attrs: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'L', value: locality, valueTagClass: utf8 as unknown as forge.asn1.Class },
    { shortName: 'O', value: organization, valueTagClass: utf8 as unknown as forge.asn1.Class },
    { shortName: 'CN', value: commonName, valueTagClass: utf8 as unknown as forge.asn1.Class },
  ];
  if (opts.email) attrs.push({ name: 'emailAddress', value: opts.email });
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (opts.email) extensions.push({ name: 'subjectAltName', altNames: [{ type: 1, value: opts.email }] });
  cert.setExtensions(extensions);
  cert.sign(fKey, forge.md.sha256.create());

  const certificatePem = derToPem(forgeDer(forge.pki.certificateToAsn1(cert)));
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(fKey, [cert], opts.password, {
    algorithm: '3des',
    friendlyName: commonName,
    generateLocalKeyId: true,
  });
  return {
    p12: forgeDer(p12Asn1),
    certificatePem,
    key: { privateKeyPem, certificatePem, chainPem: [] },
  };
}
