// The mail server used to send signed reports. The password is write-only: the backend only says
// whether one is stored ("đã lưu"); an empty box keeps it, a typed one replaces it.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { settingsPatch } from '../../../shared/api/schemas';
import type { Settings } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { ErrorBanner, SaveButton } from '../../components';
import { checkedForm, FormNumber, FormText, useRecordForm } from '../../components/form';
import { showStatus } from '../../stores/status';

const ORDER = ['host', 'port', 'user', 'from', 'password'] as const;

interface Draft {
  enabled: boolean;
  host: string;
  port: string;
  secure: boolean;
  user: string;
  from: string;
  password: string;
}

const draftOf = (smtp: Settings['smtp']): Draft => ({
  enabled: smtp !== null,
  host: smtp?.host ?? '',
  port: String(smtp?.port ?? 587),
  secure: smtp?.secure ?? false,
  user: smtp?.user ?? '',
  from: smtp?.from ?? '',
  password: '',
});

type Read = Omit<Draft, 'port'> & { port: number };

/** The boxes as settings.update takes them: the whole server, or none; an empty password keeps the stored one. */
const toPatch = (d: Read) =>
  d.enabled
    ? {
        smtp: {
          host: d.host,
          port: d.port,
          secure: d.secure,
          user: d.user,
          from: d.from,
          ...(d.password ? { password: d.password } : {}),
        },
      }
    : { smtp: null };

/** settings.update's rules of the mail server (settingsPatch takes every setting as optional). */
const smtpPatch = settingsPatch.pick({ smtp: true }).required();

/** Read the boxes, then checked with the shared settingsPatch; its 'smtp.host' lands on the host box. */
const smtpSchema = (portInvalid: string) =>
  checkedForm(
    z.object({
      enabled: z.boolean(),
      host: z.string(),
      // An empty or non-number port reads as NaN, which the contract's integer rule refuses.
      port: z.string().transform((s) => (s.trim() === '' ? NaN : Number(s.trim()))),
      secure: z.boolean(),
      user: z.string(),
      from: z.string(),
      password: z.string(),
    }),
    z.custom<Read>().transform(toPatch).pipe(smtpPatch),
    { port: portInvalid },
    (path) => path.replace(/^smtp\./, ''),
  );

export function SmtpForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const smtp = settings.smtp;
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => smtpSchema(t('settings.smtp.portInvalid')), [t]);
  const form = useRecordForm(
    { schema, initial: draftOf(smtp), order: ORDER, prefix: 'smtp.' },
    () => body.current,
  );
  const { register, watch, setValue } = form.methods;
  const enabled = watch('enabled');

  async function submit() {
    // The server is one setting, sent whole (its boxes are not its keys, so no per-key patch); the
    // backend writes nothing when it equals what is stored.
    await form.submit(async (input) => {
      await write('settings.update', input);
      setValue('password', ''); // saved: the box empties again, the badge says "đã lưu"
      showStatus(t(input.smtp ? 'settings.smtp.saved' : 'settings.smtp.removed'));
    }, false);
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
      {form.notice ? <p className="muted">{form.notice}</p> : null}
      <label className="check-row">
        <input type="checkbox" {...register('enabled')} data-testid="smtp-enabled" />
        {t('settings.smtp.enabled')}
      </label>
      <FormProvider {...form.methods}>
        {enabled ? (
          <div className="form-grid smtp-grid" ref={body}>
            <FormText<Draft> name="host" label={t('settings.smtp.host')} required testId="smtp-host" />
            <FormNumber<Draft> name="port" label={t('settings.smtp.port')} required testId="smtp-port" />
            <label className="check-row span-2">
              <input type="checkbox" {...register('secure')} />
              {t('settings.smtp.secure')}
            </label>
            <FormText<Draft> name="user" label={t('settings.smtp.user')} autoComplete="off" />
            <FormText<Draft>
              name="from"
              label={t('settings.smtp.from')}
              required
              type="email"
              testId="smtp-from"
            />
            <FormText<Draft>
              name="password"
              type="password"
              autoComplete="new-password"
              className="span-2"
              testId="smtp-password"
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
              hint={
                smtp?.hasPassword ? t('settings.smtp.passwordStoredHint') : t('settings.smtp.passwordHint')
              }
              placeholder={smtp?.hasPassword ? `•••••• (${t('settings.smtp.passwordStored')})` : ''}
            />
          </div>
        ) : null}
      </FormProvider>
      <div className="form-actions">
        <SaveButton busy={form.busy} label={t('settings.smtp.save')} data-testid="save-smtp" />
      </div>
    </form>
  );
}
