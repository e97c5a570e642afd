// Create or edit a meeting. The shared zod schema checks the fields first (the backend's own Vietnamese
// messages); whatever the backend still rejects comes back per field (ApiCallError.fields) and is shown
// next to the same field.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { meetingFields } from '../../../shared/api/schemas';
import type { Meeting, MeetingDetail } from '../../../shared/api/types';
import { MEETING_MODES, type MeetingMode } from '../../../shared/domain';
import { write } from '../../api/writes';
import { dateToText, FormAlert, FormButtons, Modal } from '../../components';
import {
  checkedForm,
  dateText,
  FormDate,
  FormSelect,
  FormText,
  FormTextArea,
  useRecordForm,
} from '../../components/form';
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

const ORDER = [
  'number',
  'heldOn',
  'title',
  'chair',
  'mode',
  'location',
  'attendees',
  'agenda',
  'noticeNumber',
  'noticeDate',
] as const;

/** The texts read (typed dates get the form's own dd/mm/yyyy wording), then checked with meetingFields. */
const meetingSchema = (heldOnMissing: string) =>
  checkedForm(
    z.object({
      number: z.string().transform((s) => (s.trim() === '' ? undefined : Number(s.trim()))),
      heldOn: dateText().transform((v, ctx) => {
        if (v !== null) return v;
        ctx.addIssue({ code: 'custom', message: heldOnMissing });
        return z.NEVER;
      }),
      title: z.string(),
      chair: z.string(),
      mode: z.enum(MEETING_MODES),
      location: z.string(),
      attendees: z.string(),
      agenda: z.string(),
      noticeNumber: z.string().transform((s) => s.trim() || null),
      noticeDate: dateText(),
    }),
    meetingFields,
  );

export function MeetingForm({ meeting, nextNumber, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => meetingSchema(t('meetings.form.heldOnMissing')), [t]);
  const form = useRecordForm(
    { schema, initial: draftOf(meeting, nextNumber), order: ORDER, prefix: 'patch.' },
    () => body.current,
  );

  async function submit() {
    // An edit sends only what the person changed.
    await form.submit(async (input, changed) => {
      const saved = meeting
        ? await write('meetings.update', { id: meeting.id, patch: changed })
        : await write('meetings.create', input);
      showStatus(t(meeting ? 'meetings.form.updated' : 'meetings.form.created', { number: saved.number }));
      onSaved(saved);
    }, meeting !== null);
  }

  const label = (key: keyof Draft) => t(`meetings.form.${key}`);
  return (
    <Modal
      open
      size="lg"
      testId="meeting-form"
      title={
        meeting ? t('meetings.form.editTitle', { number: meeting.number }) : t('meetings.form.createTitle')
      }
      onClose={onClose}
      beforeClose={form.unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={form.unsaved.guard(onClose)} />}
    >
      <FormAlert errors={form.errors} failure={form.failure} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div className="form-grid meeting-form-grid" ref={body}>
          <FormText<Draft> name="number" label={label('number')} inputMode="numeric" required />
          <FormDate<Draft> name="heldOn" label={label('heldOn')} required />
          <FormText<Draft>
            name="title"
            label={label('title')}
            hint={t('meetings.form.titleHint')}
            className="span-2"
          />
          <FormText<Draft>
            name="chair"
            label={label('chair')}
            hint={t('meetings.form.chairHint')}
            className="span-2"
          />
          <FormSelect<Draft>
            name="mode"
            label={label('mode')}
            options={MEETING_MODES.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
          />
          <FormText<Draft> name="location" label={label('location')} />
          <FormTextArea<Draft> name="attendees" label={label('attendees')} rows={2} className="span-2" />
          <FormTextArea<Draft> name="agenda" label={label('agenda')} rows={3} className="span-2" />
          <FormText<Draft>
            name="noticeNumber"
            label={label('noticeNumber')}
            hint={t('meetings.form.noticeNumberHint')}
          />
          <FormDate<Draft> name="noticeDate" label={label('noticeDate')} />
        </div>
      </FormProvider>
    </Modal>
  );
}
