import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { api } from '../../api/client';
import {
  Button,
  DateField,
  ErrorBanner,
  Field,
  Modal,
  NumberInput,
  Select,
  readNumberText,
} from '../../components';
import { useFormat } from '../../i18n/format';
import { useReferenceData } from '../../stores/referenceData';
import { offerUndo } from '../../stores/changes';

type BulkPatch = Input<'tasks.bulkUpdate'>['patch'];

interface BulkValues {
  state: TaskState | '';
  progress: string;
  leadAgencyId: string;
  dueDate: string | null;
  completedOn: string | null;
}

/** Only what the officer set goes into the patch; a completed state brings its completion date. */
function readBulkPatch(
  v: BulkValues,
): { ok: true; patch: BulkPatch } | { ok: false; problem: 'nothing' | 'progress' } {
  const patch: BulkPatch = {};
  if (v.state) patch.state = v.state;
  if (v.state === 'hoan_thanh') patch.completedOn = v.completedOn;
  if (v.progress.trim() && v.state !== 'hoan_thanh') {
    const n = readNumberText(v.progress);
    if (!n.ok || n.value === null || !Number.isInteger(n.value) || n.value < 0 || n.value > 100) {
      return { ok: false, problem: 'progress' };
    }
    patch.progress = n.value;
  }
  if (v.leadAgencyId) patch.leadAgencyId = v.leadAgencyId;
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
 * fields the officer sets are sent; a confirmation lists them before anything is written.
 */
export function BulkUpdateBar({ ids, today, onClear, onDone }: BulkUpdateBarProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const agencies = useReferenceData((s) => s.agencies);
  const [state, setState] = useState<TaskState | ''>('');
  const [progress, setProgress] = useState('');
  const [leadAgencyId, setLeadAgencyId] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [completedOn, setCompletedOn] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const agencyName = (id: string) => {
    const a = agencies.find((x) => x.id === id);
    return a ? a.shortName || a.name : id;
  };

  const read = readBulkPatch({ state, progress, leadAgencyId, dueDate, completedOn: completedOn ?? today });
  const patch = read.ok ? read.patch : null;

  const review = () => {
    setProblem(
      read.ok ? null : t(read.problem === 'progress' ? 'input.integerInvalid' : 'tasks.bulk.nothing'),
    );
    if (read.ok) setConfirming(true);
  };

  const apply = async () => {
    if (!patch) return;
    setBusy(true);
    try {
      const { value: result, changeSet } = await api.callChange('tasks.bulkUpdate', { ids: [...ids], patch });
      offerUndo(t('tasks.bulk.done', { count: result.updated }), changeSet, onDone);
      setConfirming(false);
      setState('');
      setProgress('');
      setLeadAgencyId('');
      setDueDate(null);
      setCompletedOn(null);
      onDone();
    } catch (e) {
      setFailure(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

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
            value={state}
            onChange={(v) => setState(v as TaskState | '')}
            placeholder={t('tasks.bulk.keep')}
            options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
          />
        )}
      </Field>
      {state === 'hoan_thanh' ? (
        <DateField
          label={t('tasks.fields.completedOn')}
          value={completedOn ?? today}
          onChange={setCompletedOn}
          inputClassName="input-date-compact"
        />
      ) : (
        <Field label={t('tasks.fields.progress')} className="bulk-progress">
          {(c) => (
            <NumberInput
              {...c}
              data-testid="bulk-progress"
              suffix="%"
              value={progress}
              onChange={setProgress}
              placeholder={t('tasks.bulk.keepShort')}
            />
          )}
        </Field>
      )}
      <Field label={t('tasks.fields.leadAgencyId')}>
        {(c) => (
          <Select
            {...c}
            value={leadAgencyId}
            onChange={setLeadAgencyId}
            placeholder={t('tasks.bulk.keep')}
            options={agencies.map((a) => ({ value: a.id, label: a.shortName || a.name }))}
          />
        )}
      </Field>
      <DateField
        label={t('tasks.fields.dueDate')}
        value={dueDate}
        onChange={setDueDate}
        inputClassName="input-date-compact"
      />
      <div className="bulk-actions">
        <Button variant="primary" data-testid="bulk-apply" onClick={review}>
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
      {failure ? <ErrorBanner error={failure} /> : null}
      <Modal
        open={confirming}
        title={t('tasks.bulk.confirmTitle', { count: ids.length })}
        onClose={() => setConfirming(false)}
        size="sm"
        testId="bulk-confirm"
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
            <Button
              variant="primary"
              busy={busy}
              onClick={() => void apply()}
              data-testid="bulk-confirm-apply"
            >
              {t('tasks.bulk.apply')}
            </Button>
          </>
        }
      >
        <p>{t('tasks.bulk.confirmText', { count: ids.length })}</p>
        <ul className="bulk-summary">
          {patch?.state ? (
            <li>
              {t('tasks.fields.state')}: <strong>{t(`taskState.${patch.state}`)}</strong>
            </li>
          ) : null}
          {patch?.completedOn ? (
            <li>
              {t('tasks.fields.completedOn')}: <strong>{fmt.date(patch.completedOn)}</strong>
            </li>
          ) : null}
          {patch?.progress !== undefined ? (
            <li>
              {t('tasks.fields.progress')}: <strong>{fmt.number(patch.progress)}%</strong>
            </li>
          ) : null}
          {patch?.leadAgencyId ? (
            <li>
              {t('tasks.fields.leadAgencyId')}: <strong>{agencyName(patch.leadAgencyId)}</strong>
            </li>
          ) : null}
          {patch?.dueDate ? (
            <li>
              {t('tasks.fields.dueDate')}: <strong>{fmt.date(patch.dueDate)}</strong>
            </li>
          ) : null}
        </ul>
      </Modal>
    </section>
  );
}
