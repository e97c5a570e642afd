// Create or edit a meeting. The shared zod schema checks the fields first (the backend's own Vietnamese
// messages); whatever the backend still rejects comes back per field (ApiCallError.fields) and is shown
// next to the same field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingFields } from '../../../shared/api/schemas';
import type { Meeting, MeetingDetail } from '../../../shared/api/types';
import { MEETING_MODES, type MeetingMode } from '../../../shared/domain';
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
  TextInput,
  dateToText,
  readDateText,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  /** null: a new meeting. */
  meeting: Meeting | null;
  nextNumber: number;
  onClose(): void;
  onSaved(meeting: MeetingDetail): void;
}

type Draft = Record<
  | 'number'
  | 'heldOn'
  | 'title'
  | 'chair'
  | 'location'
  | 'attendees'
  | 'agenda'
  | 'noticeNumber'
  | 'noticeDate',
  string
> & {
  mode: MeetingMode;
};

function draftOf(m: Meeting | null, nextNumber: number): Draft {
  return {
    number: String(m?.number ?? nextNumber),
    heldOn: dateToText(m?.heldOn),
    title: m?.title ?? '',
    chair: m?.chair ?? '',
    mode: m?.mode ?? 'truc_tiep',
    location: m?.location ?? '',
    attendees: m?.attendees ?? '',
    agenda: m?.agenda ?? '',
    noticeNumber: m?.noticeNumber ?? '',
    noticeDate: dateToText(m?.noticeDate),
  };
}

/** The texts as the schema reads them; a date that does not read is sent as 'invalid' for the schema to flag. */
function valuesOf(draft: Draft) {
  const heldOn = readDateText(draft.heldOn);
  const noticeDate = readDateText(draft.noticeDate);
  return {
    number: draft.number.trim() === '' ? undefined : Number(draft.number.trim()),
    heldOn: heldOn.ok ? (heldOn.value ?? undefined) : 'invalid',
    title: draft.title,
    chair: draft.chair,
    mode: draft.mode,
    location: draft.location,
    attendees: draft.attendees,
    agenda: draft.agenda,
    noticeNumber: draft.noticeNumber.trim() || null,
    noticeDate: noticeDate.ok ? noticeDate.value : 'invalid',
  };
}

export function MeetingForm({ meeting, nextNumber, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [loaded] = useState(() => draftOf(meeting, nextNumber));
  const [draft, setDraft] = useState(loaded);
  const form = useFormSave({ prefix: 'patch.' });
  const { errors } = form;
  const unsaved = useUnsavedChanges(changedKeys(loaded, draft).length > 0, draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    const heldOn = readDateText(draft.heldOn);
    const noticeDate = readDateText(draft.noticeDate);
    const parsed = meetingFields.safeParse(valuesOf(draft));
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    // Typed dates get the form's own wording (dd/mm/yyyy), not the ISO hint meant for the CLI.
    if (!heldOn.ok) found.heldOn = t('input.dateInvalid');
    else if (heldOn.value === null) found.heldOn = t('meetings.form.heldOnMissing');
    if (!noticeDate.ok) found.noticeDate = t('input.dateInvalid');
    if (!form.check(found) || !parsed.success) return;
    // An edit sends only what differs from the meeting as it opened.
    const base = meeting ? meetingFields.safeParse(valuesOf(loaded)) : null;
    const patch = base?.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (meeting && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));

    await form.save(async () => {
      const saved = meeting
        ? await write('meetings.update', { id: meeting.id, patch })
        : await write('meetings.create', parsed.data);
      showStatus(t(meeting ? 'meetings.form.updated' : 'meetings.form.created', { number: saved.number }));
      unsaved.settled();
      onSaved(saved);
    });
  }

  const text = (key: 'title' | 'chair' | 'location' | 'noticeNumber', hint?: string, wide = false) => (
    <Field
      label={t(`meetings.form.${key}`)}
      error={errors[key]}
      hint={hint}
      className={wide ? 'span-2' : undefined}
    >
      {(c) => <TextInput {...c} name={key} value={draft[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const date = (key: 'heldOn' | 'noticeDate', required = false) => (
    <Field label={t(`meetings.form.${key}`)} error={errors[key]} required={required}>
      {(c) => <DateInput {...c} name={key} value={draft[key]} onChange={(v) => set(key, v)} />}
    </Field>
  );
  return (
    <Modal
      open
      size="lg"
      testId="meeting-form"
      title={
        meeting ? t('meetings.form.editTitle', { number: meeting.number }) : t('meetings.form.createTitle')
      }
      onClose={onClose}
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={unsaved.guard(onClose)} />}
    >
      <FormAlert errors={errors} failure={form.failure} notice={form.notice} />
      <div className="form-grid meeting-form-grid">
        <Field label={t('meetings.form.number')} error={errors.number} required>
          {(c) => (
            <TextInput
              {...c}
              name="number"
              inputMode="numeric"
              value={draft.number}
              onChange={(e) => set('number', e.target.value)}
            />
          )}
        </Field>
        {date('heldOn', true)}
        {text('title', t('meetings.form.titleHint'), true)}
        {text('chair', t('meetings.form.chairHint'), true)}
        <Field label={t('meetings.form.mode')} error={errors.mode}>
          {(c) => (
            <Select
              {...c}
              name="mode"
              value={draft.mode}
              onChange={(v) => set('mode', v as MeetingMode)}
              options={MEETING_MODES.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
            />
          )}
        </Field>
        {text('location')}
        <Field label={t('meetings.form.attendees')} error={errors.attendees} className="span-2">
          {(c) => (
            <TextArea
              {...c}
              name="attendees"
              rows={2}
              value={draft.attendees}
              onChange={(e) => set('attendees', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('meetings.form.agenda')} error={errors.agenda} className="span-2">
          {(c) => (
            <TextArea
              {...c}
              name="agenda"
              rows={3}
              value={draft.agenda}
              onChange={(e) => set('agenda', e.target.value)}
            />
          )}
        </Field>
        {text('noticeNumber', t('meetings.form.noticeNumberHint'))}
        {date('noticeDate')}
      </div>
    </Modal>
  );
}
