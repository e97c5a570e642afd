// The welcome screen of an empty data file (app.info says isEmpty): create the demo province
// (app.createDemo), start empty with the programme's pillars seeded (app.startEmpty), or import the
// province's plan from its Excel annex (PlanImport), then open the app. Each replaces what every view
// shows, so the write invalidates every read (api/writes).
import './strings';
import './firstrun.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/types';
import { invalidateEverything, write } from '../../api/writes';
import { Button, ErrorBanner } from '../../components';
import { PlanImport } from '../planimport/PlanImport';
import '../planimport/strings';

type Choice = 'demo' | 'empty';

interface Props {
  info: AppInfo;
  /** Called once the data is in place and the shared lists loaded again. */
  onDone?(): void;
}

export function FirstRun({ info, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);

  async function start(choice: Choice) {
    setBusy(choice);
    setError(null);
    try {
      if (choice === 'demo') await write('app.createDemo', {});
      else await write('app.startEmpty', {});
      window.location.hash = '#/dashboard';
      await invalidateEverything(); // the app shell shows the pages once app.info no longer says empty
      onDone?.();
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  }

  const card = (choice: Choice) => (
    <button
      type="button"
      className={`firstrun-choice choice-${choice}`}
      disabled={busy !== null}
      aria-busy={busy === choice || undefined}
      aria-describedby={`firstrun-${choice}-text`}
      data-testid={`firstrun-${choice}`}
      onClick={() => void start(choice)}
    >
      <span className="firstrun-choice-title">{t(`firstrun.${choice}.title`)}</span>
      <span id={`firstrun-${choice}-text`} className="firstrun-choice-text">
        {t(`firstrun.${choice}.text`)}
      </span>
    </button>
  );

  if (importing)
    return (
      <main className="firstrun" data-testid="firstrun">
        <div className="firstrun-card firstrun-import">
          <p className="firstrun-brand">{t('app.tagline')}</p>
          <h1>{t('planImport.firstrun.title')}</h1>
          <PlanImport
            initialPlanId={null}
            allowExisting={false}
            onApplied={(result) => {
              // The file is no longer empty: the app opens on the imported plan's tasks.
              window.location.hash = `#/tasks?planId=${encodeURIComponent(result.planId)}`;
              void invalidateEverything().then(() => onDone?.());
            }}
          />
          <Button variant="link" onClick={() => setImporting(false)}>
            {t('planImport.firstrun.back')}
          </Button>
        </div>
      </main>
    );

  return (
    <main className="firstrun" data-testid="firstrun">
      <div className="firstrun-card">
        <p className="firstrun-brand">{t('app.tagline')}</p>
        <h1>{t('firstrun.title')}</h1>
        <p className="firstrun-intro">{t('firstrun.intro')}</p>
        <ErrorBanner error={error} title={t('firstrun.failed')} />
        <div className="firstrun-choices" role="group" aria-label={t('firstrun.choices')}>
          {card('demo')}
          {card('empty')}
          <button
            type="button"
            className="firstrun-choice choice-import"
            disabled={busy !== null}
            aria-describedby="firstrun-import-text"
            data-testid="firstrun-import"
            onClick={() => setImporting(true)}
          >
            <span className="firstrun-choice-title">{t('planImport.firstrun.title')}</span>
            <span id="firstrun-import-text" className="firstrun-choice-text">
              {t('planImport.firstrun.text')}
            </span>
          </button>
        </div>
        <p className="firstrun-status" role="status">
          {busy ? t(`firstrun.${busy}.busy`) : ''}
        </p>
        <p className="firstrun-file">{t('firstrun.dbFile', { file: info.dbFile })}</p>
      </div>
    </main>
  );
}
