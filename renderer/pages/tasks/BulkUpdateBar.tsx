import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import type { BulkFieldChange, BulkPreview } from '../../../shared/api/types';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { proposeForState } from '../../../shared/rules/taskConsistency';
import { api } from '../../api/client';
import { writeChange } from '../../api/writes';
import {
  Button,
  DateField,
  ErrorBanner,
  Field,
  Modal,
  NumberInput,
  Select,
  readNumberText,
  agencyOptions,
} from '../../components';
import { useFormat } from '../../i18n/format';
import { useReferenceData } from '../../hooks/useReferenceData';
import { offerUndo } from '../../stores/changes';

type BulkPatch = Input<'tasks.bulkUpdate'>['patch'];

interface BulkValues {
  state: TaskState | '';
  progress: string;
  /** The completion date to set (shown for "Hoàn thành"). */
  completedOn: string | null;
  /** Clear the completion date (offered for any other state). */
  clearCompleted: boolean;
  leadAgencyId: string;
  pillarId: string;
  dueDate: string | null;
}

const EMPTY: BulkValues = {
  state: '',
  progress: '',
  completedOn: null,
  clearCompleted: false,
  leadAgencyId: '',
  pillarId: '',
  dueDate: null,
};

/** Only what the officer set goes into the patch, exactly as shown in the bar. */
function readBulkPatch(
  v: BulkValues,
): { ok: true; patch: BulkPatch } | { ok: false; problem: 'nothing' | 'progress' } {
  const patch: BulkPatch = {};
  if (v.state) patch.state = v.state;
  if (v.progress.trim()) {
    const n = readNumberText(v.progress);
    if (!n.ok || n.value === null || !Number.isInteger(n.value) || n.value < 0 || n.value > 100) {
      return { ok: false, problem: 'progress' };
    }
    patch.progress = n.value;
  }
  if (v.state === 'hoan_thanh' && v.completedOn) patch.completedOn = v.completedOn;
  else if (v.state && v.state !== 'hoan_thanh' && v.clearCompleted) patch.completedOn = null;
  if (v.leadAgencyId) patch.leadAgencyId = v.leadAgencyId;
  if (v.pillarId) patch.pillarId = v.pillarId;
  if (v.dueDate) patch.dueDate = v.dueDate;
  return Object.keys(patch).length > 0 ? { ok: true, patch } : { ok: false, problem: 'nothing' };
}

export interface BulkUpdateBarProps {
  ids: readonly string[];
  today: string | null;
  onClear(): void;
  onDone(): void;
}

/**
 * Changes many selected tasks at once (after a meeting: "all tasks of Sở Y tế move to 31/12"). Only the
 * fields the officer sets are sent. While they are set, the backend previews the patch (tasks.bulkPreview,
 * the same consistency rules the update applies): a patch that would make a task inconsistent is shown
 * next to its field before anything is sent, and the confirmation lists exactly what will change, with
 * how many of the selected tasks each field changes.
 */
export function BulkUpdateBar({ ids, today, onClear, onDone }: BulkUpdateBarProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const agencies = useReferenceData((s) => s.agencies);
  const pillars = useReferenceData((s) => s.pillars);
  const [values, setValues] = useState<BulkValues>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [preview, setPreview] = useState<BulkPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<BulkValues>) => {
    setValues((v) => ({ ...v, ...change }));
    setProblem(null);
  };

  const read = readBulkPatch(values);
  const patch = read.ok ? read.patch : null;
  const patchKey = JSON.stringify(patch);
  const idsKey = ids.join(',');

  // The preview follows the bar as it is edited; a stale answer is dropped.
  useEffect(() => {
    setPreview(null);
    if (!patch || ids.length === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      api.call('tasks.bulkPreview', { ids: [...ids], patch }).then(
        (p) => current && setPreview(p),
        (e: unknown) => current && setFailure(e),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for patch and ids
  }, [patchKey, idsKey]);

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
  const problemId = (control: string) =>
    problems.some((p) => p.control === control) ? `bulk-problem-${control}` : null;
  const invalid = (control: string, describedBy?: string) => {
    const id = problemId(control);
    return id
      ? { 'aria-invalid': true as const, 'aria-describedby': [describedBy, id].filter(Boolean).join(' ') }
      : {};
  };
  const labelOf = (control: string) =>
    control === 'completedOn' && values.state !== 'hoan_thanh'
      ? t('tasks.bulk.clearCompleted')
      : t(`tasks.fields.${control}`);

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
      setValues(EMPTY);
      onDone();
    } catch (e) {
      setFailure(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (list: readonly { id: string; name: string; shortName?: string | null }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? found.shortName || found.name : id;
  };
  const valueText = (c: BulkFieldChange): string => {
    if (c.value === null) return t('tasks.bulk.cleared');
    switch (c.field) {
      case 'state':
        return t(`taskState.${String(c.value)}`);
      case 'progress':
        return `${fmt.number(Number(c.value))}%`;
      case 'leadAgencyId':
        return nameOf(agencies, String(c.value));
      case 'pillarId':
        return nameOf(pillars, String(c.value));
      default:
        return fmt.date(String(c.value));
    }
  };
  const changing = preview?.fields.filter((c) => c.changes > 0) ?? [];
  const ready = preview !== null && preview.problems.length === 0;

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
            placeholder={t('tasks.bulk.keep')}
            options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
          />
        )}
      </Field>
      <Field label={t('tasks.fields.progress')} className="bulk-progress">
        {(c) => (
          <NumberInput
            {...c}
            {...invalid('progress', c['aria-describedby'])}
            data-testid="bulk-progress"
            suffix="%"
            value={values.progress}
            onChange={(progress) => set({ progress })}
            placeholder={t('tasks.bulk.keepShort')}
          />
        )}
      </Field>
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
            placeholder={t('tasks.bulk.keep')}
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
            placeholder={t('tasks.bulk.keep')}
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
            {[...new Set(problems.map((p) => p.control))].map((control) => (
              <li key={control} id={problemId(control) ?? undefined}>
                <strong>{labelOf(control)}:</strong>{' '}
                {problems
                  .filter((p) => p.control === control)
                  .map((p) => p.message)
                  .join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? <ErrorBanner error={failure} /> : null}
      <Modal
        open={confirming}
        title={t('tasks.bulk.confirmTitle', { count: preview?.changedTasks ?? 0 })}
        onClose={() => setConfirming(false)}
        size="sm"
        testId="bulk-confirm"
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
            <Button
              variant="primary"
              busy={busy}
              disabled={changing.length === 0}
              onClick={() => void apply()}
              data-testid="bulk-confirm-apply"
            >
              {t('tasks.bulk.apply')}
            </Button>
          </>
        }
      >
        {changing.length === 0 ? (
          <p>{t('tasks.bulk.nothingChanges', { count: ids.length })}</p>
        ) : (
          <>
            <p>{t('tasks.bulk.confirmText')}</p>
            <ul className="bulk-summary" data-testid="bulk-summary">
              {changing.map((c) => (
                <li key={c.field}>
                  {t(`tasks.fields.${c.field}`)}: <strong>{valueText(c)}</strong>{' '}
                  <span className="muted">
                    {t('tasks.bulk.changes', { count: c.changes, selected: preview?.selected ?? ids.length })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Modal>
    </section>
  );
}
