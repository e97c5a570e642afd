import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/api/types';
import { PLAN_STATES, type PlanState } from '../../../shared/domain';
import { write } from '../../api/writes';
import {
  Button,
  changedKeys,
  ConfirmDialog,
  DateInput,
  Field,
  FormAlert,
  FormButtons,
  isEmptyPatch,
  Modal,
  patchOf,
  Select,
  TextArea,
  TextInput,
  useFormSave,
  withoutLabels,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';
import { draftFromPlan, emptyPlanDraft, PLAN_FIELD_ORDER, readPlanDraft, type PlanDraft } from './planDraft';

export type PlanEditorTarget = { mode: 'create' } | { mode: 'edit'; plan: Plan };

export interface PlanEditorProps {
  target: PlanEditorTarget | null;
  /** The backend's year, the default for a new plan. */
  year: number;
  onClose(): void;
}

/** Create or edit a plan: its document number, title, years, issue date and body, and legal basis. */
export function PlanEditor({ target, year, onClose }: PlanEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlanDraft(year));
  /** The plan as it opened: what "changed" and "unsaved" are measured against. */
  const [loaded, setLoaded] = useState<PlanDraft>(draft);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const editing = target?.mode === 'edit' ? target.plan : null;
  const focusFirst = (found: FieldErrors) => {
    const first = PLAN_FIELD_ORDER.find((f) => f in found);
    requestAnimationFrame(() => body.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };
  const form = useFormSave({ prefix: 'patch.', onInvalid: focusFirst });
  const { errors, busy } = form;
  const unsaved = useUnsavedChanges(target !== null && changedKeys(loaded, draft).length > 0, draft);

  useEffect(() => {
    if (!target) return;
    const opened = target.mode === 'edit' ? draftFromPlan(target.plan) : emptyPlanDraft(year);
    setDraft(opened);
    setLoaded(opened);
    form.setErrors({});
    form.fail(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start afresh only when another plan opens
  }, [target, year]);

  const change = (c: Partial<PlanDraft>) => {
    setDraft((d) => ({ ...d, ...c }));
    form.edited(Object.keys(c));
  };

  const save = async () => {
    const read = readPlanDraft(draft, t);
    if (!form.check(read.ok ? {} : withoutLabels(read.errors)) || !read.ok) return;
    // An edit sends only what differs from the plan as it opened.
    const base = editing ? readPlanDraft(loaded, t) : null;
    const patch = base?.ok ? patchOf(base.input, read.input) : read.input;
    if (editing && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    const saved = await form.save(async () => {
      const plan = editing
        ? await write('plans.update', { id: editing.id, patch })
        : await write('plans.create', read.input);
      showStatus(t(editing ? 'plans.form.updated' : 'plans.form.created', { code: plan.code }));
      unsaved.settled();
    });
    if (saved) onClose();
  };

  const archive = async () => {
    if (!editing) return;
    const archived = await form.save(async () => {
      await write('plans.archive', { id: editing.id });
      showStatus(t('plans.form.archived', { code: editing.code }));
    });
    setConfirmArchive(false);
    if (archived) {
      onClose();
    }
  };

  const error = (f: keyof PlanDraft) => errors[f] ?? null;
  const label = (f: keyof PlanDraft) => t(`plans.fields.${f}`);

  return (
    <>
      <Modal
        open={target !== null}
        title={editing ? t('plans.form.editTitle', { code: editing.code }) : t('plans.form.createTitle')}
        onClose={onClose}
        beforeClose={unsaved.confirmLeave}
        size="md"
        onSubmit={() => void save()}
        testId="plan-editor"
        footer={
          <>
            {editing ? (
              <Button
                variant="danger"
                className="footer-left"
                onClick={() => setConfirmArchive(true)}
                disabled={busy}
              >
                {t('plans.form.archive')}
              </Button>
            ) : null}
            <FormButtons
              busy={busy}
              onCancel={unsaved.guard(onClose)}
              saveLabel={t('plans.form.save')}
              saveTestId="plan-save"
            />
          </>
        }
      >
        <div ref={body}>
          <FormAlert errors={errors} failure={form.failure} notice={form.notice} />
          <div className="form-grid plan-form">
            <Field label={label('code')} error={error('code')} hint={t('plans.form.codeHint')} required>
              {(c) => (
                <TextInput
                  {...c}
                  name="code"
                  value={draft.code}
                  onChange={(e) => change({ code: e.target.value })}
                />
              )}
            </Field>
            <Field label={label('state')} error={error('state')}>
              {(c) => (
                <Select
                  {...c}
                  name="state"
                  value={draft.state}
                  onChange={(v) => change({ state: v as PlanState })}
                  options={PLAN_STATES.map((s) => ({ value: s, label: t(`planState.${s}`) }))}
                />
              )}
            </Field>
            <Field label={label('title')} error={error('title')} required className="span-2">
              {(c) => (
                <TextArea
                  {...c}
                  name="title"
                  rows={2}
                  value={draft.title}
                  onChange={(e) => change({ title: e.target.value })}
                />
              )}
            </Field>
            <div className="year-pair">
              <Field label={label('yearFrom')} error={error('yearFrom')} required>
                {(c) => (
                  <TextInput
                    {...c}
                    name="yearFrom"
                    inputMode="numeric"
                    value={draft.yearFrom}
                    onChange={(e) => change({ yearFrom: e.target.value })}
                  />
                )}
              </Field>
              <Field label={label('yearTo')} error={error('yearTo')} required>
                {(c) => (
                  <TextInput
                    {...c}
                    name="yearTo"
                    inputMode="numeric"
                    value={draft.yearTo}
                    onChange={(e) => change({ yearTo: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <Field label={label('issuedOn')} error={error('issuedOn')}>
              {(c) => (
                <DateInput
                  {...c}
                  name="issuedOn"
                  value={draft.issuedOn}
                  onChange={(issuedOn) => change({ issuedOn })}
                />
              )}
            </Field>
            <Field
              label={label('issuedBy')}
              error={error('issuedBy')}
              hint={t('plans.form.issuedByHint')}
              className="span-2"
            >
              {(c) => (
                <TextInput
                  {...c}
                  name="issuedBy"
                  value={draft.issuedBy}
                  onChange={(e) => change({ issuedBy: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={label('basis')}
              error={error('basis')}
              hint={t('plans.form.basisHint')}
              className="span-2"
            >
              {(c) => (
                <TextArea
                  {...c}
                  name="basis"
                  rows={4}
                  value={draft.basis}
                  onChange={(e) => change({ basis: e.target.value })}
                />
              )}
            </Field>
          </div>
        </div>
      </Modal>
      {confirmArchive ? (
        <ConfirmDialog
          title={t('plans.form.archive')}
          confirmLabel={t('app.archive')}
          danger
          busy={busy}
          onCancel={() => setConfirmArchive(false)}
          onConfirm={() => void archive()}
        >
          <p>{t('plans.form.archiveConfirm', { code: editing?.code ?? '' })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
