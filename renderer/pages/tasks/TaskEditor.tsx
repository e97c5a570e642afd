import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import {
  Button,
  changedKeys,
  ConfirmDialog,
  ErrorBanner,
  FormAlert,
  FormButtons,
  isEmptyPatch,
  Loading,
  Modal,
  patchOf,
  Tabs,
  useFormSave,
  withoutLabels,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import {
  draftFromTask,
  draftProblems,
  emptyDraft,
  FIELD_ORDER,
  readDraft,
  type TaskDraft,
} from './taskDraft';
import { TaskForm } from './TaskForm';
import { TaskHistory } from './TaskHistory';

export type EditorTarget = { mode: 'create'; planId: string } | { mode: 'edit'; id: string };

export interface TaskEditorProps {
  target: EditorTarget | null;
  today: string | null;
  onClose(): void;
}

type Tab = 'info' | 'history';

/** The full task form in a drawer on the right, with the task's change history in a second tab. */
export function TaskEditor({ target, today, onClose }: TaskEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [task, setTask] = useState<Task | null>(null);
  const [draft, setDraft] = useState<TaskDraft | null>(null);
  /** The draft as loaded (or as a new task starts): what "changed" and "unsaved" are measured against. */
  const [loaded, setLoaded] = useState<TaskDraft | null>(null);
  const [tab, setTab] = useState<Tab>('info');
  const [confirmArchive, setConfirmArchive] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const targetKey = target ? (target.mode === 'edit' ? target.id : `new:${target.planId}`) : null;
  const focusFirstError = (found: FieldErrors) => {
    const first = FIELD_ORDER.find((f) => f in found);
    requestAnimationFrame(() => body.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };
  const form = useFormSave({ prefix: 'patch.', onInvalid: focusFirstError });
  const { errors, busy, failure } = form;
  const dirty = draft !== null && loaded !== null && changedKeys(loaded, draft).length > 0;
  const unsaved = useUnsavedChanges(dirty, draft);
  const start = (d: TaskDraft | null) => {
    setDraft(d);
    setLoaded(d);
  };

  useEffect(() => {
    form.setErrors({});
    form.fail(null);
    setTab('info');
    setTask(null);
    start(null);
    if (!target) return;
    if (target.mode === 'create') {
      start(emptyDraft(target.planId));
      return;
    }
    let current = true;
    api.call('tasks.get', { id: target.id }).then(
      (loaded) => {
        if (!current) return;
        setTask(loaded);
        start(draftFromTask(loaded));
      },
      (e: unknown) => current && form.fail(e),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the target task changes
  }, [targetKey]);

  const save = async (andNext: boolean) => {
    if (!draft || !target) return;
    const read = readDraft(draft, t, today, task ? draftFromTask(task) : null);
    if (!form.check(read.ok ? {} : withoutLabels(read.errors)) || !read.ok) return;
    // An edit sends only what differs from the task as loaded, so its history shows only that.
    const base = loaded && target.mode === 'edit' ? readDraft(loaded, t) : null;
    const { planId: _planId, ...values } = read.input;
    const patch = base?.ok ? patchOf(base.input, read.input) : values;
    if (target.mode === 'edit' && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    const saved = await form.save(async () => {
      const task =
        target.mode === 'create'
          ? await write('tasks.create', read.input)
          : await write('tasks.update', { id: target.id, patch });
      showStatus(
        t(target.mode === 'create' ? 'tasks.form.created' : 'tasks.form.updated', { code: task.code }),
      );
      unsaved.settled();
    });
    if (!saved) return;
    if (andNext) {
      start({ ...emptyDraft(draft.planId), pillarId: draft.pillarId, leadAgencyId: draft.leadAgencyId });
      requestAnimationFrame(() => body.current?.querySelector<HTMLElement>('[name="code"]')?.focus());
    } else onClose();
  };

  const archive = async () => {
    if (!task) return;
    const archived = await form.save(async () => {
      await write('tasks.archive', { id: task.id });
      showStatus(t('tasks.form.archived', { code: task.code }));
    });
    setConfirmArchive(false);
    if (archived) {
      onClose();
    }
  };
  const title =
    target?.mode === 'edit'
      ? t('tasks.form.editTitle', { code: task?.code ?? '' })
      : t('tasks.form.createTitle');
  const info = draft ? (
    <div ref={body}>
      <FormAlert errors={errors} failure={failure} notice={form.notice} />
      {task?.source ? (
        <p className="task-source">
          {t('tasks.form.source', {
            number: task.source.meetingNumber,
            date: fmt.date(task.source.meetingDate),
          })}
          : <q>{task.source.conclusionText}</q>
        </p>
      ) : null}
      <TaskForm
        draft={draft}
        errors={errors}
        problems={draftProblems(draft, today)}
        onChange={(change) => {
          setDraft((d) => (d ? { ...d, ...change } : d));
          form.edited(Object.keys(change));
        }}
        planLocked={target?.mode === 'edit'}
        today={today}
      />
    </div>
  ) : failure ? (
    <ErrorBanner error={failure} />
  ) : (
    <Loading />
  );

  const footer =
    tab === 'info' && draft ? (
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
          {target?.mode === 'create' ? (
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
        open={target !== null}
        title={title}
        subtitle={task ? task.title : undefined}
        onClose={onClose}
        beforeClose={unsaved.confirmLeave}
        size="drawer"
        footer={footer}
        onSubmit={() => void save(false)}
        testId="task-editor"
      >
        {target?.mode === 'edit' && task ? (
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
