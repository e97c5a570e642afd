// Checking a report file as the centre would: is it intact (nothing changed since signing), is who signed
// it confirmed (only this machine's own signing identity, until a trust list exists), when, and which
// part changed. An intact file from an unconfirmed signer is never called "HỢP LỆ": its certificate
// fingerprint, in groups of four, is what the officer reads out to the sender over the phone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportVerification } from '../../../shared/api/types';
import { todayIso } from '../../../shared/dates';
import { api } from '../../api/client';
import { ErrorBanner, Field } from '../../components';
import { useFormat } from '../../i18n/format';
import { readableName, readFileBase64 } from './files';

const MAX_BYTES = 5 * 1024 * 1024;

/** An instant as the day on this machine's calendar (dd/mm/yyyy). */
function useDay() {
  const fmt = useFormat();
  return (iso: string) => fmt.date(todayIso(new Date(iso)));
}

/** Why a file is not to be relied on, in words (the problems list says the details). */
function useInvalidReason() {
  const { t } = useTranslation();
  const day = useDay();
  return (v: ReportVerification): string => {
    if (!v.readable) return t('reports.verify.unreadable');
    if (!v.signed) return t('reports.verify.unsigned');
    if (!v.signatureValid) return t('reports.verify.wrongSignature');
    if (v.certificate.status === 'expired')
      return t('reports.verify.expired', { date: day(v.certificate.notAfter) });
    if (v.certificate.status === 'not-yet-valid')
      return t('reports.verify.notYetValid', { date: day(v.certificate.notBefore) });
    if (!v.certificateValid) return t('reports.verify.certificateUnknown');
    return t('reports.verify.changed');
  };
}

function Verdict({ v }: { v: ReportVerification }) {
  const { t } = useTranslation();
  const reason = useInvalidReason();
  const tone = v.verdict === 'trusted' ? 'ok' : v.verdict === 'unconfirmed' || !v.signed ? 'warn' : 'bad';
  const text =
    v.verdict === 'trusted'
      ? t('reports.verify.trusted', { label: v.trust.status === 'trusted' ? v.trust.label : '' })
      : v.verdict === 'unconfirmed'
        ? t('reports.verify.unconfirmed')
        : reason(v);
  return (
    <p
      className={`report-verdict report-verdict-${tone}`}
      data-testid="verify-verdict"
      data-verdict={v.verdict}
      data-valid={v.verdict === 'trusted' ? 'true' : 'false'}
    >
      {text}
    </p>
  );
}

export function VerifyPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const day = useDay();
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<ReportVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (file: File | undefined) => {
    setResult(null);
    setError(null);
    setProblem(null);
    if (!file) return;
    setFileName(file.name);
    if (!/\.xlsx$/i.test(file.name)) return setProblem(t('reports.verify.notXlsx'));
    if (file.size > MAX_BYTES) return setProblem(t('reports.verify.tooLarge'));
    setBusy(true);
    try {
      setResult(await api.call('reports.verify', { fileBase64: await readFileBase64(file) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="panel report-verify"
      aria-labelledby="report-verify-title"
      aria-busy={busy || undefined}
    >
      <div className="panel-title">
        <h2 id="report-verify-title">{t('reports.verify.title')}</h2>
      </div>
      <p className="muted">{t('reports.verify.intro')}</p>
      <Field label={t('reports.verify.file')} error={problem}>
        {(c) => (
          <input
            {...c}
            type="file"
            className="input"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="verify-file"
            onChange={(e) => void check(e.target.files?.[0])}
          />
        )}
      </Field>
      {busy ? <p role="status">{t('reports.verify.checking')}</p> : null}
      <ErrorBanner error={error} />
      {result ? (
        <div className="report-verify-result" data-testid="verify-result" aria-live="polite">
          <Verdict v={result} />
          {result.fingerprint ? (
            <div className="report-fingerprint-box">
              <p className="report-fingerprint-label" id="verify-fingerprint-label">
                {result.verdict === 'unconfirmed'
                  ? t('reports.verify.fingerprintCheck')
                  : t('reports.verify.fingerprint')}
              </p>
              <p
                className="mono report-fingerprint"
                data-testid="verify-fingerprint"
                aria-labelledby="verify-fingerprint-label"
              >
                {result.fingerprint}
              </p>
            </div>
          ) : null}
          <dl className="report-facts">
            {result.report ? (
              <>
                <dt>{t('reports.verify.report')}</dt>
                <dd>
                  {result.report.title}
                  {result.report.docNumber ? ` (${result.report.docNumber})` : ''}, {result.report.province}
                </dd>
              </>
            ) : null}
            {result.signer ? (
              <>
                <dt>{t('reports.verify.signer')}</dt>
                <dd data-testid="verify-signer">
                  {readableName(result.signer.subject)}
                  {result.trust.status === 'trusted' ? null : (
                    <span className="muted"> {t('reports.verify.signerUnconfirmed')}</span>
                  )}
                </dd>
                <dt>{t('reports.verify.issuer')}</dt>
                <dd>
                  {readableName(result.signer.issuer)}{' '}
                  {result.signer.issuer === result.signer.subject ? t('reports.verify.selfSigned') : ''}
                </dd>
                <dt>{t('reports.verify.validity')}</dt>
                <dd>
                  {t('reports.verify.validityRange', {
                    from: day(result.signer.notBefore),
                    to: day(result.signer.notAfter),
                  })}
                </dd>
              </>
            ) : null}
            {result.signingTime ? (
              <>
                <dt>{t('reports.verify.signingTime')}</dt>
                <dd data-testid="verify-time">{fmt.dateTime(result.signingTime)}</dd>
              </>
            ) : null}
            <dt>{t('reports.verify.sha256')}</dt>
            <dd className="mono hash">{result.sha256}</dd>
          </dl>
          {result.problems.length ? (
            <>
              <h3>{t('reports.verify.problems')}</h3>
              <ul className="report-problems" data-testid="verify-problems">
                {result.problems.map((p, i) => (
                  // The message names the sheet or kind of content in words; the part's technical
                  // name is only a tooltip, so nothing is said twice.
                  <li key={i} title={p.part ? t('reports.verify.part', { part: p.part }) : undefined}>
                    {p.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {result.notes.length ? (
            <>
              <h3>{t('reports.verify.notes')}</h3>
              <ul className="report-notes" data-testid="verify-notes">
                {result.notes.map((n, i) => (
                  <li key={i}>{n.message}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="muted small">{fileName}</p>
        </div>
      ) : null}
    </section>
  );
}
