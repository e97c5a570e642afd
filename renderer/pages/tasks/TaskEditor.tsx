import { useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/types';
import type { TaskState } from '../../../shared/domain';
import { write } from '../../api/writes';
import {
  Button,
  ConfirmDialog,
  ErrorBanner,
  FormAlert,
  FormButtons,
  Loading,
  Modal,
  Tabs,
} from '../../components';
import { useRecordForm } from '../../components/form';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import {
  draftFromTask,
  emptyDraft,
  FIELD_ORDER,
  saveProblems,
  stateChange,
  taskFormSchema,
} from './taskDraft';
import { TaskForm } from './TaskForm';
import { useSituationWhy } from './situationWhy';
import { TaskHistory } from './TaskHistory';

export type EditorTarget = { mode: 'create'; planId: string } | { mode: 'edit'; id: string };

export interface TaskEditorProps {
  target: EditorTarget;
  today: string | null;
  onClose(): void;
}

type Tab = 'info' | 'history';

/** The full task form in a drawer on the right, with the task's change history in a second tab. */
export function TaskEditor({ target, today, onClose }: TaskEditorProps) {
  const { t } = useTranslation();
  const task = useApiQuery('tasks.get', target.mode === 'edit' ? { id: target.id } : null);
  // The loading drawer gives way to the form's: focus returns to what opened the first one.
  const [opener] = useState(() => document.activeElement);
  const title =
    target.mode === 'edit'
      ? t('tasks.form.editTitle', { code: task.data?.code ?? '' })
      : t('tasks.form.createTitle');
  // The form opens once the task is loaded, and starts afresh for another task.
  const loaded = target.mode === 'create' ? null : task.stale ? undefined : task.data;
  if (loaded === undefined)
    return (
      <Modal open title={title} onClose={onClose} size="drawer" testId="task-editor" returnFocus={opener}>
        {task.error ? <ErrorBanner error={task.error} onRetry={task.retry} /> : <Loading />}
      </Modal>
    );
  return (
    <TaskFormDrawer
      key={loaded?.id ?? `new:${target.mode === 'create' ? target.planId : ''}`}
      task={loaded}
      planId={target.mode === 'create' ? target.planId : (loaded?.planId ?? '')}
      title={title}
      today={today}
      onClose={onClose}
      opener={opener}
    />
  );
}

interface DrawerProps {
  task: Task | null;
  planId: string;
  title: string;
  today: string | null;
  onClose(): void;
  opener: Element | null;
}

function TaskFormDrawer({ task, planId, title, today, onClose, opener }: DrawerProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const situationWhy = useSituationWhy();
  const [tab, setTab] = useState<Tab>('info');
  const [confirmArchive, setConfirmArchive] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => taskFormSchema(), []);
  const form = useRecordForm(
    {
      schema,
      initial: task ? draftFromTask(task) : emptyDraft(planId),
      order: FIELD_ORDER,
      prefix: 'patch.',
      check: (input, changed) => saveProblems(input, changed, today),
    },
    () => body.current,
  );
  const { busy, unsaved, failure } = form;

  const save = async (andNext: boolean) => {
    let saved: Task | null = null;
    const ok = await form.submit(async (input, changed) => {
      // An edit sends only what the person changed, so its history shows only that.
      const { planId: _planId, ...patch } = changed;
      saved = task ? await write('tasks.update', { id: task.id, patch }) : await write('tasks.create', input);
      showStatus(t(task ? 'tasks.form.updated' : 'tasks.form.created', { code: saved.code }));
    }, task !== null);
    if (!ok) return;
    if (andNext) {
      const d = form.methods.getValues();
      form.restart({ ...emptyDraft(d.planId), pillarId: d.pillarId, leadAgencyId: d.leadAgencyId });
      requestAnimationFrame(() => body.current?.querySelector<HTMLElement>('[name="code"]')?.focus());
    } else if (saved) onClose();
  };

  const archive = async () => {
    if (!task) return;
    const archived = await form.run(async () => {
      await write('tasks.archive', { id: task.id });
      showStatus(t('tasks.form.archived', { code: task.code }));
    });
    setConfirmArchive(false);
    if (archived) onClose();
  };

  // Picking a state fills in what keeps the task consistent, visibly and editable (stateChange).
  const onState = (state: TaskState) => form.fill(stateChange(form.methods.getValues(), state, today));

  const info = (
    <div ref={body}>
      <FormAlert errors={form.errors} failure={failure} notice={form.notice} />
      {task?.source ? (
        <p className="task-source">
          {t('tasks.form.source', {
            number: task.source.meetingNumber,
            date: fmt.date(task.source.meetingDate),
          })}
          : <q>{task.source.conclusionText}</q>
        </p>
      ) : null}
      {task && today ? (
        <p className="task-situation-why" data-testid="task-situation-why">
          <span className={`badge sit-${task.situation}`}>{situationWhy(task, today)}</span>
        </p>
      ) : null}
      <FormProvider {...form.methods}>
        <TaskForm planLocked={task !== null} today={today} onState={onState} />
      </FormProvider>
    </div>
  );

  const footer =
    tab === 'info' ? (
      <>
        {task ? (
          <Button
            variant="danger"
            className="footer-left"
            onClick={() => setConfirmArchive(true)}
            disabled={busy}
          >
            {t('tasks.form.archive')}
          </Button>
        ) : null}
        <FormButtons
          busy={busy}
          onCancel={unsaved.guard(onClose)}
          saveLabel={t('tasks.form.save')}
          saveTestId="task-save"
        >
          {task === null ? (
            <Button onClick={() => void save(true)} busy={busy} data-testid="task-save-next">
              {t('tasks.form.saveAndNext')}
            </Button>
          ) : null}
        </FormButtons>
      </>
    ) : undefined;

  return (
    <>
      <Modal
        open
        title={title}
        subtitle={task ? task.title : undefined}
        onClose={onClose}
        beforeClose={unsaved.confirmLeave}
        returnFocus={opener}
        size="drawer"
        footer={footer}
        onSubmit={() => void save(false)}
        testId="task-editor"
      >
        {task ? (
          <Tabs<Tab>
            label={t('tasks.form.tabs')}
            active={tab}
            onChange={setTab}
            tabs={[
              { key: 'info', label: t('tasks.form.tabInfo') },
              { key: 'history', label: t('tasks.form.tabHistory') },
            ]}
          >
            {tab === 'info' ? info : <TaskHistory taskId={task.id} />}
          </Tabs>
        ) : (
          info
        )}
      </Modal>
      {confirmArchive ? (
        <ConfirmDialog
          title={t('tasks.form.archive')}
          confirmLabel={t('app.archive')}
          danger
          busy={busy}
          onCancel={() => setConfirmArchive(false)}
          onConfirm={() => void archive()}
        >
          <p>{t('tasks.form.archiveConfirm', { code: task?.code ?? '' })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
