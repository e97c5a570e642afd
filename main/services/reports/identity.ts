// The app's own signing identity, for a province that has no certificate from a CA yet: an RSA key and a
// self-signed certificate naming the officer, the committee and the province, kept as a password-protected
// PKCS#12 file in the user-data folder next to the database. The password is never stored anywhere: each
// signature asks for it. The certificate (public) is kept beside it so it can be shown and sent to the centre.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FileDownload, SigningIdentity } from '../../../shared/api/types';
import {
  createSigningIdentity,
  describeCertificate,
  loadPkcs12,
  SignatureError,
  type SigningKey,
  type TrustedSigner,
} from '../../excel/signature';
import { AppError, appError } from '../../errors';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';

const P12 = 'signing-identity.p12';
const META = 'signing-identity.json';

// The identity's description beside its key file, read back with a schema: a file edited or damaged
// on disk gives a clear error instead of a half-typed object.
const metaSchema = z.object({
  commonName: z.string(),
  organization: z.string(),
  locality: z.string(),
  email: z.string(),
  createdAt: z.string(),
  certificatePem: z.string(),
});
type Meta = z.infer<typeof metaSchema>;

function describe(meta: Meta): SigningIdentity {
  const info = describeCertificate(meta.certificatePem);
  return {
    ...meta,
    subject: info.subject,
    serialNumber: info.serialNumber,
    fingerprintSha256: info.fingerprintSha256,
    notBefore: info.notBefore,
    notAfter: info.notAfter,
  };
}

export function getSigningIdentity(dir: string): SigningIdentity | null {
  const file = path.join(dir, META);
  if (!existsSync(file) || !existsSync(path.join(dir, P12))) return null;
  return describe(metaSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
}

/**
 * The signers a verification on this machine can confirm until a trust list exists: the app's own signing
 * identity, and those it replaced (kept so that reports signed with them stay checkable).
 */
export function ownSigners(dir: string): TrustedSigner[] {
  if (!existsSync(dir)) return [];
  const out: TrustedSigner[] = [];
  for (const name of readdirSync(dir)) {
    const current = name === META;
    if (!current && !(name.startsWith(`${META}.`) && name.endsWith('.old'))) continue;
    let pem: unknown;
    try {
      const meta: unknown = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      pem = meta && typeof meta === 'object' && 'certificatePem' in meta ? meta.certificatePem : null;
      if (typeof pem !== 'string') continue;
      out.push({
        fingerprintSha256: describeCertificate(pem).fingerprintSha256,
        source: 'app-identity',
        label: current
          ? 'chữ ký số của ứng dụng trên máy này'
          : 'chữ ký số cũ của ứng dụng trên máy này (đã được thay bằng chữ ký mới)',
      });
    } catch {
      // A damaged file vouches for nobody.
    }
  }
  return out;
}

/** Signature-module errors as messages for the person at the screen. */
export function explainSignatureError(error: unknown): never {
  if (error instanceof SignatureError) throw new AppError(error.code, error.message);
  throw error;
}

export function createAppIdentity(
  ctx: ServiceContext,
  dir: string,
  input: { commonName: string; email: string; password: string; replace: boolean },
): SigningIdentity {
  const existing = getSigningIdentity(dir);
  if (existing && !input.replace) {
    throw appError('DA_CO_CHU_KY_UNG_DUNG', {
      name: existing.commonName,
      fingerprint: existing.fingerprintSha256.slice(0, 23),
    });
  }
  const settings = getSettings(ctx);
  let created: ReturnType<typeof createSigningIdentity>;
  try {
    created = createSigningIdentity({
      commonName: input.commonName,
      organization: settings.committeeName,
      locality: settings.provinceName,
      ...(input.email ? { email: input.email } : {}),
      password: input.password,
      now: ctx.now(),
    });
  } catch (error) {
    explainSignatureError(error);
  }
  mkdirSync(dir, { recursive: true });
  if (existing) {
    // The old identity is kept (renamed), never deleted: reports signed with it must stay checkable.
    const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
    for (const name of [P12, META]) renameSync(path.join(dir, name), path.join(dir, `${name}.${stamp}.old`));
  }
  const meta: Meta = {
    commonName: input.commonName,
    organization: settings.committeeName,
    locality: settings.provinceName,
    email: input.email,
    createdAt: ctx.now().toISOString(),
    certificatePem: created.certificatePem,
  };
  writeFileSync(path.join(dir, P12), created.p12, { mode: 0o600 });
  chmodSync(path.join(dir, P12), 0o600);
  writeFileSync(path.join(dir, META), JSON.stringify(meta, null, 2));
  const identity = describe(meta);
  recordAudit(
    ctx,
    'signing_identity',
    identity.fingerprintSha256,
    'create',
    existing ? { fingerprintSha256: existing.fingerprintSha256 } : null,
    {
      commonName: identity.commonName,
      subject: identity.subject,
      fingerprintSha256: identity.fingerprintSha256,
      notAfter: identity.notAfter,
    },
  );
  return identity;
}

/** Opens the app's identity with the password the person typed (never kept). */
export function unlockAppIdentity(dir: string, password: string): SigningKey {
  const file = path.join(dir, P12);
  if (!existsSync(file)) {
    throw appError('CHUA_CO_CHU_KY_UNG_DUNG', {});
  }
  try {
    return loadPkcs12(readFileSync(file), password);
  } catch (error) {
    explainSignatureError(error);
  }
}

/** The certificate for the centre: PEM text (.cer opens in Windows too) or DER. */
export function certificateDownload(dir: string, format: 'pem' | 'der'): FileDownload {
  const identity = getSigningIdentity(dir);
  if (!identity) throw appError('CHUA_CO_CHU_KY_DE_XUAT', {});
  const safeName =
    identity.commonName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chung-thu';
  if (format === 'pem') {
    return {
      fileName: `chung-thu-so-${safeName}.cer`,
      contentType: 'application/x-pem-file',
      base64: Buffer.from(identity.certificatePem).toString('base64'),
    };
  }
  const der = identity.certificatePem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return { fileName: `chung-thu-so-${safeName}.der.cer`, contentType: 'application/pkix-cert', base64: der };
}
