// "Kiểm tra dữ liệu": records that break a rule added after they were written (duplicate codes, meeting
// numbers used twice in a year, tasks whose state, progress and dates disagree), each with the fix the
// app proposes, applied only when the person confirms it; and SQLite's integrity and foreign-key
// checks (db.check), with the result in words.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult, DataProblem } from '../../../shared/api/types';
import { api } from '../../api/client';
import { Button, ConfirmDialog, ErrorBanner, Loading } from '../../components';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { showStatus } from '../../stores/status';
import { applyFix, recordHref } from './dataFixes';

function ProblemList({ onFixed }: { onFixed(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problems = useApiQuery('dataProblems.list', {});
  const [confirming, setConfirming] = useState<DataProblem | null>(null);
  const fix = useAction();

  const confirm = (p: DataProblem) =>
    fix.run(async () => {
      if (!p.fix) return;
      await applyFix(p.fix);
      setConfirming(null);
      showStatus(t('settings.problems.fixed', { label: p.label }));
      onFixed();
    });

  if (problems.error) return <ErrorBanner error={problems.error} onRetry={problems.retry} />;
  if (!problems.data) return <Loading />;
  const { problems: list, pendingConstraints } = problems.data;
  return (
    <div data-testid="data-problems" aria-busy={problems.loading}>
      {list.length === 0 ? (
        <p className="check-ok">{t('settings.problems.none')}</p>
      ) : (
        <>
          <p className="strong">{t('settings.problems.count', { count: list.length })}</p>
          <ul className="problem-list">
            {list.map((p) => (
              <li key={p.key} className="problem" data-testid="data-problem" data-entity-id={p.entityId}>
                <p className="problem-label">{p.label}</p>
                <p className="problem-message">{p.message}</p>
                {p.foundAt ? (
                  <p className="muted problem-found">
                    {t('settings.problems.foundAt', { date: fmt.date(p.foundAt.slice(0, 10)) })}
                  </p>
                ) : null}
                <div className="problem-actions">
                  {p.fix && p.fixText ? (
                    <Button
                      size="sm"
                      variant="primary"
                      onClick={() => setConfirming(p)}
                      data-testid="problem-fix"
                    >
                      {p.fixText}
                    </Button>
                  ) : (
                    <span className="muted">{t('settings.problems.decide')}</span>
                  )}
                  <a className="btn btn-sm btn-link" href={recordHref(p)}>
                    {t('settings.problems.open')}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {pendingConstraints.length > 0 ? (
        <p className="muted problem-pending">
          {t('settings.problems.pending', { rules: pendingConstraints.join('; ') })}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('settings.problems.confirmTitle')}
          confirmLabel={confirming.fixText ?? t('app.save')}
          busy={fix.busy}
          error={fix.error}
          testId="problem-confirm"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void confirm(confirming)}
        >
          <p>
            <strong>{confirming.label}</strong>
          </p>
          <p>{confirming.message}</p>
          <p>{t('settings.problems.confirmText', { fix: confirming.fixText })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export function DataCheckPanel() {
  const { t } = useTranslation();
  const [result, setResult] = useState<CheckResult | null>(null);
  // Each run of the check lists the problems afresh as well.
  const [round, setRound] = useState(0);
  const check = useAction();
  const { busy, error } = check;
  // The dashboard's banner links here (#/settings?section=data-check): bring the panel into view.
  const section = useRoute((s) => s.params.section);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (section !== 'data-check') return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [section]);

  const run = () =>
    check.run(async () => {
      setResult(null);
      setRound((r) => r + 1);
      setResult(await api.call('db.check', {}));
    });

  return (
    <section
      className="panel"
      aria-labelledby="settings-check-title"
      data-testid="settings-check"
      id="data-check"
    >
      <div className="panel-title">
        <h2 id="settings-check-title" ref={heading} tabIndex={-1}>
          {t('settings.check.title')}
        </h2>
        <Button size="sm" busy={busy} onClick={() => void run()} data-testid="run-check">
          {busy ? t('settings.check.running') : t('settings.check.run')}
        </Button>
      </div>
      <h3 className="panel-subtitle">{t('settings.problems.title')}</h3>
      <p className="muted panel-intro">{t('settings.problems.intro')}</p>
      <ProblemList key={round} onFixed={() => setResult(null)} />
      <h3 className="panel-subtitle">{t('settings.check.fileTitle')}</h3>
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
