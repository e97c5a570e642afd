import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { proposeForState } from '../../../shared/rules/taskConsistency';
import { writeChange } from '../../api/writes';
import { Button, DateField, ErrorBanner, Field, NumberInput, Select, agencyOptions } from '../../components';
import { useAgencies, usePillars } from '../../hooks/useReferenceData';
import { offerUndo } from '../../stores/changes';
import { BulkConfirm } from './bulk/BulkConfirm';
import { EMPTY_BULK, readBulkPatch, type BulkValues } from './bulk/bulkPatch';
import { useBulkPreview } from './bulk/useBulkPreview';

export interface BulkUpdateBarProps {
  ids: readonly string[];
  today: string | null;
  onClear(): void;
  onDone(): void;
}

/**
 * Changes many selected tasks at once (after a meeting: "all tasks of Sở Y tế move to 31/12"). Only the
 * fields the officer sets are sent (the bar's values live in react-hook-form). While they are set, the
 * backend previews the patch (useBulkPreview: tasks.bulkPreview, the same consistency rules the update
 * applies): a patch that would make a task inconsistent is shown next to its field before anything is
 * sent, and the confirmation (BulkConfirm) lists exactly what will change.
 */
export function BulkUpdateBar({ ids, today, onClear, onDone }: BulkUpdateBarProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const pillars = usePillars();
  const { control, setValue, reset } = useForm<BulkValues>({ defaultValues: EMPTY_BULK });
  const values = useWatch({ control }) as BulkValues;
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<BulkValues>) => {
    for (const [k, v] of Object.entries(change))
      setValue(k as keyof BulkValues, v as never, { shouldDirty: true });
    setProblem(null);
  };

  const read = readBulkPatch(values);
  const patch = read.ok ? read.patch : null;
  const { preview, error: previewError } = useBulkPreview(ids, patch);

  // Picking a state fills in what keeps the tasks consistent, visibly and editable: "Hoàn thành" 100% and
  // today, "Chưa thực hiện" 0%, any other state clears the completion date (a box the officer can untick).
  const pickState = (state: TaskState | '') => {
    if (!state) return set({ state, clearCompleted: false });
    const proposed = proposeForState(state, { progress: null, completedOn: null }, today ?? '9999-12-31');
    set({
      state,
      progress: proposed.progress !== undefined ? String(proposed.progress) : values.progress,
      completedOn: state === 'hoan_thanh' ? (values.completedOn ?? today) : null,
      clearCompleted: state !== 'hoan_thanh',
    });
  };

  // A refusal is listed under the bar, full width, and tied to its control (marked invalid, described by
  // the message), so a screen reader reads it on the field. The lead agency answers for "also supporting".
  const controlOf = (field: string) => (field === 'supportingAgencyIds' ? 'leadAgencyId' : field);
  const problems = (preview?.problems ?? []).map((p) => ({ ...p, control: controlOf(p.field) }));
  const problemId = (name: string) =>
    problems.some((p) => p.control === name) ? `bulk-problem-${name}` : null;
  const invalid = (name: string, describedBy?: string) => {
    const id = problemId(name);
    return id
      ? { 'aria-invalid': true as const, 'aria-describedby': [describedBy, id].filter(Boolean).join(' ') }
      : {};
  };
  const labelOf = (name: string) =>
    name === 'completedOn' && values.state !== 'hoan_thanh'
      ? t('tasks.bulk.clearCompleted')
      : t(`tasks.fields.${name}`);

  const review = () => {
    if (!read.ok) {
      setProblem(t(read.problem === 'progress' ? 'input.integerInvalid' : 'tasks.bulk.nothing'));
      return;
    }
    if (preview && preview.problems.length === 0) setConfirming(true);
  };

  const apply = async () => {
    if (!patch) return;
    setBusy(true);
    try {
      const { value: result, changeSet } = await writeChange('tasks.bulkUpdate', { ids: [...ids], patch });
      offerUndo(t('tasks.bulk.done', { count: result.updated }), changeSet, onDone);
      setConfirming(false);
      reset(EMPTY_BULK);
      onDone();
    } catch (e) {
      setFailure(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  const ready = preview !== null && preview.problems.length === 0;
  const keep = t('tasks.bulk.keep');

  return (
    <section className="bulk-bar no-print" aria-label={t('tasks.bulk.label')} data-testid="bulk-bar">
      <p className="bulk-count" aria-live="polite">
        <strong>{t('tasks.bulk.selected', { count: ids.length })}</strong>
      </p>
      <Field label={t('tasks.fields.state')}>
        {(c) => (
          <Select
            {...c}
            data-testid="bulk-state"
            value={values.state}
            onChange={(v) => pickState(v as TaskState | '')}
            placeholder={keep}
            options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
          />
        )}
      </Field>
      <Controller
        control={control}
        name="progress"
        render={({ field }) => (
          <Field label={t('tasks.fields.progress')} className="bulk-progress">
            {(c) => (
              <NumberInput
                {...c}
                {...invalid('progress', c['aria-describedby'])}
                data-testid="bulk-progress"
                suffix="%"
                value={field.value}
                onChange={(progress) => set({ progress })}
                placeholder={t('tasks.bulk.keepShort')}
              />
            )}
          </Field>
        )}
      />
      {values.state === 'hoan_thanh' ? (
        <DateField
          label={t('tasks.fields.completedOn')}
          value={values.completedOn}
          onChange={(completedOn) => set({ completedOn })}
          problemId={problemId('completedOn')}
          inputClassName="input-date-compact"
          testId="bulk-completed-on"
        />
      ) : values.state ? (
        <div className="field bulk-clear">
          <label className="check-row">
            <input
              type="checkbox"
              {...invalid('completedOn')}
              data-testid="bulk-clear-completed"
              checked={values.clearCompleted}
              onChange={(e) => set({ clearCompleted: e.target.checked })}
            />
            {t('tasks.bulk.clearCompleted')}
          </label>
        </div>
      ) : null}
      <Field label={t('tasks.fields.leadAgencyId')}>
        {(c) => (
          <Select
            {...c}
            {...invalid('leadAgencyId', c['aria-describedby'])}
            value={values.leadAgencyId}
            onChange={(leadAgencyId) => set({ leadAgencyId })}
            placeholder={keep}
            options={agencyOptions(agencies)}
          />
        )}
      </Field>
      <Field label={t('tasks.fields.pillarId')}>
        {(c) => (
          <Select
            {...c}
            data-testid="bulk-pillar"
            value={values.pillarId}
            onChange={(pillarId) => set({ pillarId })}
            placeholder={keep}
            options={pillars.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
      </Field>
      <DateField
        label={t('tasks.fields.dueDate')}
        value={values.dueDate}
        onChange={(dueDate) => set({ dueDate })}
        problemId={problemId('dueDate')}
        inputClassName="input-date-compact"
      />
      <div className="bulk-actions">
        <Button
          variant="primary"
          data-testid="bulk-apply"
          onClick={review}
          disabled={read.ok && !ready}
          aria-describedby={preview && !ready ? 'bulk-refusal' : undefined}
        >
          {t('tasks.bulk.apply')}
        </Button>
        <Button variant="link" onClick={onClear}>
          {t('tasks.bulk.clear')}
        </Button>
      </div>
      {problem ? (
        <p className="field-error bulk-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="bulk-problem" role="alert" data-testid="bulk-refusal">
          <p id="bulk-refusal" className="field-error">
            {t('tasks.bulk.refused')}
          </p>
          <ul className="bulk-problems">
            {[...new Set(problems.map((p) => p.control))].map((name) => (
              <li key={name} id={problemId(name) ?? undefined}>
                <strong>{labelOf(name)}:</strong>{' '}
                {problems
                  .filter((p) => p.control === name)
                  .map((p) => p.message)
                  .join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {(failure ?? previewError) ? <ErrorBanner error={failure ?? previewError} /> : null}
      {confirming ? (
        <BulkConfirm
          preview={preview}
          selected={ids.length}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onApply={() => void apply()}
        />
      ) : null}
    </section>
  );
}
