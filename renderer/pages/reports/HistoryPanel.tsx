// Every exported report with its hash and where it went; from here the file is downloaded again, the
// .eml draft made, or the mail queued in the outbox when a mail server is configured.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, ReceiptImportOutcome, Submission } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import { Button, EmptyState, ErrorBanner, Field, Loading, TextInput } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { FilePickButton } from '../../components/FilePickButton';
import { downloadFile, readFileBase64 } from './files';
import './receiptStrings';
import { periodLabel } from '../../i18n/periodLabel';

export interface HistoryPanelProps {
  submissions: Submission[] | undefined;
  outbox: OutboxEntry[] | undefined;
  error: Error | null;
  onRetry(): void;
  smtpReady: boolean;
  centreEmail: string;
}

export function HistoryPanel({
  submissions,
  outbox,
  error,
  onRetry,
  smtpReady,
  centreEmail,
}: HistoryPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [to, setTo] = useState('');
  const action = useAction();
  const busy = action.running;
  const run = (key: string, call: () => Promise<void>) => action.run(call, key);
  const address = to.trim() || undefined;
  // The centre's receipts, as files or .eml replies: each submission then shows its acknowledgement.
  const [refusals, setRefusals] = useState<ReceiptImportOutcome[]>([]);
  const importReceipts = (files: File[]) =>
    run('receipts', async () => {
      const read = await Promise.all(
        files.map(async (f) => ({ name: f.name, base64: await readFileBase64(f) })),
      );
      const outcomes = await write('receipts.import', { files: read });
      const count = (st: ReceiptImportOutcome['status']) => outcomes.filter((o) => o.status === st).length;
      setRefusals(outcomes.filter((o) => o.status === 'refused'));
      showStatus(
        t('reports.ack.imported', {
          imported: count('imported'),
          duplicate: count('duplicate'),
          refused: count('refused'),
        }),
        count('refused') > 0 ? 'error' : 'success',
      );
    });
  const emailDraft = (s: Submission) =>
    run(`eml-${s.id}`, async () => {
      const eml = await write('submissions.emailDraft', {
        submissionId: s.id,
        ...(address ? { to: address } : {}),
      });
      downloadFile(eml);
      showStatus(t('reports.history.emlReady', { file: eml.fileName }));
    });
  const queue = (s: Submission) =>
    run(`queue-${s.id}`, async () => {
      await write('submissions.queueEmail', { submissionId: s.id, ...(address ? { to: address } : {}) });
      showStatus(t('reports.history.queued'));
    });

  let body;
  if (error && !submissions) body = <ErrorBanner error={error} onRetry={onRetry} />;
  else if (!submissions) body = <Loading />;
  else if (submissions.length === 0) body = <EmptyState title={t('reports.history.empty')} />;
  else
    body = (
      <div className="table-wrap">
        <table className="table report-history" data-testid="history-table">
          <caption className="visually-hidden">{t('reports.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.history.columns.createdAt')}</th>
              <th scope="col">{t('reports.history.columns.period')}</th>
              <th scope="col">{t('reports.history.columns.docNumber')}</th>
              <th scope="col">{t('reports.history.columns.file')}</th>
              <th scope="col">{t('reports.history.columns.sha256')}</th>
              <th scope="col">{t('reports.history.columns.signer')}</th>
              <th scope="col">{t('reports.history.columns.state')}</th>
              <th scope="col">{t('reports.history.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((s) => (
              <tr key={s.id} data-testid="history-row">
                <td>{fmt.dateTime(s.createdAt)}</td>
                <td>{s.period ? periodLabel(s.period) : ''}</td>
                <td>{s.docNumber}</td>
                <td className="cell-clip" title={s.fileName}>
                  {s.fileName}
                </td>
                <td
                  className="mono"
                  title={t('reports.history.copyHash', { hash: s.sha256 })}
                  data-testid="history-sha256"
                  data-sha256={s.sha256}
                >
                  {s.sha256.slice(0, 12)}…
                </td>
                <td>{s.signer ?? '—'}</td>
                <td>
                  <span className={`badge report-state report-state-${s.state}`}>
                    {t(`reports.history.states.${s.state}`)}
                  </span>
                  {s.outbox ? (
                    <span className="muted small">
                      {' '}
                      {t(`reports.history.outboxState.${s.outbox.state}`)}
                      {s.outbox.lastError ? `: ${s.outbox.lastError}` : ''}
                    </span>
                  ) : null}
                  <Acknowledgement s={s} />
                </td>
                <td className="report-actions">
                  <Button
                    size="sm"
                    variant="link"
                    onClick={() =>
                      void run(`dl-${s.id}`, async () =>
                        downloadFile(await api.call('submissions.download', { submissionId: s.id })),
                      )
                    }
                  >
                    {t('reports.history.download')}
                  </Button>
                  <Button
                    size="sm"
                    variant="link"
                    busy={busy === `eml-${s.id}`}
                    onClick={() => void emailDraft(s)}
                    data-testid="history-eml"
                  >
                    {t('reports.history.emailDraft')}
                  </Button>
                  {smtpReady ? (
                    <Button
                      size="sm"
                      variant="link"
                      busy={busy === `queue-${s.id}`}
                      onClick={() => void queue(s)}
                    >
                      {t('reports.history.queue')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  const waiting = (outbox ?? []).filter((o) => o.state !== 'sent');
  return (
    <section className="panel report-history-panel" aria-labelledby="report-history-title">
      <div className="panel-title">
        <h2 id="report-history-title">{t('reports.history.title')}</h2>
      </div>
      <div className="toolbar">
        <Field
          label={t('reports.history.to')}
          hint={centreEmail ? `${t('reports.history.toHint')} (${centreEmail})` : t('reports.history.toHint')}
        >
          {(c) => (
            <TextInput
              {...c}
              type="email"
              value={to}
              placeholder={centreEmail}
              onChange={(e) => setTo(e.target.value)}
            />
          )}
        </Field>
      </div>
      {!smtpReady ? <p className="muted small">{t('reports.history.noSmtp')}</p> : null}
      <div className="toolbar">
        <FilePickButton
          label={t('reports.ack.import')}
          accept=".xlsx,.eml,message/rfc822"
          multiple
          size="sm"
          disabled={busy === 'receipts'}
          testId="receipts-file"
          onFiles={(f) => void importReceipts(f)}
        />
      </div>
      {refusals.length > 0 ? (
        <ul className="error-list" role="alert" data-testid="receipts-refused">
          {refusals.map((r, i) => (
            <li key={`${r.fileName}-${i}`}>
              {t('reports.ack.refused', { file: r.fileName, reason: r.reason ?? '' })}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorBanner error={action.error} />
      {body}
      {waiting.length ? (
        <>
          <h3>{t('reports.history.outbox')}</h3>
          <ul className="report-outbox">
            {waiting.map((o) => (
              <li key={o.id}>
                {o.subject} → {o.to}: {t(`reports.history.outboxState.${o.state}`)},{' '}
                {t('reports.history.attempts', { count: o.attempts })}
                {o.lastError ? <span className="muted"> ({o.lastError})</span> : null}{' '}
                {o.state === 'failed' || o.state === 'queued' ? (
                  <Button
                    size="sm"
                    variant="link"
                    busy={busy === `retry-${o.id}`}
                    onClick={() =>
                      void run(`retry-${o.id}`, async () => void (await write('outbox.retry', { id: o.id })))
                    }
                  >
                    {t('reports.history.retry')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Whether the centre's signed receipt for the file came back, and when the centre received it. */
function Acknowledgement({ s }: { s: Submission }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const a = s.acknowledgement;
  if (!a)
    return (
      <div className="muted small" data-testid="history-ack" data-ack="none">
        {t('reports.ack.none')}
      </div>
    );
  const date = fmt.dateTime(a.receivedAt).slice(0, 10);
  return (
    <div className="small" data-testid="history-ack" data-ack={a.state} title={a.reason}>
      <strong className={a.state === 'confirmed' ? 'ack-confirmed' : 'ack-unconfirmed'}>
        {a.state === 'confirmed'
          ? t('reports.ack.confirmed', { date })
          : t('reports.ack.unconfirmed', { date })}
      </strong>
      <div className="muted">
        {a.state === 'confirmed' ? t('reports.ack.confirmedBy', { centre: a.centre }) : a.reason}
      </div>
    </div>
  );
}
