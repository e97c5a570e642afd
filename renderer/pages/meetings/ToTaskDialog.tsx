// "Giao thành nhiệm vụ": picks the plan (default: the plan the officer is working on, else the latest
// plan being carried out) and optionally the task code, then calls conclusions.toTask.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conclusion, MeetingDetail } from '../../../shared/api/types';
import { writeChange } from '../../api/writes';
import {
  Button,
  ErrorBanner,
  Field,
  Modal,
  Select,
  TextInput,
  planLabel,
  useFormSave,
} from '../../components';
import { defaultPlan, useReferenceData } from '../../hooks/useReferenceData';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { offerUndo } from '../../stores/changes';
import { useWorkspace } from '../../stores/workspace';

interface Props {
  meeting: MeetingDetail;
  conclusion: Conclusion;
  onClose(): void;
  onDone(): void;
}

export function ToTaskDialog({ meeting, conclusion, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const plans = useReferenceData((s) => s.plans).filter((p) => !p.archivedAt);
  const settings = useReferenceData((s) => s.settings);
  const remembered = useWorkspace((s) => s.planId);
  const initial = plans.find((p) => p.id === remembered) ?? defaultPlan(plans, settings);
  const [planId, setPlanId] = useState(initial?.id ?? '');
  const [code, setCode] = useState('');
  const form = useFormSave();
  const { errors, busy } = form;
  const unsaved = useUnsavedChanges(
    code.trim() !== '' || planId !== (initial?.id ?? ''),
    `${planId}|${code}`,
  );
  const defaultCode = `KL${meeting.number}.${conclusion.seq}`;

  async function submit() {
    if (!planId) return;
    await form.save(async () => {
      const { value: task, changeSet } = await writeChange('conclusions.toTask', {
        conclusionId: conclusion.id,
        planId,
        ...(code.trim() ? { code: code.trim() } : {}),
      });
      unsaved.settled();
      offerUndo(t('meetings.toTask.done', { code: task.code, seq: conclusion.seq }), changeSet);
      onDone();
    });
  }

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
      onSubmit={() => void submit()}
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
      <div className="form-grid">
        <Field label={t('meetings.toTask.plan')} error={errors.planId} className="span-2">
          {(c) => (
            <Select
              {...c}
              name="planId"
              value={planId}
              onChange={setPlanId}
              options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
            />
          )}
        </Field>
        <Field
          label={t('meetings.toTask.code')}
          error={errors.code}
          hint={t('meetings.toTask.codeHint', { code: defaultCode })}
        >
          {(c) => (
            <TextInput
              {...c}
              name="code"
              value={code}
              placeholder={defaultCode}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </Field>
      </div>
      <p className="muted small">{t('meetings.toTask.explain')}</p>
    </Modal>
  );
}
