// "Nhận tệp": many files dropped or chosen at once (reports, briefing packs, .eml messages), sent in
// batches to centre.receive; each file's outcome is listed (province, document, period, what happened or
// why it was refused). An unconfirmed signer can be trusted from its row after comparing the fingerprint.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiveOutcome } from '../../../shared/api/types';
import { MAX_RECEIVED_BYTES } from '../../../shared/api/trustSchemas';
import { write } from '../../api/writes';
import { Button, ErrorBanner } from '../../components';
import { FilePickButton } from '../../components/FilePickButton';
import { readFileBase64 } from '../reports/files';
import { batchesOf } from './receiveBatches';
import { periodLabel } from '../../i18n/periodLabel';

export interface ReceivePanelProps {
  /** After a batch: the periods the received files belong to (the status table may move to one). */
  onReceived(outcomes: ReceiveOutcome[]): void;
  /** "Tin cậy người ký này" on an outcome whose signer is not confirmed. */
  onTrust(outcome: ReceiveOutcome): void;
}

export function ReceivePanel({ onReceived, onTrust }: ReceivePanelProps) {
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState<ReceiveOutcome[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [over, setOver] = useState(false);

  const receive = async (files: File[]) => {
    setError(null);
    setOutcomes([]);
    setProgress({ done: 0, total: files.length });
    const all: ReceiveOutcome[] = [];
    try {
      const tooLarge = files.filter((f) => f.size > MAX_RECEIVED_BYTES);
      if (tooLarge.length > 0) throw new Error(t('centre.drop.tooLarge', { name: tooLarge[0]!.name }));
      const read = await Promise.all(
        files.map(async (f) => ({ name: f.name, base64: await readFileBase64(f) })),
      );
      for (const batch of batchesOf(read)) {
        all.push(...(await write('centre.receive', { files: batch })));
        setOutcomes([...all]);
        setProgress({ done: Math.min(files.length, all.length), total: files.length });
      }
      onReceived(all);
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) void receive(files);
  };

  const counts = {
    received: outcomes.filter((o) => o.status === 'received').length,
    duplicate: outcomes.filter((o) => o.status === 'duplicate').length,
    refused: outcomes.filter((o) => o.status === 'refused').length,
  };

  return (
    <section className="panel centre-receive" aria-labelledby="centre-receive-title">
      <div className="panel-title">
        <h2 id="centre-receive-title">{t('centre.drop.title')}</h2>
      </div>
      <div
        className={`centre-dropzone${over ? ' over' : ''}`}
        data-testid="centre-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t('centre.drop.zone')}</p>
        <FilePickButton
          label={t('centre.drop.choose')}
          accept=".xlsx,.docx,.eml,message/rfc822"
          multiple
          variant="primary"
          disabled={progress !== null}
          testId="centre-files"
          onFiles={(f) => void receive(f)}
        />
      </div>
      <p role="status" className="centre-receive-status" data-testid="centre-receive-status">
        {progress
          ? t('centre.drop.receiving', progress)
          : outcomes.length > 0
            ? t('centre.drop.summary', counts)
            : ''}
      </p>
      <ErrorBanner error={error} />
      {outcomes.length > 0 ? (
        <div className="table-wrap">
          <table className="table centre-outcomes" data-testid="centre-outcomes">
            <caption className="visually-hidden">{t('centre.drop.result')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('centre.drop.file')}</th>
                <th scope="col">{t('centre.drop.province')}</th>
                <th scope="col">{t('centre.drop.document')}</th>
                <th scope="col">{t('centre.drop.period')}</th>
                <th scope="col">{t('centre.drop.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o, i) => (
                <tr key={`${o.sha256}-${i}`} data-status={o.status}>
                  <td className="centre-file-name">{o.fileName}</td>
                  <td>{o.province ?? '—'}</td>
                  <td>{o.documentLabel ?? '—'}</td>
                  <td>{o.period ? periodLabel(o.period) : '—'}</td>
                  <td>
                    <span className={`centre-outcome outcome-${o.status}`}>
                      {t(`centre.drop.status.${o.status}`)}
                      {o.status === 'received' && o.version && o.version > 1
                        ? ` (${t('centre.drop.version', { n: o.version })})`
                        : ''}
                      {o.status === 'received' && o.verdict ? ` · ${t(`trust.verdict.${o.verdict}`)}` : ''}
                    </span>
                    {o.reason ? <div className="small">{o.reason}</div> : null}
                    {o.receivedId && o.verdict === 'unconfirmed' ? (
                      <Button size="sm" onClick={() => onTrust(o)}>
                        {t('centre.status.trust')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
