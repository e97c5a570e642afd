// Add or edit one conclusion: its text, the agency it is assigned to, the deadline and the pillar.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { conclusionFields } from '../../../shared/api/schemas';
import type { Conclusion } from '../../../shared/api/types';
import { write } from '../../api/writes';
import { agencyOptions, dateToText, FormAlert, FormButtons, Modal } from '../../components';
import {
  checkedForm,
  dateText,
  FormDate,
  FormSelect,
  FormTextArea,
  optionalId,
  useRecordForm,
} from '../../components/form';
import { useAgencies, usePillars } from '../../hooks/useReferenceData';
import { showStatus } from '../../stores/status';

interface Props {
  meetingId: string;
  /** null: a new conclusion. */
  conclusion: Conclusion | null;
  onClose(): void;
  onSaved(c: Conclusion): void;
}

interface Draft {
  text: string;
  agencyId: string;
  pillarId: string;
  dueDate: string;
}
const ORDER = ['text', 'agencyId', 'dueDate', 'pillarId'] as const;

/** The texts read, then checked with the shared conclusionFields. */
const conclusionSchema = () =>
  checkedForm(
    z.object({ text: z.string(), agencyId: optionalId(), pillarId: optionalId(), dueDate: dateText() }),
    conclusionFields,
  );

export function ConclusionForm({ meetingId, conclusion, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const pillars = usePillars();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => conclusionSchema(), []);
  const form = useRecordForm(
    {
      schema,
      initial: {
        text: conclusion?.text ?? '',
        agencyId: conclusion?.agencyId ?? '',
        pillarId: conclusion?.pillarId ?? '',
        dueDate: dateToText(conclusion?.dueDate),
      },
      order: ORDER,
      prefix: 'patch.',
    },
    () => body.current,
  );

  async function submit() {
    // An edit sends only what the person changed.
    await form.submit(async (input, changed) => {
      const saved = conclusion
        ? await write('conclusions.update', { id: conclusion.id, patch: changed })
        : await write('conclusions.create', { ...input, meetingId });
      showStatus(
        t(conclusion ? 'meetings.conclusionForm.updated' : 'meetings.conclusionForm.created', {
          seq: saved.seq,
        }),
      );
      onSaved(saved);
    }, conclusion !== null);
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
      beforeClose={form.unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={form.unsaved.guard(onClose)} />}
    >
      <FormAlert errors={{}} failure={form.failure} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div className="form-grid" ref={body}>
          <FormTextArea<Draft>
            name="text"
            label={t('meetings.conclusionForm.text')}
            rows={4}
            required
            className="span-2"
          />
          <FormSelect<Draft>
            name="agencyId"
            label={t('meetings.conclusionForm.agency')}
            className="span-2"
            options={agencyChoices}
            placeholder={t('meetings.conclusionForm.none')}
          />
          <FormDate<Draft> name="dueDate" label={t('meetings.conclusionForm.due')} />
          <FormSelect<Draft>
            name="pillarId"
            label={t('meetings.conclusionForm.pillar')}
            options={pillarOptions}
            placeholder={t('meetings.conclusionForm.none')}
          />
        </div>
      </FormProvider>
    </Modal>
  );
}
