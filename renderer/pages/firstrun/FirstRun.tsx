// The welcome screen of an empty data file (app.info says isEmpty): create the demo province
// (app.createDemo), start empty with the programme's pillars seeded (app.startEmpty), import the
// province's plan from its Excel annex (PlanImport), or make the file a receiving body's (centre.init),
// which opens "Tiếp nhận báo cáo". Each replaces what every view shows, so the write invalidates every
// read (api/writes).
import './strings';
import './firstrun.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/types';
import { invalidateEverything, write } from '../../api/writes';
import { Button, ErrorBanner, Field, TextInput } from '../../components';
import { PlanImport } from '../planimport/PlanImport';
import '../planimport/strings';

type Choice = 'demo' | 'empty' | 'centre';

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
  // Starting empty needs the province's name (the committee's name ends with it), the centre's file its
  // body's name: those cards open a small form first.
  const [asking, setAsking] = useState<{ choice: 'empty' | 'centre'; name: string } | null>(null);

  async function start(choice: Choice) {
    setBusy(choice);
    setError(null);
    try {
      if (choice === 'demo') await write('app.createDemo', {});
      else if (choice === 'centre') await write('centre.init', { name: asking?.name ?? '' });
      else await write('app.startEmpty', { province: asking?.name ?? '' });
      window.location.hash = choice === 'centre' ? '#/receive' : '#/dashboard';
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
      onClick={() =>
        choice === 'demo'
          ? void start(choice)
          : setAsking({ choice, name: choice === 'centre' ? t('firstrun.centre.nameDefault') : '' })
      }
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
        {asking === null ? (
          <div className="firstrun-choices" role="group" aria-label={t('firstrun.choices')}>
            {card('demo')}
            {card('empty')}
            {card('centre')}
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
        ) : (
          <form
            className="firstrun-centre"
            data-testid={`firstrun-${asking.choice}-form`}
            onSubmit={(e) => {
              e.preventDefault();
              void start(asking.choice);
            }}
          >
            <h2>{t(`firstrun.${asking.choice}.title`)}</h2>
            <p className="firstrun-choice-text">{t(`firstrun.${asking.choice}.text`)}</p>
            <Field
              label={t(`firstrun.${asking.choice}.name`)}
              hint={asking.choice === 'empty' ? t('firstrun.empty.nameHint') : undefined}
              required
            >
              {(c) => (
                <TextInput
                  {...c}
                  value={asking.name}
                  autoFocus
                  data-testid={`firstrun-${asking.choice}-name`}
                  onChange={(e) => setAsking({ ...asking, name: e.target.value })}
                />
              )}
            </Field>
            <div className="form-actions">
              <Button onClick={() => setAsking(null)} disabled={busy !== null}>
                {t('firstrun.back')}
              </Button>
              <Button
                type="submit"
                variant="primary"
                busy={busy === asking.choice}
                disabled={!asking.name.trim()}
                data-testid={`firstrun-${asking.choice}-create`}
              >
                {t(`firstrun.${asking.choice}.create`)}
              </Button>
            </div>
          </form>
        )}
        <p className="firstrun-status" role="status">
          {busy ? t(`firstrun.${busy}.busy`) : ''}
        </p>
        <p className="firstrun-file">{t('firstrun.dbFile', { file: info.dbFile })}</p>
      </div>
    </main>
  );
}
