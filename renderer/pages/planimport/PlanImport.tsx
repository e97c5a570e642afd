// Importing a plan from a spreadsheet, in Kế hoạch (a dialog) and on the first-run screen: choose or drop
// the file, see what the reader found (columns, groups and pillars, unknown agencies) and correct it, read
// the dry run's summary with every refused row, then apply: one change set, which "Hoàn tác" takes back.
import './strings';
import '../sheets/sheets.css';
import './planImport.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanImportDryRun, PlanImportResult } from '../../../shared/api/sheetTypes';
import { Button, ErrorBanner, Field, Select, TextInput, planLabel } from '../../components';
import { usePlans } from '../../hooks/useReferenceData';
import { useFormat } from '../../i18n/format';
import { offerUndo, undoWithStatus } from '../../stores/changes';
import { FileDrop } from '../sheets/FileDrop';
import { AgencyNames } from './AgencyNames';
import { ColumnMapping } from './ColumnMapping';
import { GroupList } from './GroupList';
import { ImportSummary } from './ImportSummary';
import { RowPreview } from './RowPreview';
import { usePlanImport, type Choices, type PlanImportState } from './usePlanImport';

export interface PlanImportProps {
  /** The plan the rows go into at first; null: a new plan. */
  initialPlanId: string | null;
  /** Offer the existing plans as targets (not on the first-run screen, where there are none). */
  allowExisting: boolean;
  /** After the apply went through (the lists reload by themselves). */
  onApplied?(result: PlanImportResult): void;
}

export function PlanImport({ initialPlanId, allowExisting, onApplied }: PlanImportProps) {
  const { t } = useTranslation();
  const state = usePlanImport(initialPlanId);
  const [refusedFiles, setRefusedFiles] = useState<string[]>([]);
  const { dryRun, checking, file } = state;
  const busy = checking || state.applying;

  return (
    <div className="plan-import" data-testid="plan-import" aria-busy={busy || undefined}>
      {!file || state.result ? (
        <>
          <p className="sheet-note">{t('planImport.intro')}</p>
          <FileDrop
            accept={['.xlsx', '.csv']}
            label={t('planImport.fileLabel')}
            hint={t('planImport.fileHint')}
            busy={busy}
            testId="plan-import-drop"
            onRefused={setRefusedFiles}
            onFiles={(files) => {
              setRefusedFiles([]);
              if (files[0]) state.choose(files[0]);
            }}
          />
        </>
      ) : (
        <div className="plan-import-file">
          <span>{t('planImport.file', { name: file.fileName })}</span>
          <Button size="sm" onClick={state.reset} disabled={state.applying}>
            {t('planImport.chooseOther')}
          </Button>
        </div>
      )}
      {refusedFiles.map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <p className="sheet-note" role="status" data-testid="plan-import-status">
        {checking ? t(dryRun ? 'planImport.rechecking' : 'planImport.checking') : ''}
      </p>
      <ErrorBanner error={state.error} />
      {state.result ? <Applied result={state.result} onAgain={state.reset} /> : null}
      {dryRun && !state.result ? (
        <>
          <Target dryRun={dryRun} state={state} allowExisting={allowExisting} />
          <ImportSummary dryRun={dryRun} />
          <AgencyNames
            names={dryRun.agencyNames}
            choices={state.choices.agencies}
            disabled={busy}
            onChange={state.update}
          />
          <ColumnMapping dryRun={dryRun} choices={state.choices} disabled={busy} onChange={state.update} />
          <GroupList groups={dryRun.groups} />
          <RowPreview rows={dryRun.rows} />
          <ApplyBar dryRun={dryRun} state={state} onApplied={onApplied} />
        </>
      ) : null}
    </div>
  );
}

/** Which plan receives the rows: an existing one, or the new plan the file's title rows describe. */
function Target({
  dryRun,
  state,
  allowExisting,
}: {
  dryRun: PlanImportDryRun;
  state: PlanImportState;
  allowExisting: boolean;
}) {
  const { t } = useTranslation();
  const plans = usePlans();
  const planId = state.choices.planId;
  return (
    <section className="sheet-section" aria-labelledby="import-target-title">
      <h3 id="import-target-title">{t('planImport.target.title')}</h3>
      <div className="form-grid import-target">
        {allowExisting && plans.length > 0 ? (
          <Field label={t('planImport.target.label')} className="span-2">
            {(c) => (
              <Select
                {...c}
                value={planId ?? ''}
                disabled={state.checking || state.applying}
                placeholder={t('planImport.target.newPlan')}
                options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
                data-testid="import-target"
                onChange={(v) => state.update((ch) => ({ ...ch, planId: v || null }))}
              />
            )}
          </Field>
        ) : null}
        {planId === null ? (
          <NewPlanFields key={dryRun.sha256} plan={dryRun.plan} onChange={state.update} />
        ) : null}
      </div>
    </section>
  );
}

function NewPlanFields({
  plan,
  onChange,
}: {
  plan: PlanImportDryRun['plan'];
  onChange(change: (c: Choices) => Choices): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    code: plan.code,
    title: plan.title,
    yearFrom: String(plan.yearFrom),
    yearTo: String(plan.yearTo),
  });
  const year = (s: string) => (/^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null);
  const yearError = (s: string) => (year(s) === null ? t('planImport.target.yearInvalid') : null);
  const commit = () => {
    const from = year(draft.yearFrom);
    const to = year(draft.yearTo);
    if (from === null || to === null || !draft.code.trim() || !draft.title.trim()) return;
    const same =
      draft.code === plan.code && draft.title === plan.title && from === plan.yearFrom && to === plan.yearTo;
    if (same) return;
    onChange((c) => ({
      ...c,
      newPlan: { code: draft.code.trim(), title: draft.title.trim(), yearFrom: from, yearTo: to },
    }));
  };
  const text = (key: 'code' | 'title') => (
    <Field label={t(`planImport.target.${key === 'title' ? 'name' : 'code'}`)} required>
      {(c) => (
        <TextInput
          {...c}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          onBlur={commit}
        />
      )}
    </Field>
  );
  const yearBox = (key: 'yearFrom' | 'yearTo') => (
    <Field label={t(`planImport.target.${key}`)} error={yearError(draft[key])} required>
      {(c) => (
        <TextInput
          {...c}
          inputMode="numeric"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          onBlur={commit}
        />
      )}
    </Field>
  );
  return (
    <>
      {text('code')}
      <div className="year-pair">
        {yearBox('yearFrom')}
        {yearBox('yearTo')}
      </div>
      <div className="span-2">{text('title')}</div>
    </>
  );
}

function ApplyBar({
  dryRun,
  state,
  onApplied,
}: {
  dryRun: PlanImportDryRun;
  state: PlanImportState;
  onApplied?(result: PlanImportResult): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [skip, setSkip] = useState(false);
  const refused = dryRun.summary.total.refused;
  const goes = dryRun.summary.total.new + dryRun.summary.total.updated;
  const allowed = dryRun.canApply || (skip && goes > 0);
  const apply = async () => {
    const result = await state.apply(skip && refused > 0);
    if (!result) return;
    const s = result.summary.total;
    const message = result.changeSet
      ? t('planImport.apply.done', {
          new: f.number(s.new),
          updated: f.number(s.updated),
          unchanged: f.number(s.unchanged),
        })
      : t('planImport.apply.nothing');
    offerUndo(message, result.changeSet);
    onApplied?.(result);
  };
  return (
    <div className="import-apply">
      {refused > 0 ? (
        <>
          <p className="field-error" data-testid="import-cannot">
            {t('planImport.apply.cannot')}
          </p>
          {goes > 0 ? (
            <label className="check-row">
              <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
              {t('planImport.apply.skipRefused', { count: refused })}
            </label>
          ) : null}
        </>
      ) : null}
      <Button
        variant="primary"
        busy={state.applying}
        disabled={!allowed || state.checking}
        data-testid="import-apply"
        onClick={() => void apply()}
      >
        {state.applying ? t('planImport.apply.busy') : t('planImport.apply.button')}
      </Button>
    </div>
  );
}

function Applied({ result, onAgain }: { result: PlanImportResult; onAgain(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = result.summary.total;
  const set = result.changeSet;
  return (
    <div className="success-banner" role="status" data-testid="import-done">
      <p>
        {set
          ? t('planImport.apply.done', {
              new: f.number(s.new),
              updated: f.number(s.updated),
              unchanged: f.number(s.unchanged),
            })
          : t('planImport.apply.nothing')}
      </p>
      <span className="import-done-actions">
        {set?.undoable ? (
          <Button size="sm" data-testid="import-undo" onClick={() => void undoWithStatus(set.id, onAgain)}>
            {t('changes.undo')}
          </Button>
        ) : null}
        <a className="btn btn-secondary btn-sm" href={`#/tasks?planId=${encodeURIComponent(result.planId)}`}>
          {t('planImport.apply.openPlan')}
        </a>
      </span>
    </div>
  );
}
