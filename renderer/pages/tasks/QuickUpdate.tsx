import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskQuickUpdate } from '../../../shared/api/schemas';
import type { Task, TaskRow } from '../../../shared/api/types';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { api } from '../../api/client';
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
  onSaved(task: Task): void;
}

interface Draft {
  state: TaskState;
  progress: string;
  completedOn: string;
  result: string;
}

/**
 * State, progress and result of one task, edited in a small dialog beside its row: the weekly chore of
 * a secretariat officer ("Sở Y tế báo đã xong 60%") without opening the whole form.
 */
export function QuickUpdate({ row, anchor, today, onClose, onSaved }: QuickUpdateProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loaded, setLoaded] = useState<Draft | null>(null);
  const form = useFormSave();
  const { errors, failure, busy } = form;
  const id = row?.id ?? null;
  const changed = draft && loaded ? changedKeys(loaded, draft) : [];
  const unsaved = useUnsavedChanges(changed.length > 0, draft);

  useEffect(() => {
    setDraft(null);
    form.setErrors({});
    form.fail(null);
    if (!id) return;
    let current = true;
    api.call('tasks.get', { id }).then(
      (task) => {
        if (!current) return;
        const opened = {
          state: task.state,
          progress: String(task.progress),
          completedOn: dateToText(task.completedOn),
          result: task.result,
        };
        setDraft(opened);
        setLoaded(opened);
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
  const setState = (state: TaskState) =>
    state === 'hoan_thanh'
      ? change({ state, progress: '100', completedOn: draft?.completedOn || dateToText(today) })
      : change({ state });

  const save = async () => {
    if (!draft || !row) return;
    if (changed.length === 0) return form.note(t('unsaved.nothingToSave'));
    const found: FieldErrors = {};
    const progressRead = readNumberText(draft.progress);
    if (!progressRead.ok || progressRead.value === null || !Number.isInteger(progressRead.value)) {
      found.progress = t('input.integerInvalid');
    }
    const dateRead = readDateText(draft.completedOn);
    if (!dateRead.ok) found.completedOn = t('input.dateInvalid');
    const done = draft.state === 'hoan_thanh';
    const input = {
      id: row.id,
      state: draft.state,
      progress: done ? 100 : progressRead.ok ? (progressRead.value ?? 0) : 0,
      completedOn: done && dateRead.ok ? dateRead.value : null,
      result: draft.result,
    };
    const parsed = taskQuickUpdate.safeParse(input);
    const all = { ...(parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error))), ...found };
    if (!form.check(all)) return;
    const saved = await form.save(async () => {
      const task = await api.call('tasks.quickUpdate', input);
      showStatus(
        t('tasks.quick.saved', {
          code: task.code,
          state: t(`taskState.${task.state}`),
          progress: task.progress,
        }),
      );
      unsaved.settled();
      onSaved(task);
    });
    if (saved) onClose();
  };

  const error = (f: keyof Draft) => errors[f] ?? null;
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
            <Field label={t('tasks.fields.progress')} error={error('progress')}>
              {(c) => (
                <NumberInput
                  {...c}
                  data-testid="quick-progress"
                  suffix="%"
                  value={draft.state === 'hoan_thanh' ? '100' : draft.progress}
                  readOnly={draft.state === 'hoan_thanh'}
                  onChange={(progress) => change({ progress })}
                />
              )}
            </Field>
          </div>
          {draft.state === 'hoan_thanh' ? (
            <Field
              label={t('tasks.fields.completedOn')}
              error={error('completedOn')}
              hint={t('tasks.quick.doneHint')}
              required
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
