import type { Settings } from '../../shared/api/types';
import type { ParsedInput } from '../../shared/api/contract';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import {
  prepareSmtpChange,
  readSmtpPassword,
  redactSmtp,
  type SmtpChange,
  type SmtpInput,
  type StoredSmtp,
} from './smtpPassword';

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
};

type Stored = Omit<Settings, 'smtp'> & { smtp: StoredSmtp | null };

function readAll(ctx: ServiceContext): Stored {
  const rows = ctx.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
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

/** SMTP settings including the password (from the secret store): for the mail service only. */
export function getSmtpSecret(ctx: ServiceContext): SmtpInput | null {
  const smtp = readAll(ctx).smtp;
  if (!smtp) return null;
  const { host, port, secure, user, from } = smtp;
  return { host, port, secure, user, from, password: readSmtpPassword(ctx, smtp) };
}

export function updateSettings(ctx: ServiceContext, patch: ParsedInput<'settings.update'>): Settings {
  // The password goes to the secret store before the transaction, under a new reference the row
  // then points to; the row itself never holds it.
  const smtpChange: SmtpChange | null =
    patch.smtp === undefined ? null : prepareSmtpChange(ctx, patch.smtp, readAll(ctx).smtp);
  let result: Settings;
  try {
    result = inTransaction(ctx, () => {
      const before = readAll(ctx);
      const upsert = ctx.prepare(
        'INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      );
      const at = ctx.now().toISOString();
      for (const [key, raw] of Object.entries(patch)) {
        if (raw === undefined) continue;
        const value: unknown = key === 'smtp' ? smtpChange?.row : raw;
        upsert.run(key, JSON.stringify(value), at);
      }
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
