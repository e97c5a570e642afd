// How to sign, as one set of fields for the dialogs that sign (a meeting document's export, the centre's
// receipt): none, the committee's own identity, a certificate file, or a USB token. The secret (password
// or PIN) lives in the dialog's state until the call starts, then the dialog clears it (clearSecret).
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import type { SigningIdentity } from '../../../shared/api/types';
import { Field, Select, TextInput } from '../../components';
import { readFileBase64 } from '../reports/files';
import { EMPTY_TOKEN, TokenFields, tokenModule, type TokenChoice } from './TokenFields';
import './strings';

export type SignWithInput = Input<'reports.export'>['signWith'];
export type SignKind = SignWithInput['kind'];

export interface SignChoice {
  kind: SignKind;
  /** The identity's or the certificate file's password, or the token's PIN. */
  secret: string;
  p12: File | null;
  token: TokenChoice;
}

export const initialSignChoice = (kind: SignKind = 'none'): SignChoice => ({
  kind,
  secret: '',
  p12: null,
  token: EMPTY_TOKEN,
});

export const clearSecret = (c: SignChoice): SignChoice => ({ ...c, secret: '' });

/** What the choice is missing before it can sign, in words; null when complete. */
export function signChoiceProblem(c: SignChoice, t: (k: string) => string): string | null {
  if (c.kind === 'p12' && !c.p12) return t('signing.p12Missing');
  if (c.kind === 'pkcs11' && !tokenModule(c.token)) return t('signing.tokenMissing');
  return null;
}

/** The contract's signWith for the choice (the certificate file read now; nothing is kept). */
export async function buildSignWith(c: SignChoice, acceptCertificateWarning = false): Promise<SignWithInput> {
  switch (c.kind) {
    case 'identity':
      return { kind: 'identity', password: c.secret, acceptCertificateWarning };
    case 'p12':
      return {
        kind: 'p12',
        p12Base64: c.p12 ? await readFileBase64(c.p12) : '',
        password: c.secret,
        acceptCertificateWarning,
      };
    case 'pkcs11':
      return {
        kind: 'pkcs11',
        module: tokenModule(c.token),
        ...(c.token.slotId ? { slotId: c.token.slotId } : {}),
        ...(c.token.keyLabel ? { keyLabel: c.token.keyLabel } : {}),
        pin: c.secret,
        acceptCertificateWarning,
      };
    default:
      return { kind: 'none' };
  }
}

export function SignWithFields({
  value,
  onChange,
  identity,
  allowNone = true,
}: {
  value: SignChoice;
  onChange(c: SignChoice): void;
  identity: SigningIdentity | null | undefined;
  allowNone?: boolean;
}) {
  const { t } = useTranslation();
  const secretLabel =
    value.kind === 'pkcs11'
      ? 'signing.pin'
      : value.kind === 'p12'
        ? 'signing.p12Password'
        : 'signing.password';
  return (
    <div className="form-grid">
      <Field label={t('signing.how')} className="span-2">
        {(c) => (
          <Select
            {...c}
            value={value.kind}
            data-testid="sign-kind"
            onChange={(k) => onChange({ ...initialSignChoice(k as SignKind), token: value.token })}
            options={[
              ...(allowNone ? [{ value: 'none', label: t('signing.none') }] : []),
              ...(identity
                ? [{ value: 'identity', label: t('signing.identity', { name: identity.commonName }) }]
                : []),
              { value: 'p12', label: t('signing.p12') },
              { value: 'pkcs11', label: t('signing.token') },
            ]}
          />
        )}
      </Field>
      {value.kind === 'p12' ? (
        <Field label={t('signing.p12File')} className="span-2" required>
          {(c) => (
            <input
              {...c}
              type="file"
              className="input"
              accept=".p12,.pfx,application/x-pkcs12"
              onChange={(e) => onChange({ ...value, p12: e.target.files?.[0] ?? null })}
            />
          )}
        </Field>
      ) : null}
      {value.kind === 'pkcs11' ? (
        <TokenFields value={value.token} onChange={(token) => onChange({ ...value, token })} />
      ) : null}
      {value.kind !== 'none' ? (
        <Field
          label={t(secretLabel)}
          hint={value.kind === 'pkcs11' ? t('signing.pinHint') : undefined}
          className="span-2"
          required
        >
          {(c) => (
            <TextInput
              {...c}
              type="password"
              autoComplete="off"
              data-testid="sign-secret"
              value={value.secret}
              onChange={(e) => onChange({ ...value, secret: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
