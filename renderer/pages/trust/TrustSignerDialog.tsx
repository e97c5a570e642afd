// "Tin cậy người ký này": the certificate's facts, its fingerprint in groups of four, and a field for
// what the sender read over the phone. The button stays off until all sixteen groups match; the backend
// compares again and refuses a mismatch. Used for a certificate file, a report (Cài đặt) and a received
// file (the centre).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignerInfo } from '../../../shared/api/types';
import { Button, ErrorBanner, Field, Modal, Select, TextInput } from '../../components';
import { useFormat } from '../../i18n/format';
import { readableName } from '../reports/files';
import { compareFingerprint } from './fingerprint';
import { FingerprintGroups } from './FingerprintGroups';
import './strings';

export interface TrustChoice {
  name: string;
  /** null: not a province. */
  province: string | null;
  fingerprint: string;
}

export interface TrustSignerDialogProps {
  signer: SignerInfo;
  fingerprint: string;
  selfSigned: boolean;
  /** The document the signer signed, when the candidate is one. */
  documentTitle?: string | null;
  /** The province the signed document names (the default). */
  province: string | null;
  /** The provinces to choose from (the centre's list); empty: typed. */
  provinces: string[];
  onConfirm(choice: TrustChoice): Promise<unknown>;
  onClose(): void;
}

const NOT_A_PROVINCE = '';

/** "Tỉnh Lâm Đồng" -> "UBND tỉnh Lâm Đồng"; else the certificate's organisation, else its name. */
function defaultBody(province: string | null, signer: SignerInfo): string {
  if (province) return `UBND ${province.charAt(0).toLocaleLowerCase('vi')}${province.slice(1)}`;
  const o = /(?:^|,)\s*O=((?:\\.|[^,])+)/.exec(signer.subject)?.[1];
  return o ? readableName(o) : signer.commonName;
}

export function TrustSignerDialog(p: TrustSignerDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [typed, setTyped] = useState('');
  const [name, setName] = useState(() => defaultBody(p.province, p.signer));
  const [province, setProvince] = useState(p.province ?? NOT_A_PROVINCE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const match = compareFingerprint(p.fingerprint, typed);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!match.complete) return;
    setBusy(true);
    setError(null);
    try {
      await p.onConfirm({ name: name.trim(), province: province || null, fingerprint: typed });
      p.onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const provinceOptions = [
    ...(p.provinces.includes(p.province ?? '') || !p.province ? [] : [p.province]),
    ...p.provinces,
  ].map((v) => ({ value: v, label: v }));

  return (
    <Modal
      open
      size="md"
      testId="trust-compare"
      title={t('trust.compare.title')}
      subtitle={p.documentTitle ? `${t('trust.compare.document')}: ${p.documentTitle}` : undefined}
      onClose={p.onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={p.onClose}>{t('app.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={!match.complete || !name.trim()}
            data-testid="trust-confirm"
          >
            {t('trust.compare.confirm')}
          </Button>
        </>
      }
    >
      <ErrorBanner error={error} />
      <dl className="trust-facts">
        <dt>{t('trust.compare.signer')}</dt>
        <dd>{readableName(p.signer.subject)}</dd>
        <dt>{t('trust.compare.issuer')}</dt>
        <dd>{readableName(p.signer.issuer)}</dd>
        <dt>{t('trust.compare.validity')}</dt>
        <dd>
          {fmt.date(p.signer.notBefore.slice(0, 10))} – {fmt.date(p.signer.notAfter.slice(0, 10))}
        </dd>
      </dl>
      {p.selfSigned ? <p className="trust-warning">{t('trust.compare.selfSigned')}</p> : null}
      <p className="trust-label">{t('trust.compare.shown')}</p>
      <FingerprintGroups
        fingerprint={p.fingerprint}
        matched={match.matching}
        label={t('trust.compare.shown')}
        testId="trust-fingerprint"
      />
      <p className="muted small">{t('trust.compare.how')}</p>
      <div className="form-grid">
        <Field
          label={t('trust.compare.read')}
          hint={t('trust.compare.readHint')}
          className="span-2"
          error={
            match.mismatch
              ? t('trust.compare.mismatch', {
                  group: match.mismatch.group,
                  typed: match.mismatch.typed,
                  shown: match.mismatch.shown,
                })
              : null
          }
        >
          {(c) => (
            <TextInput
              {...c}
              className="mono"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              data-testid="trust-typed"
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </Field>
        <p className="span-2 trust-progress" role="status" data-testid="trust-progress">
          {match.complete ? t('trust.compare.allMatch') : t('trust.compare.groups', { ok: match.matching })}
        </p>
        <Field label={t('trust.compare.name')} hint={t('trust.compare.nameHint')} required>
          {(c) => <TextInput {...c} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('trust.compare.province')}>
          {(c) =>
            provinceOptions.length > 0 ? (
              <Select
                {...c}
                value={province}
                onChange={setProvince}
                options={[
                  { value: NOT_A_PROVINCE, label: t('trust.compare.provinceNone') },
                  ...provinceOptions,
                ]}
              />
            ) : (
              <TextInput {...c} value={province} onChange={(e) => setProvince(e.target.value)} />
            )
          }
        </Field>
      </div>
    </Modal>
  );
}
