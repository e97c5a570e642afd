// "Giao thành nhiệm vụ": picks the plan (default: the plan the officer is working on, else the latest
// plan being carried out) and optionally the task code, then calls conclusions.toTask.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { Conclusion, MeetingDetail } from '../../../shared/api/types';
import { writeChange } from '../../api/writes';
import { Button, ErrorBanner, Modal, planLabel } from '../../components';
import { checkedForm, FormSelect, FormText, useRecordForm } from '../../components/form';
import { defaultPlan, usePlans, useSettings } from '../../hooks/useReferenceData';
import { offerUndo } from '../../stores/changes';
import { useWorkspace } from '../../stores/workspace';

interface Props {
  meeting: MeetingDetail;
  conclusion: Conclusion;
  onClose(): void;
  onDone(): void;
}

interface Draft {
  planId: string;
  code: string;
}
const ORDER = ['planId', 'code'] as const;

/** The plan and the code (empty: the default code), checked with conclusions.toTask's own schema. */
const toTaskSchema = () =>
  checkedForm(
    z.object({ planId: z.string(), code: z.string().transform((c) => c.trim() || undefined) }),
    contract['conclusions.toTask'].input.omit({ conclusionId: true }),
  );

export function ToTaskDialog({ meeting, conclusion, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const plans = usePlans().filter((p) => !p.archivedAt);
  const settings = useSettings();
  const remembered = useWorkspace((s) => s.planId);
  const initial = plans.find((p) => p.id === remembered) ?? defaultPlan(plans, settings);
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => toTaskSchema(), []);
  const form = useRecordForm<Draft, z.output<typeof schema>>(
    { schema, initial: { planId: initial?.id ?? '', code: '' }, order: ORDER },
    () => body.current,
  );
  const { busy, unsaved } = form;
  const planId = form.methods.watch('planId');
  const defaultCode = `KL${meeting.number}.${conclusion.seq}`;

  const submit = () =>
    form.submit(async (input) => {
      const { value: task, changeSet } = await writeChange('conclusions.toTask', {
        conclusionId: conclusion.id,
        ...input,
      });
      offerUndo(t('meetings.toTask.done', { code: task.code, seq: conclusion.seq }), changeSet);
      onDone();
    }, false);

  const short = conclusion.text.length > 120 ? `${conclusion.text.slice(0, 117)}…` : conclusion.text;
  return (
    <Modal
      open
      size="md"
      testId="to-task-dialog"
      title={t('meetings.toTask.title')}
      subtitle={t('meetings.toTask.subtitle', { seq: conclusion.seq, text: short })}
      onClose={onClose}
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void (planId ? submit() : undefined)}
      footer={
        <>
          <Button onClick={unsaved.guard(onClose)}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!planId}>
            {t('meetings.toTask.submit')}
          </Button>
        </>
      }
    >
      <ErrorBanner error={form.failure} />
      {plans.length === 0 ? <p role="alert">{t('meetings.toTask.noPlan')}</p> : null}
      <FormProvider {...form.methods}>
        <div className="form-grid" ref={body}>
          <FormSelect<Draft>
            name="planId"
            label={t('meetings.toTask.plan')}
            className="span-2"
            options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
          />
          <FormText<Draft>
            name="code"
            label={t('meetings.toTask.code')}
            hint={t('meetings.toTask.codeHint', { code: defaultCode })}
            placeholder={defaultCode}
          />
        </div>
      </FormProvider>
      <p className="muted small">{t('meetings.toTask.explain')}</p>
    </Modal>
  );
}
