// Create or edit an agency. Checked with the shared schema first, so the messages next to the fields
// are the backend's own; a duplicate code comes back from the backend and lands on the code field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyFields } from '../../../shared/api/schemas';
import type { Agency } from '../../../shared/api/types';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain';
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

type Draft = ReturnType<typeof draftOf>;

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

/** The texts as the schema reads them (a date that does not read stays null; the form flags it). */
function valuesOf(draft: Draft) {
  const from = readDateText(draft.validFrom);
  const to = readDateText(draft.validTo);
  return {
    code: draft.code,
    name: draft.name,
    shortName: draft.shortName.trim() || null,
    kind: draft.kind,
    email: draft.email.trim() || null,
    validFrom: from.ok ? from.value : null,
    validTo: to.ok ? to.value : null,
  };
}

interface Props {
  agency: Agency | null;
  onClose(): void;
  onSaved(a: Agency): void;
}

export function AgencyForm({ agency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [loaded] = useState(() => draftOf(agency));
  const [draft, setDraft] = useState(loaded);
  const form = useFormSave({ prefix: 'patch.', codeField: 'code' });
  const { errors } = form;
  const unsaved = useUnsavedChanges(changedKeys(loaded, draft).length > 0, draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.edited([key]);
  };

  async function submit() {
    const from = readDateText(draft.validFrom);
    const to = readDateText(draft.validTo);
    const parsed = agencyFields.safeParse(valuesOf(draft));
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    if (!from.ok) found.validFrom = t('input.dateInvalid');
    if (!to.ok) found.validTo = t('input.dateInvalid');
    if (from.ok && to.ok && from.value && to.value && to.value < from.value)
      found.validTo = t('catalog.agencyForm.validToBeforeFrom');
    if (!form.check(found) || !parsed.success) return;
    // An edit sends only what differs from the agency as it opened.
    const base = agency ? agencyFields.safeParse(valuesOf(loaded)) : null;
    const patch = base?.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (agency && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    await form.save(async () => {
      const saved = agency
        ? await write('agencies.update', { id: agency.id, patch })
        : await write('agencies.create', parsed.data);
      showStatus(
        t(agency ? 'catalog.agencyForm.updated' : 'catalog.agencyForm.created', {
          name: saved.shortName || saved.name,
        }),
      );
      unsaved.settled();
      onSaved(saved);
    });
  }

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
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={unsaved.guard(onClose)} />}
    >
      <FormAlert errors={errors} failure={form.failure} notice={form.notice} />
      <div className="form-grid">
        <Field
          label={t('catalog.agencyForm.code')}
          required
          error={errors.code}
          hint={t('catalog.agencyForm.codeHint')}
        >
          {(c) => (
            <TextInput
              {...c}
              value={draft.code}
              onChange={(e) => set('code', e.target.value)}
              data-testid="f-code"
            />
          )}
        </Field>
        <Field label={t('catalog.agencyForm.kind')} required error={errors.kind}>
          {(c) => (
            <Select
              {...c}
              value={draft.kind}
              options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`catalog.kind.${k}`) }))}
              onChange={(v) => set('kind', v as AgencyKind)}
            />
          )}
        </Field>
        <Field label={t('catalog.agencyForm.name')} required error={errors.name} className="span-2">
          {(c) => (
            <TextInput
              {...c}
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
              data-testid="f-name"
            />
          )}
        </Field>
        <Field
          label={t('catalog.agencyForm.shortName')}
          error={errors.shortName}
          hint={t('catalog.agencyForm.shortNameHint')}
        >
          {(c) => (
            <TextInput {...c} value={draft.shortName} onChange={(e) => set('shortName', e.target.value)} />
          )}
        </Field>
        <Field label={t('catalog.agencyForm.email')} error={errors.email}>
          {(c) => (
            <TextInput
              {...c}
              type="email"
              value={draft.email}
              onChange={(e) => set('email', e.target.value)}
              data-testid="f-email"
            />
          )}
        </Field>
        <Field label={t('catalog.agencyForm.validFrom')} error={errors.validFrom}>
          {(c) => <DateInput {...c} value={draft.validFrom} onChange={(v) => set('validFrom', v)} />}
        </Field>
        <Field label={t('catalog.agencyForm.validTo')} error={errors.validTo}>
          {(c) => <DateInput {...c} value={draft.validTo} onChange={(v) => set('validTo', v)} />}
        </Field>
      </div>
    </Modal>
  );
}
