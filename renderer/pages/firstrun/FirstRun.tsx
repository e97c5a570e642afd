// The welcome screen of an empty data file (app.info says isEmpty): create the demo province
// (app.createDemo) or start empty with the programme's pillars seeded (app.startEmpty), then open the
// dashboard. Both replace what every view shows, so the write invalidates every read (api/writes).
import './strings';
import './firstrun.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/types';
import { invalidateEverything, write } from '../../api/writes';
import { ErrorBanner } from '../../components';

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
        </div>
        <p className="firstrun-status" role="status">
          {busy ? t(`firstrun.${busy}.busy`) : ''}
        </p>
        <p className="firstrun-file">{t('firstrun.dbFile', { file: info.dbFile })}</p>
      </div>
    </main>
  );
}
