// The committee's details and the tracking rules: one form, one save. Numbers are typed the Vietnamese
// way; the tolerance is shown and typed as a percentage but stored as a fraction (10% -> 0.1).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsPatch } from '../../../shared/api/schemas';
import type { Settings } from '../../../shared/api/types';
import { formatNumber } from '../../../shared/format/vi';
import { write } from '../../api/writes';
import {
  changedKeys,
  Field,
  FormAlert,
  isEmptyPatch,
  patchOf,
  NumberInput,
  SaveButton,
  TextArea,
  TextInput,
  readNumberText,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

const TEXT_FIELDS = [
  'provinceName',
  'committeeName',
  'committeeShortName',
  'secretariatAgency',
  'reportPlace',
  'operatorName',
  'centreEmail',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Fields with a hint under them (the others are self-explanatory). */
const HINTS: Partial<Record<TextField, string>> = {
  reportPlace: 'settings.general.reportPlaceHint',
  operatorName: 'settings.general.operatorNameHint',
};

interface Props {
  settings: Settings;
}

/** The form's texts for the stored settings: what "changed" and "unsaved" are measured against. */
function draftOf(settings: Settings) {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((k) => [k, settings[k]])) as Record<TextField, string>,
    dueSoon: String(settings.dueSoonDays),
    tolerance: formatNumber(settings.assessmentTolerance * 100, 4),
    keep: String(settings.backupKeep),
  };
}

/** The texts as the schema reads them (the tolerance is typed as a percentage). */
function valuesOf(d: ReturnType<typeof draftOf>) {
  const due = readNumberText(d.dueSoon);
  const tol = readNumberText(d.tolerance);
  const kept = readNumberText(d.keep);
  return {
    ...d.text,
    dueSoonDays: due.ok ? due.value : null,
    assessmentTolerance: tol.ok && tol.value !== null ? tol.value / 100 : null,
    backupKeep: kept.ok ? kept.value : null,
  };
}

export function GeneralForm({ settings }: Props) {
  const { t } = useTranslation();
  const [initial] = useState(() => draftOf(settings));
  const [text, setText] = useState<Record<TextField, string>>(initial.text);
  const [dueSoon, setDueSoon] = useState(initial.dueSoon);
  const [tolerance, setTolerance] = useState(initial.tolerance);
  const [keep, setKeep] = useState(initial.keep);
  const form = useFormSave();
  const { errors } = form;
  // Measured against the settings as stored now, so a save that went through leaves nothing unsaved.
  const stored = draftOf(settings);
  const current = { text, dueSoon, tolerance, keep };
  const unsaved = useUnsavedChanges(changedKeys(stored, current).length > 0, JSON.stringify(current));

  const editText = (k: TextField, value: string) => {
    setText((s) => ({ ...s, [k]: value }));
    form.edited([k]);
  };

  async function submit() {
    const parsed = settingsPatch.safeParse(valuesOf(current));
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    // The schema's own messages speak of fractions and types; these say what to type here.
    if (found.dueSoonDays) found.dueSoonDays = t('settings.rules.dueSoonInvalid');
    if (found.assessmentTolerance) found.assessmentTolerance = t('settings.rules.toleranceInvalid');
    if (found.backupKeep) found.backupKeep = t('settings.rules.backupKeepInvalid');
    if (!form.check(found) || !parsed.success) return;
    // Only what differs from the stored settings is sent, so the change log names exactly that.
    const base = settingsPatch.safeParse(valuesOf(stored));
    const patch = base.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    await form.save(async () => {
      await write('settings.update', patch);
      showStatus(t('settings.general.saved'));
      unsaved.settled();
    });
  }

  return (
    <form
      className="panel settings-form"
      noValidate
      aria-labelledby="settings-general-title"
      data-testid="settings-general"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="settings-general-title">{t('settings.general.title')}</h2>
      <FormAlert errors={errors} failure={form.failure} notice={form.notice} />
      <div className="form-grid">
        {TEXT_FIELDS.map((k) => (
          <Field
            key={k}
            label={t(`settings.general.${k}`)}
            required={k !== 'centreEmail'}
            error={errors[k]}
            hint={HINTS[k] && t(HINTS[k])}
            className={k === 'committeeName' ? 'span-2' : undefined}
          >
            {(c) =>
              k === 'committeeName' ? (
                <TextArea
                  {...c}
                  rows={2}
                  value={text[k]}
                  data-testid={`s-${k}`}
                  onChange={(e) => editText(k, e.target.value)}
                />
              ) : (
                <TextInput
                  {...c}
                  type={k === 'centreEmail' ? 'email' : 'text'}
                  value={text[k]}
                  data-testid={`s-${k}`}
                  onChange={(e) => editText(k, e.target.value)}
                />
              )
            }
          </Field>
        ))}
      </div>
      <h2 className="subsection-title">{t('settings.rules.title')}</h2>
      <div className="form-grid rules-grid">
        <Field
          label={t('settings.rules.dueSoonDays')}
          error={errors.dueSoonDays}
          hint={t('settings.rules.dueSoonDaysHint')}
        >
          {(c) => (
            <NumberInput
              {...c}
              value={dueSoon}
              onChange={(v) => {
                setDueSoon(v);
                form.edited(['dueSoonDays']);
              }}
              inputMode="numeric"
              data-testid="s-dueSoonDays"
            />
          )}
        </Field>
        <Field
          label={t('settings.rules.tolerance')}
          error={errors.assessmentTolerance}
          hint={t('settings.rules.toleranceHint')}
        >
          {(c) => (
            <NumberInput
              {...c}
              value={tolerance}
              onChange={(v) => {
                setTolerance(v);
                form.edited(['assessmentTolerance']);
              }}
              suffix="%"
              data-testid="s-tolerance"
            />
          )}
        </Field>
        <Field
          label={t('settings.rules.backupKeep')}
          error={errors.backupKeep}
          hint={t('settings.rules.backupKeepHint')}
        >
          {(c) => (
            <NumberInput
              {...c}
              value={keep}
              onChange={(v) => {
                setKeep(v);
                form.edited(['backupKeep']);
              }}
              inputMode="numeric"
              data-testid="s-backupKeep"
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <SaveButton busy={form.busy} label={t('settings.general.save')} data-testid="save-general" />
      </div>
    </form>
  );
}
