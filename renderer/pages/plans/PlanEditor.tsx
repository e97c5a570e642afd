import { useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/api/types';
import { PLAN_STATES } from '../../../shared/domain';
import { write } from '../../api/writes';
import { Button, ConfirmDialog, FormAlert, FormButtons, Modal } from '../../components';
import { FormDate, FormSelect, FormText, FormTextArea, useRecordForm } from '../../components/form';
import { showStatus } from '../../stores/status';
import { draftFromPlan, emptyPlanDraft, PLAN_FIELD_ORDER, planFormSchema, type PlanDraft } from './planDraft';

export type PlanEditorTarget = { mode: 'create' } | { mode: 'edit'; plan: Plan };

export interface PlanEditorProps {
  target: PlanEditorTarget | null;
  /** The backend's year, the default for a new plan. */
  year: number;
  onClose(): void;
}

/** Create or edit a plan: its document number, title, years, issue date and body, and legal basis. */
export function PlanEditor({ target, year, onClose }: PlanEditorProps) {
  if (!target) return null;
  const opened = target.mode === 'edit' ? draftFromPlan(target.plan) : emptyPlanDraft(year);
  const key = target.mode === 'edit' ? target.plan.id : 'new';
  return (
    <PlanForm
      key={key}
      editing={target.mode === 'edit' ? target.plan : null}
      opened={opened}
      onClose={onClose}
    />
  );
}

function PlanForm({
  editing,
  opened,
  onClose,
}: {
  editing: Plan | null;
  opened: PlanDraft;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => planFormSchema(t), [t]);
  const form = useRecordForm(
    { schema, initial: opened, order: PLAN_FIELD_ORDER, prefix: 'patch.' },
    () => body.current,
  );
  const { busy, unsaved } = form;

  const save = async () => {
    const saved = await form.submit(async (input, changed) => {
      // An edit sends only what the person changed.
      const plan = editing
        ? await write('plans.update', { id: editing.id, patch: changed })
        : await write('plans.create', input);
      showStatus(t(editing ? 'plans.form.updated' : 'plans.form.created', { code: plan.code }));
    }, editing !== null);
    if (saved) onClose();
  };

  const archive = async () => {
    if (!editing) return;
    const archived = await form.run(async () => {
      await write('plans.archive', { id: editing.id });
      showStatus(t('plans.form.archived', { code: editing.code }));
    });
    setConfirmArchive(false);
    if (archived) onClose();
  };

  const label = (f: keyof PlanDraft) => t(`plans.fields.${f}`);

  return (
    <>
      <Modal
        open
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
        <FormProvider {...form.methods}>
          <div ref={body}>
            <FormAlert errors={form.errors} failure={form.failure} notice={form.notice} />
            <div className="form-grid plan-form">
              <FormText<PlanDraft>
                name="code"
                label={label('code')}
                hint={t('plans.form.codeHint')}
                required
              />
              <FormSelect<PlanDraft>
                name="state"
                label={label('state')}
                options={PLAN_STATES.map((s) => ({ value: s, label: t(`planState.${s}`) }))}
              />
              <FormTextArea<PlanDraft>
                name="title"
                label={label('title')}
                rows={2}
                required
                className="span-2"
              />
              <div className="year-pair">
                <FormText<PlanDraft> name="yearFrom" label={label('yearFrom')} inputMode="numeric" required />
                <FormText<PlanDraft> name="yearTo" label={label('yearTo')} inputMode="numeric" required />
              </div>
              <FormDate<PlanDraft> name="issuedOn" label={label('issuedOn')} />
              <FormText<PlanDraft>
                name="issuedBy"
                label={label('issuedBy')}
                hint={t('plans.form.issuedByHint')}
                className="span-2"
              />
              <FormTextArea<PlanDraft>
                name="basis"
                label={label('basis')}
                hint={t('plans.form.basisHint')}
                rows={4}
                className="span-2"
              />
            </div>
          </div>
        </FormProvider>
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
