// The settings service on a real file: defaults until stated, only changed keys written (with one audit
// row), and the SMTP password through the SecretStore: stored write-only, never returned, replaced, cleared.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  getSmtpSecret,
  updateSettings,
} from '../../../main/services/settings';
import { openTestStore, type TestStore } from '../../helpers/store';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const SMTP = {
  host: 'mail.lamdong.gov.vn',
  port: 465,
  secure: true,
  user: 'bcd',
  from: 'bcd@lamdong.gov.vn',
};
const settingRows = () =>
  store.ctx.prepare('SELECT key, value FROM setting ORDER BY key').all() as { key: string; value: string }[];
const auditCount = () =>
  (store.ctx.prepare("SELECT COUNT(*) AS n FROM audit WHERE entity = 'setting'").get() as { n: number }).n;
const secretsText = () => readFileSync(store.secretsFile, 'utf8');

describe('settings service', () => {
  it('reads the defaults on a new file and writes only the keys a patch changes, with one audit row', () => {
    expect(getSettings(store.ctx)).toMatchObject({ dueSoonDays: DEFAULT_SETTINGS.dueSoonDays, smtp: null });
    const audits = auditCount();
    const rowsBefore = settingRows().length;
    const after = updateSettings(store.ctx, { dueSoonDays: 10, reportPlace: 'Đà Lạt' });
    expect(after).toMatchObject({ dueSoonDays: 10, reportPlace: 'Đà Lạt' });
    expect(getSettings(store.ctx).dueSoonDays).toBe(10);
    expect(settingRows().length).toBe(rowsBefore + 2);
    expect(auditCount()).toBe(audits + 1);
    // The same patch again writes nothing and records nothing.
    updateSettings(store.ctx, { dueSoonDays: 10 });
    expect(auditCount()).toBe(audits + 1);
  });

  it('refuses a default plan that does not exist and writes nothing of the patch', () => {
    expect(() =>
      updateSettings(store.ctx, { dueSoonDays: 3, defaultPlanId: '99999999-9999-4999-8999-999999999999' }),
    ).toThrow(/Kế hoạch mở mặc định/);
    expect(getSettings(store.ctx).dueSoonDays).toBe(DEFAULT_SETTINGS.dueSoonDays);
  });

  it('keeps the SMTP password in the secret store only: never returned, replaced, kept, cleared', () => {
    const first = 'Mật-khẩu-thứ-nhất-1';
    const shown = updateSettings(store.ctx, { smtp: { ...SMTP, password: first } });
    // Write-only: the settings say a password is set, never what it is.
    expect(shown.smtp).toEqual({ ...SMTP, hasPassword: true });
    expect(JSON.stringify(getSettings(store.ctx))).not.toContain(first);
    expect(JSON.stringify(settingRows())).not.toContain(first);
    expect(
      JSON.stringify(store.ctx.prepare("SELECT before, after FROM audit WHERE entity = 'setting'").all()),
    ).not.toContain(first);
    // The mail service (and only it) gets the password back.
    expect(getSmtpSecret(store.ctx)?.password).toBe(first);
    expect(secretsText()).toContain('smtp-password:');

    // Saving the form without typing a password keeps the stored one.
    updateSettings(store.ctx, { smtp: { ...SMTP, port: 587, secure: false } });
    expect(getSmtpSecret(store.ctx)).toMatchObject({ port: 587, password: first });
    const secretsBefore = secretsText();

    // A new password replaces the old one: the old secret is forgotten.
    updateSettings(store.ctx, { smtp: { ...SMTP, password: 'Mật-khẩu-mới-2' } });
    expect(getSmtpSecret(store.ctx)?.password).toBe('Mật-khẩu-mới-2');
    const ref = (JSON.parse(settingRows().find((r) => r.key === 'smtp')!.value) as { passwordRef: string })
      .passwordRef;
    expect(store.ctx.secrets.get(`smtp-password:${ref}`)).toBe('Mật-khẩu-mới-2');
    expect(secretsText()).not.toBe(secretsBefore);
    // Exactly one password is kept: the replaced one is gone from the secrets file.
    expect(secretsText()).not.toContain(first);
    expect(secretsText().match(/smtp-password:/g)).toHaveLength(1);

    // No SMTP settings at all: the password goes too.
    updateSettings(store.ctx, { smtp: null });
    expect(getSettings(store.ctx).smtp).toBeNull();
    expect(getSmtpSecret(store.ctx)).toBeNull();
    expect(store.ctx.secrets.get(`smtp-password:${ref}`)).toBeNull();
  });
});
