// SoftHSM2 as a stand-in USB token: a token initialised in a temporary folder (SOFTHSM2_CONF points at
// its own configuration), an RSA key pair generated on the token (the private key is never extractable),
// and a certificate for that key, issued by a test CA, stored on the token beside it, as a CA's token
// arrives. Debian: apt-get install softhsm2 (.ci/run does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import * as pkcs11js from 'pkcs11js';
import { dn, type TestIdentity } from './pki';

// Free of vitest (requireTool imports it), so Playwright's tests can make a token too.
const hasFiles = (...files: string[]) => files.every((f) => existsSync(f));
const hasCommand = (command: string) =>
  spawnSync('sh', ['-c', 'command -v "$1" >/dev/null', 'sh', command]).status === 0;

export const SOFTHSM_MODULE =
  ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'].find((f) =>
    hasFiles(f),
  ) ?? '/usr/lib/softhsm/libsofthsm2.so';

export const softhsmAvailable = hasCommand('softhsm2-util') && hasFiles(SOFTHSM_MODULE);

export const TOKEN_LABEL = 'TienDo thu';
export const USER_PIN = '246810';
const SO_PIN = '13579111';

export interface SoftToken {
  conf: string;
  /** The certificate stored on the token (PEM), whose key is on the token. */
  certificatePem: string;
  label: string;
}

/**
 * Makes a token under `dir` and points SOFTHSM2_CONF at it (for this process and the worker threads it
 * starts; child processes need `env`). Returns the environment to pass to a child process.
 */
export function initSoftToken(dir: string): { conf: string; env: Record<string, string> } {
  const tokens = path.join(dir, 'tokens');
  mkdirSync(tokens, { recursive: true });
  const conf = path.join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env.SOFTHSM2_CONF = conf;
  const r = spawnSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', TOKEN_LABEL, '--pin', USER_PIN, '--so-pin', SO_PIN],
    { encoding: 'utf8', env: { ...process.env, SOFTHSM2_CONF: conf } },
  );
  if (r.status !== 0) throw new Error(`softhsm2-util --init-token failed: ${r.stdout}${r.stderr}`);
  return { conf, env: { SOFTHSM2_CONF: conf } };
}

/**
 * Generates a key pair on the token (label `label`, CKA_ID `id`), has `ca` issue a certificate for its
 * public key, and stores the certificate on the token with the same label and id.
 */
export function provisionKey(
  ca: TestIdentity,
  subject: { cn: string; o?: string; l?: string },
  options: { label: string; id: string; notAfter?: string },
): string {
  const lib = new pkcs11js.PKCS11();
  lib.load(SOFTHSM_MODULE);
  lib.C_Initialize();
  try {
    const slot = lib.C_GetSlotList(true).find((s) => lib.C_GetTokenInfo(s).label.trim() === TOKEN_LABEL);
    if (!slot) throw new Error('the SoftHSM token is missing');
    const session = lib.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    lib.C_Login(session, pkcs11js.CKU_USER, USER_PIN);
    const id = Buffer.from(options.id, 'hex');
    const keys = lib.C_GenerateKeyPair(
      session,
      { mechanism: pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN },
      [
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_VERIFY, value: true },
        { type: pkcs11js.CKA_MODULUS_BITS, value: 2048 },
        { type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
        { type: pkcs11js.CKA_LABEL, value: options.label },
        { type: pkcs11js.CKA_ID, value: id },
      ],
      [
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_PRIVATE, value: true },
        { type: pkcs11js.CKA_SIGN, value: true },
        { type: pkcs11js.CKA_SENSITIVE, value: true },
        { type: pkcs11js.CKA_EXTRACTABLE, value: false },
        { type: pkcs11js.CKA_LABEL, value: options.label },
        { type: pkcs11js.CKA_ID, value: id },
      ],
    );
    const [mod, exp] = lib.C_GetAttributeValue(session, keys.publicKey, [
      { type: pkcs11js.CKA_MODULUS },
      { type: pkcs11js.CKA_PUBLIC_EXPONENT },
    ]);
    const big = (b: unknown) => new forge.jsbn.BigInteger((b as Buffer).toString('hex'), 16);
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.setRsaPublicKey(big(mod?.value), big(exp?.value));
    cert.serialNumber = `0${Date.now().toString(16)}`;
    cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
    cert.validity.notAfter = new Date(options.notAfter ?? '2029-01-01T00:00:00Z');
    cert.setSubject(dn(subject));
    cert.setIssuer(ca.forgeCert.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
      { name: 'extKeyUsage', clientAuth: true, emailProtection: true },
    ]);
    cert.sign(ca.forgeKey, forge.md.sha256.create());
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
    lib.C_CreateObject(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_PRIVATE, value: false },
      { type: pkcs11js.CKA_LABEL, value: options.label },
      { type: pkcs11js.CKA_ID, value: id },
      {
        type: pkcs11js.CKA_SUBJECT,
        value: Buffer.from(
          forge.asn1.toDer(forge.pki.distinguishedNameToAsn1(cert.subject)).getBytes(),
          'binary',
        ),
      },
      { type: pkcs11js.CKA_VALUE, value: der },
    ]);
    lib.C_Logout(session);
    lib.C_CloseSession(session);
    return forge.pki.certificateToPem(cert);
  } finally {
    lib.C_Finalize();
    lib.close();
  }
}
