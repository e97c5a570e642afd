// Export of a meeting document (briefing or notice) through the report pipeline: the same background
// job, signature, submission record and e-mail path as the periodic report. The notice may be a Word
// document as well as a workbook (the briefing pack is a workbook only). Choose how to sign (none, the
// committee's identity, a certificate file, a USB token with its PIN asked each time), watch
// the job, then download the file or hand it to the mail. A certificate expired, not yet valid or
// expiring within 30 days stops the job before signing; the person reads why and may sign anyway.
import { useEffect, useRef, useState } from 'react';
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
import { Button, ErrorBanner, Field, Modal, ProgressBar, Select, errorMessage } from '../../../components';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useJob } from '../../../hooks/useJob';
import { showStatus } from '../../../stores/status';
import {
  buildSignWith,
  clearSecret,
  initialSignChoice,
  signChoiceProblem,
  SignWithFields,
  type SignChoice,
  type SignWithInput,
} from '../../signing/SignWithFields';
import { saveDownload } from './download';

export interface ExportTarget {
  kind: 'briefing' | 'notice';
  meetingId: string;
}

const POLL_MS = 400;

export function ExportDialog({ target, onClose }: { target: ExportTarget; onClose(): void }) {
  const { t } = useTranslation();
  const identity = useApiQuery('signing.identity.get', {});
  // How to sign; the password or PIN in it is cleared once the export starts (never kept).
  const [choice, setChoice] = useState<SignChoice>(() => initialSignChoice());
  // The signing request the backend stopped on to ask about the certificate, until the person answers.
  const asked = useRef<SignWithInput | null>(null);
  const [format, setFormat] = useState<DocumentFormat>('xlsx');
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
    if (identity.data) setChoice((c) => (c.kind === 'none' ? initialSignChoice('identity') : c));
  }, [identity.data]);

  /** `acceptCertificateWarning`: the person has read the certificate's warning and signs anyway. */
  async function start(acceptCertificateWarning = false) {
    setError(null);
    setBusy(true);
    try {
      const problem = signChoiceProblem(choice, t);
      if (problem) throw new Error(problem);
      // The certificate file, its password and the token's PIN serve this export only; none is kept.
      const again = acceptCertificateWarning ? asked.current : null;
      const signWith =
        again && again.kind !== 'none'
          ? { ...again, acceptCertificateWarning: true }
          : await buildSignWith(choice, acceptCertificateWarning);
      asked.current = signWith;
      setChoice(clearSecret);
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
  // The request (with its secret) is kept only while the certificate question is open.
  useEffect(() => {
    if (job?.state === 'done' || (job?.state === 'failed' && certificateWarning === null))
      asked.current = null;
  }, [job?.state, certificateWarning]);
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
      {!job && target.kind === 'notice' ? (
        <div className="form-grid">
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
        </div>
      ) : null}
      {!job ? <SignWithFields value={choice} onChange={setChoice} identity={identity.data} /> : null}
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
