// A signed receipt for a received file (centre.receipt): choose how to sign, then download the receipt
// and its .eml reply draft for the province. The password or PIN is cleared once the call starts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptFiles, ReceivedFile } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { Button, ErrorBanner, Modal } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { downloadFile } from '../reports/files';
import {
  buildSignWith,
  clearSecret,
  initialSignChoice,
  signChoiceProblem,
  SignWithFields,
} from '../signing/SignWithFields';

export function ReceiptDialog({ file, onClose }: { file: ReceivedFile; onClose(): void }) {
  const { t } = useTranslation();
  const identity = useApiQuery('signing.identity.get', {});
  const [choice, setChoice] = useState(() => initialSignChoice(identity.data ? 'identity' : 'p12'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ReceiptFiles | null>(null);

  const make = async () => {
    const problem = signChoiceProblem(choice, t);
    if (problem) return setError(new Error(problem));
    setBusy(true);
    setError(null);
    const signWith = await buildSignWith(choice);
    setChoice(clearSecret); // the secret goes with this call only
    try {
      setResult(await write('centre.receipt', { receivedId: file.id, signWith }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      size="md"
      testId="centre-receipt"
      title={t('centre.receipt.title', { province: file.province })}
      subtitle={`${file.documentLabel} · ${file.fileName}`}
      onClose={onClose}
      onSubmit={result ? undefined : () => void make()}
      footer={
        result ? (
          <>
            <Button onClick={() => downloadFile(result.eml)}>{t('centre.receipt.downloadEml')}</Button>
            <Button variant="primary" onClick={() => downloadFile(result.receipt)}>
              {t('centre.receipt.downloadReceipt')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('app.close')}</Button>
            <Button type="submit" variant="primary" busy={busy}>
              {t('centre.receipt.make')}
            </Button>
          </>
        )
      }
    >
      <ErrorBanner error={error} />
      {result ? (
        <p role="status">{t('centre.receipt.done')}</p>
      ) : (
        <>
          <p className="muted">{t('centre.receipt.intro')}</p>
          <SignWithFields value={choice} onChange={setChoice} identity={identity.data} allowNone={false} />
        </>
      )}
    </Modal>
  );
}
