// Create or edit an agency. Checked with the shared schema first, so the messages next to the fields
// are the backend's own; a duplicate code comes back from the backend and lands on the code field.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agencyFields } from '../../../shared/api/schemas';
import type { Agency } from '../../../shared/api/types';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain';
import { write } from '../../api/writes';
import { FormAlert, FormButtons, Modal, dateToText } from '../../components';
import { checkedForm, dateText, FormDate, FormSelect, FormText, useRecordForm } from '../../components/form';
import { showStatus } from '../../stores/status';

type Draft = ReturnType<typeof draftOf>;
const ORDER = ['code', 'kind', 'name', 'shortName', 'email', 'validFrom', 'validTo'] as const;

/** The form's texts for an agency (or a new one). */
function draftOf(agency: Agency | null) {
  return {
    code: agency?.code ?? '',
    name: agency?.name ?? '',
    shortName: agency?.shortName ?? '',
    kind: agency?.kind ?? ('so_ban_nganh' as AgencyKind),
    email: agency?.email ?? '',
    validFrom: dateToText(agency?.validFrom),
    validTo: dateToText(agency?.validTo),
  };
}

const blankToNull = () => z.string().transform((s) => s.trim() || null);

/** The texts read, then checked with the shared agencyFields. */
const agencySchema = () =>
  checkedForm(
    z.object({
      code: z.string(),
      name: z.string(),
      shortName: blankToNull(),
      kind: z.enum(AGENCY_KINDS),
      email: blankToNull(),
      validFrom: dateText(),
      validTo: dateText(),
    }),
    agencyFields,
  );

interface Props {
  agency: Agency | null;
  onClose(): void;
  onSaved(a: Agency): void;
}

export function AgencyForm({ agency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => agencySchema(), []);
  const form = useRecordForm(
    {
      schema,
      initial: draftOf(agency),
      order: ORDER,
      prefix: 'patch.',
      codeField: 'code',
      check: (v): Record<string, string> =>
        v.validFrom && v.validTo && v.validTo < v.validFrom
          ? { validTo: t('catalog.agencyForm.validToBeforeFrom') }
          : {},
    },
    () => body.current,
  );

  async function submit() {
    // An edit sends only what the person changed.
    await form.submit(async (input, changed) => {
      const saved = agency
        ? await write('agencies.update', { id: agency.id, patch: changed })
        : await write('agencies.create', input);
      showStatus(
        t(agency ? 'catalog.agencyForm.updated' : 'catalog.agencyForm.created', {
          name: saved.shortName || saved.name,
        }),
      );
      onSaved(saved);
    }, agency !== null);
  }

  const label = (key: string) => t(`catalog.agencyForm.${key}`);
  return (
    <Modal
      open
      testId="agency-form"
      title={
        agency
          ? t('catalog.agencyForm.editTitle', { code: agency.code })
          : t('catalog.agencyForm.createTitle')
      }
      onClose={onClose}
      beforeClose={form.unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={form.unsaved.guard(onClose)} />}
    >
      <FormAlert errors={form.errors} failure={form.failure} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div className="form-grid" ref={body}>
          <FormText<Draft>
            name="code"
            label={label('code')}
            required
            hint={label('codeHint')}
            testId="f-code"
          />
          <FormSelect<Draft>
            name="kind"
            label={label('kind')}
            required
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`catalog.kind.${k}`) }))}
          />
          <FormText<Draft> name="name" label={label('name')} required className="span-2" testId="f-name" />
          <FormText<Draft> name="shortName" label={label('shortName')} hint={label('shortNameHint')} />
          <FormText<Draft> name="email" label={label('email')} type="email" testId="f-email" />
          <FormDate<Draft> name="validFrom" label={label('validFrom')} />
          <FormDate<Draft> name="validTo" label={label('validTo')} />
        </div>
      </FormProvider>
    </Modal>
  );
}
