import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskQuickUpdate } from '../../../shared/api/schemas';
import type { Task, TaskRow } from '../../../shared/api/types';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import {
  problemsTouching,
  proposeForState,
  taskProblems,
  type TaskProblem,
} from '../../../shared/rules/taskConsistency';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import {
  Button,
  changedKeys,
  DateInput,
  ErrorBanner,
  Field,
  FormAlert,
  Loading,
  Modal,
  NumberInput,
  Select,
  TextArea,
  dateToText,
  readDateText,
  readNumberText,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

export interface QuickUpdateProps {
  row: TaskRow | null;
  anchor: DOMRect | null;
  today: string | null;
  onClose(): void;
}

interface Draft {
  state: TaskState;
  progress: string;
  completedOn: string;
  result: string;
}

const draftOf = (task: Task): Draft => ({
  state: task.state,
  progress: String(task.progress),
  completedOn: dateToText(task.completedOn),
  result: task.result,
});

/** The consistency rules the draft breaks with the rest of the task as stored (null: not readable yet). */
function problemsOf(draft: Draft, task: Task, today: string | null): TaskProblem[] | null {
  const progress = readNumberText(draft.progress);
  const completedOn = readDateText(draft.completedOn);
  if (!progress.ok || !completedOn.ok) return null;
  return taskProblems(
    {
      state: draft.state,
      progress: progress.value ?? 0,
      completedOn: completedOn.value,
      startDate: task.startDate,
      dueDate: task.dueDate,
      leadAgencyId: task.leadAgencyId,
      supportingAgencyIds: task.supportingAgencyIds,
    },
    today,
  );
}

/**
 * State, progress and result of one task, edited in a small dialog beside its row: the weekly chore of
 * a secretariat officer ("Sở Y tế báo đã xong 60%") without opening the whole form.
 */
export function QuickUpdate({ row, anchor, today, onClose }: QuickUpdateProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [task, setTask] = useState<Task | null>(null);
  const [loaded, setLoaded] = useState<Draft | null>(null);
  const form = useFormSave();
  const { errors, failure, busy } = form;
  const id = row?.id ?? null;
  const changed = draft && loaded ? changedKeys(loaded, draft) : [];
  const unsaved = useUnsavedChanges(changed.length > 0, draft);

  useEffect(() => {
    setDraft(null);
    setTask(null);
    setLoaded(null);
    form.setErrors({});
    form.fail(null);
    if (!id) return;
    let current = true;
    api.call('tasks.get', { id }).then(
      (opened) => {
        if (!current) return;
        setTask(opened);
        setDraft(draftOf(opened));
        setLoaded(draftOf(opened));
      },
      (e: unknown) => current && form.fail(e),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load again only when another row opens
  }, [id]);

  const change = (c: Partial<Draft>) => {
    setDraft((d) => (d ? { ...d, ...c } : d));
    form.edited(Object.keys(c));
  };
  // Picking a state fills in what keeps the task consistent, visibly and editable (proposeForState).
  const setState = (state: TaskState) => {
    if (!draft) return;
    const progress = readNumberText(draft.progress);
    const completedOn = readDateText(draft.completedOn);
    const proposed = proposeForState(
      state,
      {
        progress: progress.ok ? progress.value : null,
        completedOn: completedOn.ok ? completedOn.value : null,
      },
      today ?? '9999-12-31',
    );
    const next: Partial<Draft> = { state };
    if (proposed.progress !== undefined) next.progress = String(proposed.progress);
    if (proposed.completedOn !== undefined) next.completedOn = dateToText(proposed.completedOn);
    change(next);
  };
  const live: FieldErrors = {};
  for (const p of (draft && task && problemsOf(draft, task, today)) || [])
    if (!(p.field in live)) live[p.field] = p.message;

  const save = async () => {
    if (!draft || !row || !task) return;
    if (changed.length === 0) return form.note(t('unsaved.nothingToSave'));
    const found: FieldErrors = {};
    const progressRead = readNumberText(draft.progress);
    if (!progressRead.ok || progressRead.value === null || !Number.isInteger(progressRead.value)) {
      found.progress = t('input.integerInvalid');
    }
    const dateRead = readDateText(draft.completedOn);
    if (!dateRead.ok) found.completedOn = t('input.dateInvalid');
    // Sent as the person sees it, and only what they changed; the server adjusts nothing.
    const values = {
      state: draft.state,
      progress: progressRead.ok ? (progressRead.value ?? 0) : 0,
      completedOn: dateRead.ok ? dateRead.value : null,
      result: draft.result,
    };
    const input = {
      id: row.id,
      ...(changed.includes('state') ? { state: values.state } : {}),
      ...(changed.includes('progress') ? { progress: values.progress } : {}),
      ...(changed.includes('completedOn') ? { completedOn: values.completedOn } : {}),
      ...(changed.includes('result') ? { result: values.result } : {}),
    };
    const parsed = taskQuickUpdate.safeParse(input);
    // As on the server: a rule counts when this update touches one of its fields.
    const rules: FieldErrors = {};
    for (const p of problemsTouching(problemsOf(draft, task, today) ?? [], changed))
      if (!(p.field in rules)) rules[p.field] = p.message;
    const all = {
      ...rules,
      ...(parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error))),
      ...found,
    };
    if (!form.check(all)) return;
    const saved = await form.save(async () => {
      const task = await write('tasks.quickUpdate', input);
      showStatus(
        t('tasks.quick.saved', {
          code: task.code,
          state: t(`taskState.${task.state}`),
          progress: task.progress,
        }),
      );
      unsaved.settled();
    });
    if (saved) onClose();
  };

  const error = (f: keyof Draft) => errors[f] ?? live[f] ?? null;
  const done = draft?.state === 'hoan_thanh';
  return (
    <Modal
      open={row !== null}
      title={t('tasks.quick.title')}
      subtitle={row ? `${row.code} · ${row.title}` : undefined}
      onClose={onClose}
      beforeClose={unsaved.confirmLeave}
      size="sm"
      anchor={anchor}
      onSubmit={() => void save()}
      testId="quick-update"
      footer={
        <>
          <Button onClick={unsaved.guard(onClose)}>{t('app.cancel')}</Button>
          <Button variant="primary" type="submit" busy={busy} disabled={!draft} data-testid="quick-save">
            {t('tasks.quick.save')}
          </Button>
        </>
      }
    >
      {failure && Object.keys(errors).length === 0 ? <ErrorBanner error={failure} /> : null}
      <FormAlert errors={{}} failure={null} notice={form.notice} />
      {!draft ? (
        failure ? null : (
          <Loading />
        )
      ) : (
        <div className="quick-form">
          <div className="quick-row">
            <Field label={t('tasks.fields.state')} error={error('state')}>
              {(c) => (
                <Select
                  {...c}
                  autoFocus
                  data-testid="quick-state"
                  value={draft.state}
                  onChange={(v) => setState(v as TaskState)}
                  options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
                />
              )}
            </Field>
            <Field
              label={t('tasks.fields.progress')}
              error={error('progress')}
              hint={done ? t('tasks.quick.doneHint') : undefined}
            >
              {(c) => (
                <NumberInput
                  {...c}
                  data-testid="quick-progress"
                  suffix="%"
                  value={draft.progress}
                  onChange={(progress) => change({ progress })}
                />
              )}
            </Field>
          </div>
          {done || draft.completedOn ? (
            <Field
              label={t('tasks.fields.completedOn')}
              error={error('completedOn')}
              hint={done ? t('tasks.form.completedHint') : undefined}
              required={done}
            >
              {(c) => (
                <DateInput
                  {...c}
                  data-testid="quick-completed-on"
                  value={draft.completedOn}
                  onChange={(completedOn) => change({ completedOn })}
                />
              )}
            </Field>
          ) : null}
          <Field label={t('tasks.fields.result')} error={error('result')}>
            {(c) => (
              <TextArea
                {...c}
                data-testid="quick-result"
                rows={3}
                value={draft.result}
                onChange={(e) => change({ result: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
    </Modal>
  );
}
