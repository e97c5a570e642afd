// Add or edit one conclusion: its text, the agency it is assigned to, the deadline and the pillar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conclusionFields } from '../../../shared/api/schemas';
import type { Conclusion } from '../../../shared/api/types';
import { api } from '../../api/client';
import {
  DateInput,
  ErrorBanner,
  Field,
  FormButtons,
  Modal,
  Select,
  TextArea,
  dateToText,
  readDateText,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
  agencyOptions,
} from '../../components';
import { useReferenceData } from '../../stores/referenceData';
import { showStatus } from '../../stores/status';

interface Props {
  meetingId: string;
  /** null: a new conclusion. */
  conclusion: Conclusion | null;
  onClose(): void;
  onSaved(c: Conclusion): void;
}

export function ConclusionForm({ meetingId, conclusion, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { agencies, pillars } = useReferenceData();
  const [text, setText] = useState(conclusion?.text ?? '');
  const [agencyId, setAgencyId] = useState(conclusion?.agencyId ?? '');
  const [pillarId, setPillarId] = useState(conclusion?.pillarId ?? '');
  const [due, setDue] = useState(dateToText(conclusion?.dueDate));
  const form = useFormSave({ prefix: 'patch.' });
  const { errors } = form;

  async function submit() {
    const dueDate = readDateText(due);
    const parsed = conclusionFields.safeParse({
      text,
      agencyId: agencyId || null,
      pillarId: pillarId || null,
      dueDate: dueDate.ok ? dueDate.value : 'invalid',
    });
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    if (!dueDate.ok) found.dueDate = t('input.dateInvalid');
    if (!form.check(found) || !parsed.success) return;
    await form.save(async () => {
      const saved = conclusion
        ? await api.call('conclusions.update', { id: conclusion.id, patch: parsed.data })
        : await api.call('conclusions.create', { ...parsed.data, meetingId });
      showStatus(
        t(conclusion ? 'meetings.conclusionForm.updated' : 'meetings.conclusionForm.created', {
          seq: saved.seq,
        }),
      );
      onSaved(saved);
    });
  }

  // Archived agencies stay selectable only for the row that already names one (merged agencies).
  const agencyChoices = agencyOptions(
    agencies.filter((a) => !a.archivedAt || a.id === conclusion?.agencyId),
    (a) => (a.shortName ? `${a.shortName} – ${a.name}` : a.name),
  );
  const pillarOptions = pillars
    .filter((p) => !p.archivedAt || p.id === conclusion?.pillarId)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Modal
      open
      size="md"
      testId="conclusion-form"
      title={
        conclusion
          ? t('meetings.conclusionForm.editTitle', { seq: conclusion.seq })
          : t('meetings.conclusionForm.createTitle')
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={onClose} />}
    >
      <ErrorBanner error={form.failure} />
      <div className="form-grid">
        <Field label={t('meetings.conclusionForm.text')} error={errors.text} required className="span-2">
          {(c) => (
            <TextArea {...c} name="text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        <Field label={t('meetings.conclusionForm.agency')} error={errors.agencyId} className="span-2">
          {(c) => (
            <Select
              {...c}
              name="agencyId"
              value={agencyId}
              onChange={setAgencyId}
              options={agencyChoices}
              placeholder={t('meetings.conclusionForm.none')}
            />
          )}
        </Field>
        <Field label={t('meetings.conclusionForm.due')} error={errors.dueDate}>
          {(c) => <DateInput {...c} name="dueDate" value={due} onChange={setDue} />}
        </Field>
        <Field label={t('meetings.conclusionForm.pillar')} error={errors.pillarId}>
          {(c) => (
            <Select
              {...c}
              name="pillarId"
              value={pillarId}
              onChange={setPillarId}
              options={pillarOptions}
              placeholder={t('meetings.conclusionForm.none')}
            />
          )}
        </Field>
      </div>
    </Modal>
  );
}
