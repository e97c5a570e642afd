// Add or edit one conclusion: its text, the agency it is assigned to, the deadline and the pillar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conclusionFields } from '../../../shared/api/schemas';
import type { Conclusion } from '../../../shared/api/types';
import { write } from '../../api/writes';
import {
  changedKeys,
  DateInput,
  Field,
  FormAlert,
  FormButtons,
  isEmptyPatch,
  Modal,
  patchOf,
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
import { useReferenceData } from '../../hooks/useReferenceData';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  meetingId: string;
  /** null: a new conclusion. */
  conclusion: Conclusion | null;
  onClose(): void;
  onSaved(c: Conclusion): void;
}

/** The texts as the schema reads them; a date that does not read is sent as 'invalid' for the schema to flag. */
function valuesOf(d: { text: string; agencyId: string; pillarId: string; due: string }) {
  const dueDate = readDateText(d.due);
  return {
    text: d.text,
    agencyId: d.agencyId || null,
    pillarId: d.pillarId || null,
    dueDate: dueDate.ok ? dueDate.value : 'invalid',
  };
}

export function ConclusionForm({ meetingId, conclusion, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { agencies, pillars } = useReferenceData();
  const [loaded] = useState(() => ({
    text: conclusion?.text ?? '',
    agencyId: conclusion?.agencyId ?? '',
    pillarId: conclusion?.pillarId ?? '',
    due: dateToText(conclusion?.dueDate),
  }));
  const [text, setText] = useState(loaded.text);
  const [agencyId, setAgencyId] = useState(loaded.agencyId);
  const [pillarId, setPillarId] = useState(loaded.pillarId);
  const [due, setDue] = useState(loaded.due);
  const form = useFormSave({ prefix: 'patch.' });
  const { errors } = form;
  const unsaved = useUnsavedChanges(
    changedKeys(loaded, { text, agencyId, pillarId, due }).length > 0,
    JSON.stringify([text, agencyId, pillarId, due]),
  );

  async function submit() {
    const dueDate = readDateText(due);
    const parsed = conclusionFields.safeParse(valuesOf({ text, agencyId, pillarId, due }));
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    if (!dueDate.ok) found.dueDate = t('input.dateInvalid');
    if (!form.check(found) || !parsed.success) return;
    // An edit sends only what differs from the conclusion as it opened.
    const base = conclusion ? conclusionFields.safeParse(valuesOf(loaded)) : null;
    const patch = base?.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (conclusion && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    await form.save(async () => {
      const saved = conclusion
        ? await write('conclusions.update', { id: conclusion.id, patch })
        : await write('conclusions.create', { ...parsed.data, meetingId });
      showStatus(
        t(conclusion ? 'meetings.conclusionForm.updated' : 'meetings.conclusionForm.created', {
          seq: saved.seq,
        }),
      );
      unsaved.settled();
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
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={unsaved.guard(onClose)} />}
    >
      <FormAlert errors={{}} failure={form.failure} notice={form.notice} />
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
