// Export the report, signed with the app's identity, the province's certificate file or its USB token
// (module, slot, certificate; the PIN asked each time), with a progress
// bar while the backend works. Passwords live in this form only until the export starts (and, when the
// backend stops to ask about the certificate - expired, not yet valid, or expiring within 30 days - until
// the person answers that question).
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import type { SigningIdentity } from '../../../shared/api/types';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../shared/report/formats';
import { CERTIFICATE_WARNING_CODES } from '../../../shared/report/schemas';
import { Button, ConfirmDialog, Field, TextInput } from '../../components';
import { showStatus } from '../../stores/status';
import { EMPTY_TOKEN, TokenFields, tokenModule, type TokenChoice } from '../signing/TokenFields';
import { downloadFile, readFileBase64 } from './files';
import { useExportJob } from './useExportJob';
import { formatDate } from '../../../shared/format/vi';
import { isProvisional } from '../../../shared/report/provisional';
import { parsePeriod } from '../../../shared/rules/periods';
import { useToday } from '../../hooks/useReferenceData';
import { periodLabelEn } from '../indicators/assessmentWhy';
import './provisionalStrings';

type SignKind = 'identity' | 'p12' | 'pkcs11' | 'none';
type SignWithInput = Input<'reports.export'>['signWith'];

const isCertificateWarning = (code: string | undefined): boolean =>
  CERTIFICATE_WARNING_CODES.some((c) => c === code);

export interface ExportPanelProps {
  planId: string;
  period: string;
  identity: SigningIdentity | null;
  /** What to look at before signing, shown above the export form. */
  review?: ReactNode;
}

function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(value * 100);
  return (
    <div className="report-progress">
      <div
        className="report-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        data-testid="export-progress"
      >
        <div className="report-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="report-progress-text">{pct}%</span>
    </div>
  );
}

export function ExportPanel({ planId, period, identity, review }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  // null: not chosen yet, so the app's identity is the default once it has loaded.
  const [kind, setKind] = useState<SignKind | null>(null);
  const [password, setPassword] = useState('');
  const [p12, setP12] = useState<File | null>(null);
  const [token, setToken] = useState<TokenChoice>(EMPTY_TOKEN);
  // The workbook (figures that add up) or the Word document (to print and issue); signed alike.
  const [format, setFormat] = useState<DocumentFormat>('xlsx');
  const { state, start, reset } = useExportJob((job) => {
    if (job.result) {
      downloadFile(job.result);
      showStatus(t('reports.export.done', { file: job.result.fileName }));
    }
  });
  const busy = state.kind === 'starting' || state.kind === 'running';
  // The signing request the backend stopped on to ask about the certificate, until the person answers.
  const asked = useRef<SignWithInput | null>(null);
  const confirming =
    state.kind === 'failed' && isCertificateWarning(state.code) && asked.current?.kind !== 'none';
  useEffect(() => {
    if (state.kind === 'done' || (state.kind === 'failed' && !isCertificateWarning(state.code)))
      asked.current = null;
  }, [state]);
  const chosen: SignKind = kind ?? (identity ? 'identity' : 'none');
  const today = useToday();
  const running = parsePeriod(period);
  const unfinished = running !== null && today !== null && isProvisional(running, today);
  const [askProvisional, setAskProvisional] = useState(false);
  const pending = useRef<SignWithInput | null>(null);
  const lang = i18n.language;
  const signKind: SignKind = chosen === 'identity' && !identity ? 'none' : chosen;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const signWith =
      signKind === 'identity'
        ? { kind: 'identity' as const, password }
        : signKind === 'p12'
          ? { kind: 'p12' as const, p12Base64: p12 ? await readFileBase64(p12) : '', password }
          : signKind === 'pkcs11'
            ? {
                kind: 'pkcs11' as const,
                module: tokenModule(token),
                ...(token.slotId ? { slotId: token.slotId } : {}),
                ...(token.keyLabel ? { keyLabel: token.keyLabel } : {}),
                pin: password,
              }
            : { kind: 'none' as const };
    setPassword(''); // the password or PIN is not kept once handed to the backend
    asked.current = signWith;
    // A running period's figures are provisional: asked first, and the backend told it was confirmed.
    if (unfinished) {
      // Kept apart from `asked`, which the effect above clears whenever the last job is done.
      pending.current = signWith;
      setAskProvisional(true);
      return;
    }
    void start({ planId, period, format, signWith });
  };
  const exportProvisional = () => {
    setAskProvisional(false);
    const signWith = pending.current;
    pending.current = null;
    asked.current = signWith;
    if (signWith) void start({ planId, period, format, signWith, provisional: true });
  };

  const signAnyway = () => {
    const signWith = asked.current;
    asked.current = null;
    if (signWith && signWith.kind !== 'none')
      void start({
        planId,
        period,
        format,
        signWith: { ...signWith, acceptCertificateWarning: true },
        ...(unfinished ? { provisional: true } : {}),
      });
  };
  const dontSign = () => {
    asked.current = null;
    reset();
  };

  const job = state.kind === 'running' || state.kind === 'done' ? state.job : null;
  return (
    <section className="panel report-export" aria-labelledby="report-export-title">
      <div className="panel-title">
        <h2 id="report-export-title">{t('reports.export.title')}</h2>
      </div>
      {review}
      {askProvisional && running && today ? (
        <ConfirmDialog
          title={t('reports.provisional.title')}
          confirmLabel={t('reports.provisional.confirm')}
          cancelLabel={t('reports.provisional.cancel')}
          testId="provisional-confirm"
          onConfirm={exportProvisional}
          onCancel={() => {
            setAskProvisional(false);
            pending.current = null;
            asked.current = null;
          }}
        >
          <p>
            {t('reports.provisional.body', {
              period: lang === 'en' ? periodLabelEn(running.key) : running.label,
              end: formatDate(running.to),
              today: formatDate(today),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="report-sign-choice" disabled={busy}>
          <legend>{t('reports.export.format')}</legend>
          {DOCUMENT_FORMATS.map((f) => (
            <label className="check-row" key={f}>
              <input
                type="radio"
                name="format"
                value={f}
                data-testid={`format-${f}`}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(f === 'xlsx' ? 'reports.export.formatXlsx' : 'reports.export.formatDocx')}
            </label>
          ))}
        </fieldset>
        <fieldset className="report-sign-choice" disabled={busy}>
          <legend>{t('reports.export.signWith')}</legend>
          <label className="check-row">
            <input
              type="radio"
              name="signWith"
              value="identity"
              data-testid="sign-identity"
              checked={signKind === 'identity'}
              disabled={!identity}
              onChange={() => setKind('identity')}
            />
            {identity
              ? t('reports.export.identityOf', { name: identity.commonName })
              : t('reports.export.identity')}
          </label>
          {!identity ? <p className="field-hint">{t('reports.export.noIdentity')}</p> : null}
          <label className="check-row">
            <input
              type="radio"
              name="signWith"
              value="p12"
              data-testid="sign-p12"
              checked={signKind === 'p12'}
              onChange={() => setKind('p12')}
            />
            {t('reports.export.p12')}
          </label>
          <label className="check-row">
            <input
              type="radio"
              name="signWith"
              value="pkcs11"
              data-testid="sign-pkcs11"
              checked={signKind === 'pkcs11'}
              onChange={() => setKind('pkcs11')}
            />
            {t('signing.token')}
          </label>
          <label className="check-row">
            <input
              type="radio"
              name="signWith"
              value="none"
              data-testid="sign-none"
              checked={signKind === 'none'}
              onChange={() => setKind('none')}
            />
            {t('reports.export.none')}
          </label>
        </fieldset>
        {signKind === 'p12' ? (
          <Field label={t('reports.export.p12File')} required>
            {(c) => (
              <input
                {...c}
                type="file"
                className="input"
                accept=".p12,.pfx,application/x-pkcs12"
                data-testid="sign-p12-file"
                disabled={busy}
                onChange={(e) => setP12(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        ) : null}
        {signKind === 'pkcs11' ? (
          <div className="form-grid">
            <TokenFields value={token} onChange={setToken} />
          </div>
        ) : null}
        {signKind !== 'none' ? (
          <Field
            label={signKind === 'pkcs11' ? t('signing.pin') : t('reports.export.password')}
            hint={signKind === 'pkcs11' ? t('signing.pinHint') : t('reports.export.passwordHint')}
            required
          >
            {(c) => (
              <TextInput
                {...c}
                type="password"
                autoComplete="off"
                data-testid="sign-password"
                value={password}
                disabled={busy}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            data-testid="export-start"
            data-provisional={unfinished ? '1' : undefined}
            disabled={
              (signKind !== 'none' && !password) ||
              (signKind === 'p12' && !p12) ||
              (signKind === 'pkcs11' && !tokenModule(token))
            }
          >
            {signKind === 'none' ? t('reports.export.start') : t('reports.export.startSigned')}
          </Button>
        </div>
      </form>
      {busy || job ? (
        <div className="report-job" aria-live="polite">
          <ProgressBar value={job?.progress ?? 0} label={t('reports.export.running')} />
          <p className="report-stage" data-testid="export-stage">
            {job?.stage ?? '…'}
          </p>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('reports.export.certificateTitle')}
          confirmLabel={t('reports.export.signAnyway')}
          testId="export-certificate-confirm"
          onConfirm={signAnyway}
          onCancel={dontSign}
        >
          <p data-testid="export-certificate-warning">{state.message}</p>
          <p className="muted">{t('reports.export.certificateQuestion')}</p>
        </ConfirmDialog>
      ) : null}
      {state.kind === 'failed' && !confirming ? (
        <div className="error-banner" role="alert" data-testid="export-error">
          <div>
            <strong>{t('reports.export.failed')}</strong>
            <p>{state.message}</p>
          </div>
        </div>
      ) : null}
      {state.kind === 'done' && state.job.result ? (
        <div className="report-result" data-testid="export-result">
          <p>
            <strong>{t('reports.export.done', { file: state.job.result.fileName })}</strong>
          </p>
          <dl className="report-facts">
            <dt>{t('reports.export.signer')}</dt>
            <dd data-testid="export-signer">{state.job.result.signer ?? t('reports.export.unsigned')}</dd>
            <dt>{t('reports.export.sha256')}</dt>
            <dd className="mono hash" data-testid="export-sha256">
              {state.job.result.sha256}
            </dd>
          </dl>
          <p className="muted">{t('reports.export.nextSteps')}</p>
          <Button size="sm" onClick={() => state.job.result && downloadFile(state.job.result)}>
            {t('reports.export.downloadAgain')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
