// Checking a report file as the centre would: valid or not, who signed, when, and which part changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportVerification } from '../../../shared/api/types';
import { api } from '../../api/client';
import { ErrorBanner, Field } from '../../components';
import { useFormat } from '../../i18n/format';
import { readableName, readFileBase64 } from './files';

const MAX_BYTES = 5 * 1024 * 1024;

function Verdict({ v }: { v: ReportVerification }) {
  const { t } = useTranslation();
  const tone = v.valid && v.complete ? 'ok' : v.signed ? 'bad' : 'warn';
  const text =
    v.valid && v.complete
      ? t('reports.verify.valid')
      : v.signed
        ? t('reports.verify.invalid')
        : t('reports.verify.unsigned');
  return (
    <p
      className={`report-verdict report-verdict-${tone}`}
      data-testid="verify-verdict"
      data-valid={v.valid && v.complete ? 'true' : 'false'}
    >
      {text}
    </p>
  );
}

export function VerifyPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
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
                <dd data-testid="verify-signer">{readableName(result.signer.subject)}</dd>
                <dt>{t('reports.verify.issuer')}</dt>
                <dd>
                  {readableName(result.signer.issuer)}{' '}
                  {result.signer.issuer === result.signer.subject ? t('reports.verify.selfSigned') : ''}
                </dd>
                <dt>{t('reports.verify.fingerprint')}</dt>
                <dd className="mono hash" data-testid="verify-fingerprint">
                  {result.signer.fingerprintSha256}
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
                  <li key={i}>
                    {p.message}
                    {p.part ? (
                      <span className="muted"> ({t('reports.verify.part', { part: p.part })})</span>
                    ) : null}
                  </li>
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
