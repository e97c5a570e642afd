// The mail server used to send signed reports. The password is write-only: the backend only says
// whether one is stored ("đã lưu"); an empty box keeps it, a typed one replaces it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsPatch } from '../../../shared/api/schemas';
import type { Settings } from '../../../shared/api/types';
import { write } from '../../api/writes';
import {
  changedKeys,
  ErrorBanner,
  Field,
  NumberInput,
  SaveButton,
  TextInput,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  settings: Settings;
}

/** Field errors of the smtp object come back as 'smtp.host'; the form's fields are 'host'. */
function unprefixed(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^smtp\./, ''), v]));
}

export function SmtpForm({ settings }: Props) {
  const { t } = useTranslation();
  const smtp = settings.smtp;
  const [enabled, setEnabled] = useState(smtp !== null);
  const [host, setHost] = useState(smtp?.host ?? '');
  const [port, setPort] = useState(String(smtp?.port ?? 587));
  const [secure, setSecure] = useState(smtp?.secure ?? false);
  const [user, setUser] = useState(smtp?.user ?? '');
  const [from, setFrom] = useState(smtp?.from ?? '');
  const [password, setPassword] = useState('');
  // The backend's 'smtp.host' lands on 'host', like the schema's own messages (unprefixed).
  const form = useFormSave({ prefix: 'smtp.' });
  const { errors } = form;
  // Measured against the server as stored now; a typed password is always an edit not yet saved.
  const stored = {
    enabled: smtp !== null,
    host: smtp?.host ?? '',
    port: String(smtp?.port ?? 587),
    secure: smtp?.secure ?? false,
    user: smtp?.user ?? '',
    from: smtp?.from ?? '',
    password: '',
  };
  const current = { enabled, host, port, secure, user, from, password };
  const unsaved = useUnsavedChanges(changedKeys(stored, current).length > 0, JSON.stringify(current));

  async function submit() {
    const portNumber = Number(port.trim());
    const patch = enabled
      ? { smtp: { host, port: portNumber, secure, user, from, ...(password ? { password } : {}) } }
      : { smtp: null };
    const parsed = settingsPatch.safeParse(patch);
    const found: FieldErrors = parsed.success ? {} : unprefixed(withoutLabels(zodFieldErrors(parsed.error)));
    if (
      enabled &&
      (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535 || port.trim() === '')
    ) {
      found.port = t('settings.smtp.portInvalid');
    }
    if (!form.check(found) || !parsed.success) return;
    await form.save(async () => {
      await write('settings.update', parsed.data);
      setPassword('');
      showStatus(t(enabled ? 'settings.smtp.saved' : 'settings.smtp.removed'));
      unsaved.settled();
    });
  }

  return (
    <form
      className="panel settings-form"
      noValidate
      aria-labelledby="settings-smtp-title"
      data-testid="settings-smtp"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="settings-smtp-title">{t('settings.smtp.title')}</h2>
      <p className="muted panel-intro">{t('settings.smtp.intro')}</p>
      <ErrorBanner error={form.failure} />
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
          data-testid="smtp-enabled"
        />
        {t('settings.smtp.enabled')}
      </label>
      {enabled ? (
        <div className="form-grid smtp-grid">
          <Field label={t('settings.smtp.host')} required error={errors.host}>
            {(c) => (
              <TextInput
                {...c}
                value={host}
                onChange={(e) => setHost(e.target.value)}
                data-testid="smtp-host"
              />
            )}
          </Field>
          <Field label={t('settings.smtp.port')} required error={errors.port}>
            {(c) => (
              <NumberInput
                {...c}
                value={port}
                onChange={setPort}
                inputMode="numeric"
                data-testid="smtp-port"
              />
            )}
          </Field>
          <label className="check-row span-2">
            <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
            {t('settings.smtp.secure')}
          </label>
          <Field label={t('settings.smtp.user')} error={errors.user}>
            {(c) => (
              <TextInput {...c} value={user} autoComplete="off" onChange={(e) => setUser(e.target.value)} />
            )}
          </Field>
          <Field label={t('settings.smtp.from')} required error={errors.from}>
            {(c) => (
              <TextInput
                {...c}
                type="email"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                data-testid="smtp-from"
              />
            )}
          </Field>
          <Field
            label={
              <>
                {t('settings.smtp.password')}{' '}
                {smtp?.hasPassword ? (
                  <span className="badge badge-stored" data-testid="password-stored">
                    {t('settings.smtp.passwordStored')}
                  </span>
                ) : null}
              </>
            }
            error={errors.password}
            hint={smtp?.hasPassword ? t('settings.smtp.passwordStoredHint') : t('settings.smtp.passwordHint')}
            className="span-2"
          >
            {(c) => (
              <TextInput
                {...c}
                type="password"
                autoComplete="new-password"
                value={password}
                placeholder={smtp?.hasPassword ? `•••••• (${t('settings.smtp.passwordStored')})` : ''}
                onChange={(e) => setPassword(e.target.value)}
                data-testid="smtp-password"
              />
            )}
          </Field>
        </div>
      ) : null}
      <div className="form-actions">
        <SaveButton busy={form.busy} label={t('settings.smtp.save')} data-testid="save-smtp" />
      </div>
    </form>
  );
}
