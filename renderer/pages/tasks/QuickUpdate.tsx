import { useMemo, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { taskQuickUpdate } from '../../../shared/api/schemas';
import type { Task, TaskRow } from '../../../shared/api/types';
import { TASK_STATES, type TaskState } from '../../../shared/domain';
import { problemsTouching, taskProblems, type TaskProblem } from '../../../shared/rules/taskConsistency';
import { write } from '../../api/writes';
import {
  Button,
  dateToText,
  ErrorBanner,
  FormAlert,
  Loading,
  Modal,
  readDateText,
  readNumberText,
  type FieldErrors,
} from '../../components';
import {
  checkedForm,
  dateText,
  FormDate,
  FormNumber,
  FormSelect,
  FormTextArea,
  numberText,
  useRecordForm,
} from '../../components/form';
import { useApiQuery } from '../../hooks/useApiQuery';
import { showStatus } from '../../stores/status';
import { stateChange } from './taskDraft';

export interface QuickUpdateProps {
  row: TaskRow;
  anchor: DOMRect | null;
  today: string | null;
  onClose(): void;
}

interface Draft {
  state: TaskState;
  progress: string;
  completedOn: string;
  result: string;
  difficulties: string;
  proposals: string;
}

const ORDER = ['state', 'progress', 'completedOn', 'result', 'difficulties', 'proposals'] as const;

const draftOf = (task: Task): Draft => ({
  state: task.state,
  progress: String(task.progress),
  completedOn: dateToText(task.completedOn),
  result: task.result,
  difficulties: task.difficulties,
  proposals: task.proposals,
});

/** The texts read, then checked with the contract's quick-update fields. */
const quickSchema = () =>
  checkedForm(
    z.object({
      state: z.enum(TASK_STATES),
      progress: numberText({ integer: true, required: true }),
      completedOn: dateText(),
      result: z.string(),
      difficulties: z.string(),
      proposals: z.string(),
    }),
    taskQuickUpdate.omit({ id: true }).required(),
  );

type QuickValues = {
  state: TaskState;
  progress: number;
  completedOn: string | null;
  result: string;
  difficulties: string;
  proposals: string;
};

/** The consistency rules these values break with the rest of the task as stored. */
function problemsOf(v: QuickValues, task: Task, today: string | null): TaskProblem[] {
  return taskProblems(
    {
      ...v,
      startDate: task.startDate,
      dueDate: task.dueDate,
      leadAgencyId: task.leadAgencyId,
      supportingAgencyIds: task.supportingAgencyIds,
    },
    today,
  );
}

/** The same, live on the texts being typed (none while a number or date cannot be read yet). */
function liveProblems(d: Draft, task: Task, today: string | null): FieldErrors {
  const progress = readNumberText(d.progress);
  const completedOn = readDateText(d.completedOn);
  const out: FieldErrors = {};
  if (!progress.ok || !completedOn.ok) return out;
  const values = { ...d, progress: progress.value ?? 0, completedOn: completedOn.value };
  for (const p of problemsOf(values, task, today)) if (!(p.field in out)) out[p.field] = p.message;
  return out;
}

/**
 * State, progress, result, difficulties and proposals of one task, edited in a small dialog beside its row:
 * the weekly chore of a secretariat officer ("Sở Y tế báo đã xong 60%, vướng kinh phí") without opening the
 * whole form.
 */
export function QuickUpdate({ row, anchor, today, onClose }: QuickUpdateProps) {
  const { t } = useTranslation();
  const task = useApiQuery('tasks.get', { id: row.id });
  // The loading dialog gives way to the form's: focus returns to what opened the first one.
  const [opener] = useState(() => document.activeElement);
  const loaded = task.stale ? undefined : task.data;
  const frame = {
    title: t('tasks.quick.title'),
    subtitle: `${row.code} · ${row.title}`,
    anchor,
    onClose,
    returnFocus: opener,
  };
  if (!loaded)
    return (
      <Modal open size="sm" testId="quick-update" {...frame}>
        {task.error ? <ErrorBanner error={task.error} /> : <Loading />}
      </Modal>
    );
  return <QuickForm key={loaded.id} task={loaded} today={today} frame={frame} />;
}

interface QuickFormProps {
  task: Task;
  today: string | null;
  frame: {
    title: string;
    subtitle: string;
    anchor: DOMRect | null;
    onClose(): void;
    returnFocus: Element | null;
  };
}

function QuickForm({ task, today, frame }: QuickFormProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => quickSchema(), []);
  const form = useRecordForm(
    {
      schema,
      initial: draftOf(task),
      order: ORDER,
      // As on the server: a rule counts when this update touches one of its fields.
      check: (values, changed) => {
        const out: FieldErrors = {};
        for (const p of problemsTouching(problemsOf(values, task, today), [...changed]))
          if (!(p.field in out)) out[p.field] = p.message;
        return out;
      },
    },
    () => body.current,
  );
  const { busy, unsaved, failure } = form;
  const draft = useWatch({ control: form.methods.control }) as Draft;
  const live = liveProblems(draft, task, today);
  const done = draft.state === 'hoan_thanh';
  // Picking a state fills in what keeps the task consistent, visibly and editable (proposeForState).
  const onState = (state: TaskState) => form.fill(stateChange(draft, state, today));

  const save = async () => {
    const saved = await form.submit(async (_values, changed) => {
      // Sent as the person sees it, and only what they changed; the server adjusts nothing.
      const updated = await write('tasks.quickUpdate', { id: task.id, ...changed });
      showStatus(
        t('tasks.quick.saved', {
          code: updated.code,
          state: t(`taskState.${updated.state}`),
          progress: updated.progress,
        }),
      );
    }, true);
    if (saved) frame.onClose();
  };

  return (
    <Modal
      open
      {...frame}
      beforeClose={unsaved.confirmLeave}
      size="sm"
      onSubmit={() => void save()}
      testId="quick-update"
      footer={
        <>
          <Button onClick={unsaved.guard(frame.onClose)}>{t('app.cancel')}</Button>
          <Button variant="primary" type="submit" busy={busy} data-testid="quick-save">
            {t('tasks.quick.save')}
          </Button>
        </>
      }
    >
      {failure && Object.keys(form.errors).length === 0 ? <ErrorBanner error={failure} /> : null}
      <FormAlert errors={{}} failure={null} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div className="quick-form" ref={body}>
          <div className="quick-row">
            <FormSelect<Draft>
              name="state"
              label={t('tasks.fields.state')}
              autoFocus
              testId="quick-state"
              problem={live.state}
              options={TASK_STATES.map((s) => ({ value: s, label: t(`taskState.${s}`) }))}
              onPick={(v) => onState(v as TaskState)}
            />
            <FormNumber<Draft>
              name="progress"
              label={t('tasks.fields.progress')}
              hint={done ? t('tasks.quick.doneHint') : undefined}
              suffix="%"
              testId="quick-progress"
              problem={live.progress}
            />
          </div>
          {done || draft.completedOn ? (
            <FormDate<Draft>
              name="completedOn"
              label={t('tasks.fields.completedOn')}
              hint={done ? t('tasks.form.completedHint') : undefined}
              required={done}
              testId="quick-completed-on"
              problem={live.completedOn}
            />
          ) : null}
          <FormTextArea<Draft>
            name="result"
            label={t('tasks.fields.result')}
            rows={3}
            testId="quick-result"
            problem={live.result}
          />
          <FormTextArea<Draft>
            name="difficulties"
            label={t('tasks.fields.difficulties')}
            rows={2}
            testId="quick-difficulties"
            problem={live.difficulties}
          />
          <FormTextArea<Draft>
            name="proposals"
            label={t('tasks.fields.proposals')}
            rows={2}
            testId="quick-proposals"
            problem={live.proposals}
          />
        </div>
      </FormProvider>
    </Modal>
  );
}
