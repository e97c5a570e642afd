// "Kiểm tra dữ liệu": SQLite's integrity and foreign-key checks (db.check), with the result in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../shared/api/types';
import { api } from '../../api/client';
import { Button, ErrorBanner } from '../../components';
import { useAction } from '../../hooks/useAction';

export function DataCheckPanel() {
  const { t } = useTranslation();
  const [result, setResult] = useState<CheckResult | null>(null);
  const check = useAction();
  const { busy, error } = check;

  const run = () =>
    check.run(async () => {
      setResult(null);
      setResult(await api.call('db.check', {}));
    });

  return (
    <section className="panel" aria-labelledby="settings-check-title" data-testid="settings-check">
      <div className="panel-title">
        <h2 id="settings-check-title">{t('settings.check.title')}</h2>
        <Button size="sm" busy={busy} onClick={() => void run()} data-testid="run-check">
          {busy ? t('settings.check.running') : t('settings.check.run')}
        </Button>
      </div>
      <p className="muted panel-intro">{t('settings.check.intro')}</p>
      <ErrorBanner error={error} />
      <div role="status" data-testid="check-result">
        {result?.ok ? <p className="check-ok">{t('settings.check.ok')}</p> : null}
        {result && !result.ok ? (
          <div className="check-bad">
            <p className="strong">{t('settings.check.problems', { count: result.problems.length })}</p>
            <ul>
              {result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p>{t('settings.check.advice')}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
