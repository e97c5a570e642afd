// Choosing the USB token to sign with: the module (the usual ones of this platform from
// signing.pkcs11.modules, marked "chưa kiểm chứng" where TienDo could not check them, or a path the
// person types), the slot holding the token, and the certificate on it. Nothing secret here: the PIN
// is the dialog's own field, asked each time.
import { useTranslation } from 'react-i18next';
import type { Pkcs11Module } from '../../../shared/api/types';
import { Button, ErrorBanner, Field, Select, TextInput } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import './strings';
import './signing.css';

export interface TokenChoice {
  /** A listed module's path, or OTHER_MODULE with `path` typed. */
  module: string;
  path: string;
  slotId: string;
  keyLabel: string;
}

export const OTHER_MODULE = '__other__';
export const EMPTY_TOKEN: TokenChoice = { module: '', path: '', slotId: '', keyLabel: '' };

/** The module path to hand to the backend, or '' when none is chosen. */
export const tokenModule = (c: TokenChoice): string => (c.module === OTHER_MODULE ? c.path.trim() : c.module);

function moduleLabel(m: Pkcs11Module, t: (k: string) => string): string {
  const marks = [!m.verified ? t('signing.unverified') : null, !m.present ? t('signing.absent') : null];
  const note = marks.filter(Boolean).join(', ');
  return `${m.vendor} — ${m.path}${note ? ` (${note})` : ''}`;
}

export function TokenFields({ value, onChange }: { value: TokenChoice; onChange(v: TokenChoice): void }) {
  const { t } = useTranslation();
  const modules = useApiQuery('signing.pkcs11.modules', {});
  const module = tokenModule(value);
  const slots = useApiQuery('signing.pkcs11.slots', module ? { module } : null);
  const certificates = useApiQuery(
    'signing.pkcs11.certificates',
    module && value.slotId ? { module, slotId: value.slotId } : null,
  );
  // Present modules first: the one on this machine is the likely choice.
  const listed = [...(modules.data ?? [])].sort((a, b) => Number(b.present) - Number(a.present));
  const slotList = slots.data ?? [];
  const certList = (certificates.data ?? []).filter((c) => c.hasKey !== false);

  return (
    <>
      <Field label={t('signing.module')} hint={t('signing.moduleHint')} className="span-2" required>
        {(c) => (
          <Select
            {...c}
            value={value.module}
            data-testid="token-module"
            placeholder={t('signing.choose')}
            onChange={(m) => onChange({ ...EMPTY_TOKEN, module: m, path: value.path })}
            options={[
              ...listed.map((m) => ({ value: m.path, label: moduleLabel(m, t) })),
              { value: OTHER_MODULE, label: t('signing.moduleOther') },
            ]}
          />
        )}
      </Field>
      {value.module === OTHER_MODULE ? (
        <Field label={t('signing.modulePath')} hint={t('signing.modulePathHint')} className="span-2" required>
          {(c) => (
            <TextInput
              {...c}
              className="mono"
              spellCheck={false}
              data-testid="token-module-path"
              value={value.path}
              onChange={(e) => onChange({ ...value, path: e.target.value, slotId: '', keyLabel: '' })}
            />
          )}
        </Field>
      ) : null}
      <ErrorBanner error={modules.error ?? slots.error ?? certificates.error} />
      {module && slots.data ? (
        <Field
          label={t('signing.slot')}
          className="span-2"
          error={slotList.length === 0 ? t('signing.slotNone') : null}
        >
          {(c) => (
            <div className="token-row">
              <Select
                {...c}
                value={value.slotId}
                data-testid="token-slot"
                placeholder={t('signing.choose')}
                onChange={(s) => onChange({ ...value, slotId: s, keyLabel: '' })}
                options={slotList.map((s) => ({
                  value: s.slotId,
                  label: `${s.tokenLabel || s.description} — ${s.manufacturer} ${s.model} (${s.serialNumber})`,
                }))}
              />
              <Button size="sm" onClick={slots.retry}>
                {t('signing.refresh')}
              </Button>
            </div>
          )}
        </Field>
      ) : null}
      {value.slotId && certificates.data ? (
        <Field
          label={t('signing.certificate')}
          className="span-2"
          error={certList.length === 0 ? t('signing.certificateNone') : null}
        >
          {(c) => (
            <Select
              {...c}
              value={value.keyLabel}
              data-testid="token-certificate"
              onChange={(k) => onChange({ ...value, keyLabel: k })}
              options={[
                { value: '', label: t('signing.certificateAny') },
                ...certList.map((x) => ({
                  value: x.label,
                  label: `${x.signer.commonName} — ${x.label} (${x.fingerprint.slice(0, 19)}…)`,
                })),
              ]}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
