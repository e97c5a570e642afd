// Which database this is (migration 7's random identity) and the key that authenticates its collection
// forms. The key is a random 32 bytes made the first time a form is issued and kept in the SecretStore
// under the database's identity, never in the database: a copy of the file (a backup, a colleague's
// copy) carries no key, so a form cannot be forged from the data file alone. The authentication code is
// HMAC-SHA256 over the form's hidden metadata.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appError } from '../../errors';
import type { ServiceContext } from '../context';
import { one, sql } from '../../db/sql';

export function databaseId(ctx: ServiceContext): string {
  const row = one<{ id: string }>(ctx, sql`SELECT id FROM database_identity LIMIT 1`);
  if (!row) throw new Error('database_identity is empty (migration 7 makes its row)');
  return row.id;
}

const secretName = (dbId: string) => `form-key:${dbId}`;

/** The key of this database's forms; made on first use when `create`, else null when this machine has none. */
export function formKey(ctx: ServiceContext, create: boolean): Buffer | null {
  const name = secretName(databaseId(ctx));
  const stored = ctx.secrets.get(name);
  if (stored) return Buffer.from(stored, 'base64');
  if (!create) return null;
  const key = randomBytes(32);
  try {
    ctx.secrets.set(name, key.toString('base64'));
  } catch {
    throw appError('KHONG_LUU_DUOC_KHOA_PHIEU', {});
  }
  return key;
}

const CONTEXT = 'tiendo-form-v1\n';

export function formMac(key: Buffer, metadata: string): string {
  return createHmac('sha256', key).update(CONTEXT).update(metadata).digest('hex');
}

export function macMatches(key: Buffer, metadata: string, mac: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(formMac(key, metadata), 'hex'), Buffer.from(mac, 'hex'));
}
