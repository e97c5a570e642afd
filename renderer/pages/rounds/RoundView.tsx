// One round: what it asks (period, deadline), the line "12/40 cơ quan đã gửi số liệu…", the forms out
// (all at once as a .zip, or one agency's), mail drafts and the outbox (forms, then reminders to those who
// have not answered), the status of every agency, the returned forms coming in, and the imports so far.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundDetail, RoundMailResult } from '../../../shared/api/sheetTypes';
import { write } from '../../api/writes';
import { Button, ConfirmDialog, ErrorBanner, Loading } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { downloadFile } from '../reports/files';
import { AgencyStatusTable } from './AgencyStatusTable';
import { ImportHistory } from './ImportHistory';
import { ReturnedForms } from './ReturnedForms';
import { periodLabel } from '../../i18n/periodLabel';

type MailKind = 'forms' | 'reminders';

export function RoundView({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApiQuery('rounds.get', { id });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [mail, setMail] = useState<RoundMailResult | null>(null);
  const [archiving, setArchiving] = useState(false);
  const action = useAction();
  const round = query.data;

  if (query.error) return <ErrorBanner error={query.error} onRetry={query.retry} />;
  if (!round) return <Loading />;

  const chosen = selected.size > 0 ? [...selected] : undefined;
  const input = { roundId: round.id, ...(chosen ? { agencyIds: chosen } : {}) };

  const forms = (agencyIds?: string[], key = 'forms') =>
    action.run(async () => {
      showStatus(t('rounds.view.formsBusy'), 'info');
      const file = await write('rounds.forms', { roundId: round.id, ...(agencyIds ? { agencyIds } : {}) });
      downloadFile(file);
      showStatus(t('rounds.view.formsDone', { file: file.fileName }));
    }, key);
  const drafts = (kind: MailKind) =>
    action.run(async () => {
      const result = await write('rounds.emailDrafts', { ...input, kind });
      if (result.file) downloadFile(result.file);
      setMail(result);
      showStatus(t('rounds.view.mailDone', { sent: result.sent.length }));
    }, `drafts-${kind}`);
  const queue = (kind: MailKind) =>
    action.run(async () => {
      const result = await write('rounds.queueEmails', { ...input, kind });
      setMail(result);
      showStatus(t('rounds.view.queued', { sent: result.sent.length }));
    }, `queue-${kind}`);
  const markSent = () =>
    action.run(async () => {
      if (!chosen) return;
      await write('rounds.markSent', { roundId: round.id, agencyIds: chosen });
      showStatus(t('rounds.view.markSentDone', { count: chosen.length }));
    }, 'mark');
  const archive = () =>
    action.run(async () => {
      await write('rounds.archive', { id: round.id });
      showStatus(t('rounds.view.archived', { period: periodLabel(round.period) }));
      onBack();
    }, 'archive');

  const busy = (key: string) => action.running === key;
  return (
    <div className="round-view" data-testid="round-view">
      <div className="round-head">
        <div>
          <Button variant="link" onClick={onBack}>
            {t('rounds.back')}
          </Button>
          <h2>{t('rounds.view.heading', { period: periodLabel(round.period) })}</h2>
          <p className="round-facts">
            <span>{t('rounds.view.due', { date: f.date(round.dueDate) })}</span>
            <strong data-testid="round-line">{round.line}</strong>
          </p>
          <StatusCounts round={round} />
        </div>
        {!round.archivedAt ? (
          <Button variant="ghost" onClick={() => setArchiving(true)}>
            {t('rounds.view.archive')}
          </Button>
        ) : null}
      </div>

      <div className="round-actions" role="group" aria-label={t('rounds.agencies.actions')}>
        {chosen ? (
          <p className="round-selected">
            {t('rounds.view.selected', { count: chosen.length })}{' '}
            <Button size="sm" variant="link" onClick={() => setSelected(new Set())}>
              {t('rounds.view.clearSelection')}
            </Button>
          </p>
        ) : null}
        <Button
          variant="primary"
          busy={busy('forms')}
          disabled={action.busy}
          onClick={() => void forms(chosen)}
          data-testid="round-forms"
        >
          {busy('forms') ? t('rounds.view.formsBusy') : t('rounds.view.forms')}
        </Button>
        <Button busy={busy('drafts-forms')} disabled={action.busy} onClick={() => void drafts('forms')}>
          {t('rounds.view.drafts')}
        </Button>
        <Button busy={busy('queue-forms')} disabled={action.busy} onClick={() => void queue('forms')}>
          {t('rounds.view.queue')}
        </Button>
        <Button
          busy={busy('drafts-reminders')}
          disabled={action.busy}
          onClick={() => void drafts('reminders')}
          data-testid="round-reminders"
        >
          {t('rounds.view.reminders')}
        </Button>
        <Button busy={busy('queue-reminders')} disabled={action.busy} onClick={() => void queue('reminders')}>
          {t('rounds.view.queueReminders')}
        </Button>
        {chosen ? (
          <Button busy={busy('mark')} disabled={action.busy} onClick={() => void markSent()}>
            {t('rounds.view.markSent')}
          </Button>
        ) : null}
      </div>
      <ErrorBanner error={action.error} />
      {mail ? <MailResult result={mail} /> : null}

      <AgencyStatusTable
        round={round}
        selected={selected}
        onSelect={setSelected}
        busyKey={action.running}
        onForm={(agencyId) => void forms([agencyId], `form-${agencyId}`)}
      />
      <ReturnedForms roundId={round.id} />
      <ImportHistory round={round} />

      {archiving ? (
        <ConfirmDialog
          title={t('rounds.view.archiveTitle')}
          confirmLabel={t('rounds.view.archive')}
          busy={busy('archive')}
          error={action.error}
          onCancel={() => setArchiving(false)}
          onConfirm={() => void archive()}
        >
          <p>{t('rounds.view.archiveText', { period: periodLabel(round.period) })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function StatusCounts({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const order = ['da_nhan', 'da_gui', 'chua_gui', 'qua_han'] as const;
  return (
    <ul className="round-counts" data-testid="round-counts">
      {order.map((s) => (
        <li key={s}>
          <span className={`badge round-${s}`}>{t(`rounds.status.${s}`)}</span> {f.number(round.counts[s])}
        </li>
      ))}
    </ul>
  );
}

function MailResult({ result }: { result: RoundMailResult }) {
  const { t } = useTranslation();
  return (
    <div className="panel round-mail" role="status" data-testid="round-mail">
      <p>
        {result.file
          ? t('rounds.view.mailDone', { sent: result.sent.length })
          : t('rounds.view.queued', { sent: result.sent.length })}
      </p>
      {result.skipped.length > 0 ? (
        <>
          <p>{t('rounds.view.skipped', { count: result.skipped.length })}</p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.agencyId}>{t('rounds.view.skippedItem', { name: s.name, reason: s.reason })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
