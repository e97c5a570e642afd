// Export of a meeting document (briefing or notice) through the report pipeline: the same background
// job, signature, submission record and e-mail path as the periodic report. The notice may be a Word
// document as well as a workbook (the briefing pack is a workbook only). Choose how to sign, watch
// the job, then download the file or hand it to the mail. A certificate expired, not yet valid or
// expiring within 30 days stops the job before signing; the person reads why and may sign anyway.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_FORMAT_LABELS,
  DOCUMENT_FORMATS,
  type DocumentFormat,
} from '../../../../shared/report/formats';
import { CERTIFICATE_WARNING_CODES } from '../../../../shared/report/schemas';
import { apiQuery } from '../../../api/queries';
import { queryClient } from '../../../api/queryClient';
import { write } from '../../../api/writes';
import {
  Button,
  ErrorBanner,
  Field,
  Modal,
  ProgressBar,
  Select,
  TextInput,
  errorMessage,
} from '../../../components';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useJob } from '../../../hooks/useJob';
import { showStatus } from '../../../stores/status';
import { saveDownload } from './download';

export interface ExportTarget {
  kind: 'briefing' | 'notice';
  meetingId: string;
}

type SignKind = 'none' | 'identity' | 'p12';
const POLL_MS = 400;

/** The file's bytes as base64, for the API (which never keeps them). */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ExportDialog({ target, onClose }: { target: ExportTarget; onClose(): void }) {
  const { t } = useTranslation();
  const identity = useApiQuery('signing.identity.get', {});
  const [sign, setSign] = useState<SignKind>('none');
  const [format, setFormat] = useState<DocumentFormat>('xlsx');
  const [password, setPassword] = useState('');
  const [p12, setP12] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  // Polled until it ends; the progress bar shows its stage ("Đang ký số…").
  const { job, error: jobError } = useJob(jobId, POLL_MS);
  const [startError, setError] = useState<unknown>(null);
  const error = startError ?? jobError;
  const [busy, setBusy] = useState(false);
  const what = t(
    target.kind === 'briefing' ? 'meetings.detail.tabs.briefing' : 'meetings.detail.tabs.notice',
  ).toLocaleLowerCase();

  useEffect(() => {
    if (identity.data) setSign('identity');
  }, [identity.data]);

  /** `acceptCertificateWarning`: the person has read the certificate's warning and signs anyway. */
  async function start(acceptCertificateWarning = false) {
    setError(null);
    setBusy(true);
    try {
      if (sign === 'p12' && !p12) throw new Error(t('meetings.export.p12Missing'));
      // The certificate file and its password serve this export only; neither is kept.
      const signWith =
        sign === 'identity'
          ? { kind: 'identity' as const, password, acceptCertificateWarning }
          : sign === 'p12' && p12
            ? { kind: 'p12' as const, p12Base64: await fileBase64(p12), password, acceptCertificateWarning }
            : { kind: 'none' as const };
      const { jobId } =
        target.kind === 'briefing'
          ? await write('meetings.exportBriefing', { meetingId: target.meetingId, signWith })
          : await write('meetings.exportNotice', { meetingId: target.meetingId, signWith, format });
      await queryClient.prefetchQuery(apiQuery('jobs.get', { id: jobId })); // the dialog moves on with it
      setJobId(jobId);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const result = job?.state === 'done' ? job.result : null;
  const certificateWarning =
    job?.state === 'failed' && CERTIFICATE_WARNING_CODES.some((c) => c === job.error?.code)
      ? (job.error?.message ?? '')
      : null;
  const mail = async (queue: boolean) => {
    if (!result) return;
    try {
      if (queue) {
        await write('submissions.queueEmail', { submissionId: result.submissionId });
        showStatus(t('meetings.export.queued'));
      } else saveDownload(await write('submissions.emailDraft', { submissionId: result.submissionId }));
    } catch (e) {
      showStatus(errorMessage(e, t('app.unexpected')), 'error');
    }
  };

  return (
    <Modal
      open
      size="md"
      testId="export-dialog"
      title={t('meetings.export.title', { what })}
      onClose={onClose}
      onSubmit={job ? undefined : () => void start()}
      footer={
        result ? (
          <>
            <Button onClick={() => void mail(false)}>{t('meetings.export.emailDraft')}</Button>
            <Button onClick={() => void mail(true)}>{t('meetings.export.queue')}</Button>
            <Button variant="primary" onClick={() => saveDownload(result)} data-testid="export-download">
              {t('meetings.export.download')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('app.close')}</Button>
            {!job || job.state === 'failed' ? (
              <Button
                type={job ? 'button' : 'submit'}
                variant="primary"
                busy={busy}
                onClick={job ? () => void start(certificateWarning !== null) : undefined}
                data-testid="export-run"
              >
                {certificateWarning !== null ? t('meetings.export.signAnyway') : t('meetings.export.run')}
              </Button>
            ) : null}
          </>
        )
      }
    >
      <ErrorBanner
        error={
          error ??
          (job?.state === 'failed' && certificateWarning === null
            ? new Error(job.error?.message ?? t('meetings.export.failed'))
            : null)
        }
        title={t('meetings.export.failed')}
      />
      {certificateWarning !== null ? (
        <div className="error-banner" role="alert" data-testid="export-certificate-warning">
          <div>
            <strong>{t('meetings.export.certificateTitle')}</strong>
            <p>{certificateWarning}</p>
            <p>{t('meetings.export.certificateQuestion')}</p>
          </div>
        </div>
      ) : null}
      {!job ? (
        <div className="form-grid">
          {target.kind === 'notice' ? (
            <Field
              label={t('meetings.export.format')}
              hint={t('meetings.export.formatHint')}
              className="span-2"
            >
              {(c) => (
                <Select
                  {...c}
                  data-testid="export-format"
                  value={format}
                  onChange={(v) => setFormat(DOCUMENT_FORMATS.find((f) => f === v) ?? 'xlsx')}
                  options={DOCUMENT_FORMATS.map((f) => ({ value: f, label: DOCUMENT_FORMAT_LABELS[f] }))}
                />
              )}
            </Field>
          ) : null}
          <Field label={t('meetings.export.sign')} className="span-2">
            {(c) => (
              <Select
                {...c}
                value={sign}
                onChange={(v) => setSign(v as SignKind)}
                options={[
                  { value: 'none', label: t('meetings.export.signNone') },
                  ...(identity.data
                    ? [
                        {
                          value: 'identity',
                          label: `${t('meetings.export.signIdentity')} (${identity.data.commonName})`,
                        },
                      ]
                    : []),
                  { value: 'p12', label: t('meetings.export.signP12') },
                ]}
              />
            )}
          </Field>
          {sign === 'p12' ? (
            <Field label={t('meetings.export.p12File')} className="span-2">
              {(c) => (
                <input
                  {...c}
                  type="file"
                  accept=".p12,.pfx,application/x-pkcs12"
                  onChange={(e) => setP12(e.target.files?.[0] ?? null)}
                />
              )}
            </Field>
          ) : null}
          {sign !== 'none' ? (
            <Field
              label={t(sign === 'p12' ? 'meetings.export.p12Password' : 'meetings.export.password')}
              className="span-2"
            >
              {(c) => (
                <TextInput
                  {...c}
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </Field>
          ) : null}
        </div>
      ) : null}
      {job && job.state === 'running' ? (
        <div role="status" className="export-progress">
          <p>{job.stage || t('meetings.export.start')}</p>
          <ProgressBar value={Math.round(job.progress * 100)} label={`${Math.round(job.progress * 100)}%`} />
        </div>
      ) : null}
      {result ? (
        <div role="status" className="export-result" data-testid="export-result">
          <p>
            <strong>{t('meetings.export.done', { file: result.fileName })}</strong>
          </p>
          <p>
            {result.signer
              ? t('meetings.export.signedBy', { signer: result.signer })
              : t('meetings.export.unsigned')}
          </p>
          <p className="muted small code">{t('meetings.export.sha', { sha: result.sha256 })}</p>
        </div>
      ) : null}
    </Modal>
  );
}
