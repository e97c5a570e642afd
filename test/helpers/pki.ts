// Test certificates made in memory (node-forge for the X.509 structure, node:crypto for the keys): CAs,
// signers with any key usage and validity, and CRLs signed by a CA. Nothing here is ever written to the
// repository; every key lives only as long as the test that made it.
import { createPrivateKey, generateKeyPairSync, sign as rsaSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { SigningKey } from '../../main/excel/signature';

export interface TestIdentity {
  certificatePem: string;
  privateKeyPem: string;
  key: SigningKey;
  /** PKCS#12 of key + certificate (+ the issuer chain), password given to makeP12. */
  forgeKey: forge.pki.rsa.PrivateKey;
  forgeCert: forge.pki.Certificate;
  chainPem: string[];
}

const UTF8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

function keyPair(): { priv: forge.pki.rsa.PrivateKey; pub: forge.pki.rsa.PublicKey; pem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const priv = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { priv, pub: forge.pki.setRsaPublicKey(priv.n, priv.e), pem };
}

export function dn(parts: { cn: string; o?: string; l?: string }): forge.pki.CertificateField[] {
  const out: forge.pki.CertificateField[] = [{ shortName: 'C', value: 'VN' }];
  if (parts.l) out.push({ shortName: 'L', value: parts.l, valueTagClass: UTF8 });
  if (parts.o) out.push({ shortName: 'O', value: parts.o, valueTagClass: UTF8 });
  out.push({ shortName: 'CN', value: parts.cn, valueTagClass: UTF8 });
  return out;
}

let serialCounter = 0x1000;

export interface CertOptions {
  subject: { cn: string; o?: string; l?: string };
  /** Signed by this identity; self-signed when absent. */
  issuer?: TestIdentity;
  notBefore?: string;
  notAfter?: string;
  ca?: boolean;
  pathLen?: number;
  /** forge keyUsage flags, e.g. { digitalSignature: true }; undefined: the usual for a CA or a signer. */
  keyUsage?: Record<string, boolean> | null;
  /** Extended key usage flags (forge names: serverAuth, clientAuth, emailProtection, …). */
  extKeyUsage?: Record<string, boolean>;
  serial?: string;
}

export function makeIdentity(o: CertOptions): TestIdentity {
  const pair = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pair.pub;
  cert.serialNumber = o.serial ?? (serialCounter++).toString(16).padStart(4, '0');
  cert.validity.notBefore = new Date(o.notBefore ?? '2024-01-01T00:00:00Z');
  cert.validity.notAfter = new Date(o.notAfter ?? '2030-01-01T00:00:00Z');
  cert.setSubject(dn(o.subject));
  cert.setIssuer(o.issuer ? o.issuer.forgeCert.subject.attributes : dn(o.subject));
  const extensions: object[] = [];
  if (o.ca)
    extensions.push({
      name: 'basicConstraints',
      cA: true,
      critical: true,
      ...(o.pathLen === undefined ? {} : { pathLenConstraint: o.pathLen }),
    });
  else extensions.push({ name: 'basicConstraints', cA: false });
  const ku =
    o.keyUsage === undefined
      ? o.ca
        ? { keyCertSign: true, cRLSign: true }
        : { digitalSignature: true, nonRepudiation: true }
      : o.keyUsage;
  if (ku) extensions.push({ name: 'keyUsage', critical: true, ...ku });
  if (o.extKeyUsage) extensions.push({ name: 'extKeyUsage', ...o.extKeyUsage });
  extensions.push({ name: 'subjectKeyIdentifier' });
  if (o.issuer)
    extensions.push({
      name: 'authorityKeyIdentifier',
      keyIdentifier: o.issuer.forgeCert.generateSubjectKeyIdentifier().getBytes(),
    });
  cert.setExtensions(extensions);
  cert.sign(o.issuer ? o.issuer.forgeKey : pair.priv, forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(cert);
  const chainPem = o.issuer ? [o.issuer.certificatePem, ...o.issuer.chainPem] : [];
  return {
    certificatePem,
    privateKeyPem: pair.pem,
    key: { privateKeyPem: pair.pem, certificatePem, chainPem },
    forgeKey: pair.priv,
    forgeCert: cert,
    chainPem,
  };
}

/** The identity as a PKCS#12 file (AES-256), its chain included. */
export function makeP12(id: TestIdentity, password: string): Buffer {
  const chain = id.chainPem.map((pem) => forge.pki.certificateFromPem(pem));
  const asn1 = forge.pkcs12.toPkcs12Asn1(id.forgeKey, [id.forgeCert, ...chain], password, {
    algorithm: 'aes256',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

const { asn1 } = forge;
const der = (node: forge.asn1.Asn1): string => asn1.toDer(node).getBytes();
const utc = (iso: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(new Date(iso)));
const integerHex = (hex: string) => {
  let h = hex.length % 2 ? `0${hex}` : hex;
  if (parseInt(h.slice(0, 2), 16) >= 0x80) h = `00${h}`;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(h));
};
const seq = (value: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, value);
const sha256WithRsa = () =>
  seq([
    asn1.create(
      asn1.Class.UNIVERSAL,
      asn1.Type.OID,
      false,
      asn1.oidToDer('1.2.840.113549.1.1.11').getBytes(),
    ),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  ]);

export interface CrlEntry {
  serial: string;
  revokedAt: string;
  /** RFC 5280 CRLReason code (1 keyCompromise, 4 superseded, …). */
  reason?: number;
}

/** A v2 CRL issued and signed (SHA-256 with RSA) by `ca`, DER. */
export function makeCrl(
  ca: TestIdentity,
  entries: CrlEntry[],
  times: { thisUpdate?: string; nextUpdate?: string } = {},
): Buffer {
  const issuer = forge.pki.distinguishedNameToAsn1(ca.forgeCert.subject);
  const revoked = entries.map((e) => {
    const fields = [integerHex(e.serial), utc(e.revokedAt)];
    if (e.reason !== undefined) {
      const reason = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.ENUMERATED,
        false,
        String.fromCharCode(e.reason),
      );
      fields.push(
        seq([
          seq([
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('2.5.29.21').getBytes()),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, der(reason)),
          ]),
        ]),
      );
    }
    return seq(fields);
  });
  const tbsFields = [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, String.fromCharCode(1)),
    sha256WithRsa(),
    issuer,
    utc(times.thisUpdate ?? '2026-01-01T00:00:00Z'),
    utc(times.nextUpdate ?? '2027-01-01T00:00:00Z'),
  ];
  if (revoked.length) tbsFields.push(seq(revoked));
  const tbs = Buffer.from(der(seq(tbsFields)), 'binary');
  const key: KeyObject = createPrivateKey(ca.privateKeyPem);
  const signature = rsaSign('sha256', tbs, key);
  const list = seq([
    asn1.fromDer(forge.util.createBuffer(tbs.toString('binary'))),
    sha256WithRsa(),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`),
  ]);
  return Buffer.from(der(list), 'binary');
}

/** A .p7b (PKCS#7 certificates only) holding these certificates, DER. */
export function makeP7b(pems: string[]): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  for (const pem of pems) p7.addCertificate(forge.pki.certificateFromPem(pem));
  return Buffer.from(der(p7.toAsn1()), 'binary');
}
