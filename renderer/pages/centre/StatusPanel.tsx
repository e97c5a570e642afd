// The table of a period: each province, received or not, on time or late against the period's deadline
// (editable here), the verdict now, the signer and signing time; per row "Tin cậy người ký này" (after
// comparing the fingerprint), the receipt and the file; and the consolidated workbook of the period.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentreStatus, CentreStatusRow, ReceivedFile } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import {
  Button,
  DateInput,
  ErrorBanner,
  Field,
  Loading,
  Select,
  dateToText,
  readDateText,
} from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { downloadFile } from '../reports/files';
import { periodLabel } from '../../i18n/periodLabel';

export interface StatusPanelProps {
  period: string;
  periods: string[];
  onPeriod(period: string): void;
  onTrust(file: ReceivedFile): void;
  onReceipt(file: ReceivedFile): void;
}

export function StatusPanel(p: StatusPanelProps) {
  const { t } = useTranslation();
  const status = useApiQuery('centre.status', { period: p.period });
  const action = useAction();
  const [sentOnly, setSentOnly] = useState(false);
  const s = status.data;

  const consolidate = () =>
    void action.run(async () => {
      const file = await api.call('centre.consolidate', { period: p.period });
      downloadFile(file);
      showStatus(t('centre.status.consolidated', { file: file.fileName }));
    }, 'consolidate');

  return (
    <section
      className="panel centre-status"
      aria-labelledby="centre-status-title"
      data-testid="centre-status"
    >
      <div className="panel-title">
        <h2 id="centre-status-title">{t('centre.status.title')}</h2>
        <Button
          variant="primary"
          busy={action.running === 'consolidate'}
          disabled={!s || s.counts.received === 0}
          data-testid="centre-consolidate"
          onClick={consolidate}
        >
          {t('centre.status.consolidate')}
        </Button>
      </div>
      <div className="centre-status-controls">
        <Field label={t('centre.status.period')}>
          {(c) => (
            <Select
              {...c}
              value={p.period}
              data-testid="centre-period"
              onChange={p.onPeriod}
              options={p.periods.map((k) => ({ value: k, label: periodLabel(k) }))}
            />
          )}
        </Field>
        {s ? <DeadlineField status={s} /> : null}
      </div>
      <ErrorBanner error={status.error ?? action.error} onRetry={status.error ? status.retry : undefined} />
      {s ? (
        <>
          <p className="centre-counts" data-testid="centre-counts">
            {t('centre.status.counts', s.counts)}
          </p>
          <label className="check-row">
            <input
              type="checkbox"
              checked={sentOnly}
              data-testid="centre-sent-only"
              onChange={(e) => setSentOnly(e.target.checked)}
            />
            {t('centre.status.sentOnly')}
          </label>
          <StatusTable
            rows={sentOnly ? s.rows.filter((r) => r.state !== 'missing') : s.rows}
            onTrust={p.onTrust}
            onReceipt={p.onReceipt}
          />
        </>
      ) : status.error ? null : (
        <Loading />
      )}
    </section>
  );
}

function DeadlineField({ status }: { status: CentreStatus }) {
  const { t } = useTranslation();
  const [text, setText] = useState(dateToText(status.deadline));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(dateToText(status.deadline)), [status.period, status.deadline]);
  const save = async () => {
    const read = readDateText(text);
    if (!read.ok) return setError(t('input.dateInvalid'));
    setError(null);
    try {
      const r = await write('centre.setDeadline', { period: status.period, deadline: read.value });
      showStatus(
        r.deadline
          ? t('centre.status.deadlineSaved', {
              period: periodLabel(status.period),
              deadline: dateToText(r.deadline),
            })
          : t('centre.status.deadlineCleared', { period: periodLabel(status.period) }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="centre-deadline">
      <Field label={t('centre.status.deadline')} hint={t('centre.status.deadlineHint')} error={error}>
        {(c) => <DateInput {...c} value={text} onChange={setText} data-testid="centre-deadline" />}
      </Field>
      <Button onClick={() => void save()} disabled={text === dateToText(status.deadline)}>
        {t('centre.status.saveDeadline')}
      </Button>
    </div>
  );
}

function StatusTable({
  rows,
  onTrust,
  onReceipt,
}: {
  rows: CentreStatusRow[];
  onTrust(f: ReceivedFile): void;
  onReceipt(f: ReceivedFile): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const download = async (f: ReceivedFile) =>
    downloadFile(await api.call('centre.download', { receivedId: f.id }));
  return (
    <div className="table-wrap centre-table-wrap">
      <table className="table centre-table" data-testid="centre-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('centre.status.no')}
            </th>
            <th scope="col">{t('centre.status.province')}</th>
            <th scope="col">{t('centre.status.state')}</th>
            <th scope="col">{t('centre.status.onTime')}</th>
            <th scope="col">{t('centre.status.verdict')}</th>
            <th scope="col">{t('centre.status.signer')}</th>
            <th scope="col">{t('centre.status.signingTime')}</th>
            <th scope="col">{t('centre.status.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const f = r.file;
            return (
              <tr key={r.province} data-state={r.state} data-province={r.province}>
                <td className="num">{i + 1}</td>
                <th scope="row" className="centre-province">
                  {r.province}
                  {!r.expected ? <div className="muted small">{t('centre.status.notExpected')}</div> : null}
                </th>
                <td>
                  <span className={`centre-state state-${r.state}`}>
                    {t(`centre.status.states.${r.state}`)}
                  </span>
                  {f ? (
                    <div className="muted small">
                      {f.documentLabel}
                      {r.versions > 1 ? ` · ${t('centre.status.versions', { count: r.versions })}` : ''}
                    </div>
                  ) : null}
                  {r.newerNotTrusted > 0 ? (
                    <div className="small centre-warn">
                      {t('centre.status.newer', { count: r.newerNotTrusted })}
                    </div>
                  ) : null}
                </td>
                <td>
                  {r.onTime === null ? (
                    t('centre.status.timely.none')
                  ) : (
                    <span className={r.onTime ? 'centre-ontime' : 'centre-late'}>
                      {t(r.onTime ? 'centre.status.timely.yes' : 'centre.status.timely.no')}
                    </span>
                  )}
                  {f ? (
                    <div className="muted small">
                      {t('centre.status.arrived', { at: fmt.dateTime(f.arrivedAt) })}
                    </div>
                  ) : null}
                </td>
                <td className="centre-reason">
                  {f ? (
                    <>
                      <span className={`centre-verdict verdict-${f.verdict}`}>
                        {t(`trust.verdict.${f.verdict}`)}
                      </span>
                      <div className="small">{f.reason}</div>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {f ? (
                    <>
                      {f.signer.commonName}
                      {f.trustedAs ? <div className="muted small">{f.trustedAs}</div> : null}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{f ? fmt.dateTime(f.signingTime) : '—'}</td>
                <td>
                  <div className="centre-actions">
                    {f && f.verdict === 'unconfirmed' ? (
                      <Button
                        size="sm"
                        variant="primary"
                        onClick={() => onTrust(f)}
                        aria-label={`${t('centre.status.trust')}: ${r.province}`}
                      >
                        {t('centre.status.trust')}
                      </Button>
                    ) : null}
                    {f ? (
                      <>
                        <Button
                          size="sm"
                          onClick={() => onReceipt(f)}
                          aria-label={`${t('centre.status.receipt')}: ${r.province}`}
                        >
                          {t('centre.status.receipt')}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => void download(f)}
                          aria-label={`${t('centre.status.download')}: ${r.province}`}
                        >
                          {t('centre.status.download')}
                        </Button>
                      </>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
