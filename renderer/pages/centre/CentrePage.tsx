// "Tiếp nhận báo cáo": receive files (ReceivePanel), the table of a period (StatusPanel), the dialogs to
// trust a received file's signer after comparing the fingerprint and to write a receipt, and the files
// refused lately.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedFile, ReceiveOutcome } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import { ErrorBanner, PageHeader } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { showStatus } from '../../stores/status';
import { TrustSignerDialog } from '../trust/TrustSignerDialog';
import { centrePeriods } from './periods';
import { ReceiptDialog } from './ReceiptDialog';
import { ReceivePanel } from './ReceivePanel';
import { RefusalsPanel } from './RefusalsPanel';
import { StatusPanel } from './StatusPanel';

export function CentrePage({ name, provinces, today }: { name: string; provinces: string[]; today: string }) {
  const { t } = useTranslation();
  const files = useApiQuery('centre.files', {});
  const periods = centrePeriods(
    (files.data ?? []).map((f) => f.period),
    today,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? files.data?.find((f) => f.period)?.period ?? periods[0]!;
  const [trusting, setTrusting] = useState<ReceivedFile | null>(null);
  const [receipt, setReceipt] = useState<ReceivedFile | null>(null);
  const [error, setError] = useState<unknown>(null);

  // After a drop, show the period most of the received reports belong to.
  const received = (outcomes: ReceiveOutcome[]) => {
    const count = new Map<string, number>();
    for (const o of outcomes)
      if (o.status !== 'refused' && o.period) count.set(o.period, (count.get(o.period) ?? 0) + 1);
    const top = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (top) setChosen(top);
  };

  const trustOutcome = async (o: ReceiveOutcome) => {
    setError(null);
    try {
      const list = await api.call('centre.files', { period: o.period, province: o.province });
      const file = list.find((f) => f.id === o.receivedId);
      if (file) setTrusting(file);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="centre-page">
      <PageHeader title={t('centre.title')} subtitle={t('centre.subtitle', { name })} />
      <ErrorBanner error={error} />
      <ReceivePanel onReceived={received} onTrust={(o) => void trustOutcome(o)} />
      <StatusPanel
        period={period}
        periods={periods}
        onPeriod={setChosen}
        onTrust={setTrusting}
        onReceipt={setReceipt}
      />
      <RefusalsPanel />
      {trusting ? (
        <TrustSignerDialog
          signer={trusting.signer}
          fingerprint={trusting.fingerprint}
          selfSigned={trusting.signer.subject === trusting.signer.issuer}
          documentTitle={`${trusting.documentLabel} · ${trusting.province}`}
          province={trusting.province}
          provinces={provinces}
          onClose={() => setTrusting(null)}
          onConfirm={async (c) => {
            const entry = await write('centre.trustSigner', {
              receivedId: trusting.id,
              name: c.name,
              province: c.province,
              fingerprint: c.fingerprint,
            });
            showStatus(t('centre.status.trusted', { name: entry.name }));
          }}
        />
      ) : null}
      {receipt ? <ReceiptDialog file={receipt} onClose={() => setReceipt(null)} /> : null}
    </div>
  );
}
