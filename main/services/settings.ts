import type { Settings } from '../../shared/api/types';
import type { ParsedInput } from '../../shared/api/contract';
import { DEFAULT_TIME_ZONE } from '../../shared/format/zone';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { assertActive } from './rows';
import {
  prepareSmtpChange,
  readSmtpPassword,
  redactSmtp,
  type SmtpChange,
  type SmtpInput,
  type StoredSmtp,
} from './smtpPassword';
import { forgetScopedSettings, scopedSetting } from './changes/scope';
import { all, sql } from '../db/sql';

export const DEFAULT_SETTINGS: Omit<Settings, 'smtp'> & { smtp: null } = {
  provinceName: 'Tỉnh Lâm Đồng',
  committeeName: 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh',
  committeeShortName: 'BCĐ',
  secretariatAgency: 'Sở Khoa học và Công nghệ',
  operatorName: 'Thư ký Ban Chỉ đạo',
  dueSoonDays: 7,
  assessmentTolerance: 0.1,
  backupKeep: 14,
  centreEmail: '',
  reportPlace: 'Lâm Đồng',
  smtp: null,
  defaultPlanId: null,
  timeZone: DEFAULT_TIME_ZONE,
};

type Stored = Omit<Settings, 'smtp'> & { smtp: StoredSmtp | null };

function readAll(ctx: ServiceContext): Stored {
  const rows = all<{ key: string; value: string }>(ctx, sql`SELECT key, value FROM setting`);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) out[row.key] = JSON.parse(row.value) as unknown;
  }
  return out as Stored;
}

export function getSettings(ctx: ServiceContext): Settings {
  const stored = readAll(ctx);
  const smtp = stored.smtp;
  return {
    ...stored,
    smtp: smtp
      ? {
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          user: smtp.user,
          from: smtp.from,
          hasPassword: Boolean(readSmtpPassword(ctx, smtp)),
        }
      : null,
  };
}

/**
 * The number of days before a due date that a task counts as due soon (a task row's situation), read
 * once per transaction (scopedSetting): a bulk of creates asks for it on every row.
 */
export function dueSoonDays(ctx: ServiceContext): number {
  return scopedSetting(ctx.db, 'dueSoonDays', () => readAll(ctx).dueSoonDays);
}

/** SMTP settings including the password (from the secret store): for the mail service only. */
export function getSmtpSecret(ctx: ServiceContext): SmtpInput | null {
  const smtp = readAll(ctx).smtp;
  if (!smtp) return null;
  const { host, port, secure, user, from } = smtp;
  return { host, port, secure, user, from, password: readSmtpPassword(ctx, smtp) };
}

/** JSON with object keys sorted, so two equal values compare equal whatever order their keys were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Writes only the settings the patch changes (one row per key, each with its updated_at); a patch equal
 * to what is in effect writes nothing and records nothing.
 */
export function updateSettings(ctx: ServiceContext, patch: ParsedInput<'settings.update'>): Settings {
  // The password goes to the secret store before the transaction, under a new reference the row
  // then points to; the row itself never holds it.
  const smtpChange: SmtpChange | null =
    patch.smtp === undefined ? null : prepareSmtpChange(ctx, patch.smtp, readAll(ctx).smtp);
  let result: Settings;
  try {
    result = inTransaction(ctx, () => {
      const before = readAll(ctx);
      const storedKeys = new Set(all<{ key: string }>(ctx, sql`SELECT key FROM setting`).map((r) => r.key));
      if (patch.defaultPlanId) assertActive(ctx, 'plan', patch.defaultPlanId, 'Kế hoạch mở mặc định');
      const upsert = ctx.prepare(
        'INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      );
      const at = ctx.now().toISOString();
      let written = 0;
      for (const [key, raw] of Object.entries(patch)) {
        if (raw === undefined || !(key in before)) continue;
        const value: unknown = key === 'smtp' ? smtpChange?.row : raw;
        // Unchanged is what is stored: a value the person states that only equals a built-in default
        // (the province of `tiendo init`) is kept, so a later default cannot change it.
        if (storedKeys.has(key) && stableJson(value) === stableJson(before[key as keyof Stored])) continue;
        upsert.run(key, JSON.stringify(value), at);
        written++;
      }
      // "today" and the audit's actor read the new values from here on, in this transaction too.
      if (written > 0) forgetScopedSettings(ctx.db);
      if (written === 0) return getSettings(ctx);
      const after = readAll(ctx);
      const redact = (s: Stored) => ({ ...s, smtp: redactSmtp(s.smtp) });
      recordAudit(ctx, 'setting', 'settings', 'update', redact(before), redact(after));
      return getSettings(ctx);
    });
  } catch (error) {
    smtpChange?.failed();
    throw error;
  }
  smtpChange?.committed();
  return result;
}
