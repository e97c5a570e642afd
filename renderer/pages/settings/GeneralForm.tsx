// The committee's details and the tracking rules: one form, one save. Numbers are typed the Vietnamese
// way; the tolerance is shown and typed as a percentage but stored as a fraction (10% -> 0.1).
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { settingsPatch } from '../../../shared/api/schemas';
import type { Settings } from '../../../shared/api/types';
import { formatNumber } from '../../../shared/format/vi';
import { timeZoneNames } from '../../../shared/format/zone';
import { write } from '../../api/writes';
import { FormAlert, SaveButton } from '../../components';
import {
  checkedForm,
  FormNumber,
  FormSelect,
  FormText,
  FormTextArea,
  numberText,
  useRecordForm,
} from '../../components/form';
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
const ORDER = [...TEXT_FIELDS, 'dueSoonDays', 'assessmentTolerance', 'backupKeep', 'timeZone'] as const;

/** Fields with a hint under them (the others are self-explanatory). */
const HINTS: Partial<Record<TextField, string>> = {
  reportPlace: 'settings.general.reportPlaceHint',
  operatorName: 'settings.general.operatorNameHint',
};

type Draft = Record<(typeof ORDER)[number], string>;

/** The form's texts for the stored settings: what "changed" and "unsaved" are measured against. */
function draftOf(settings: Settings): Draft {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((k) => [k, settings[k]])) as Record<TextField, string>),
    dueSoonDays: String(settings.dueSoonDays),
    assessmentTolerance: formatNumber(settings.assessmentTolerance * 100, 4),
    backupKeep: String(settings.backupKeep),
    timeZone: settings.timeZone,
  };
}

/** The texts read (the tolerance as a percentage), then checked with the shared settingsPatch. */
const generalSchema = (messages: Record<string, string>) =>
  checkedForm(
    z.object({
      ...(Object.fromEntries(TEXT_FIELDS.map((k) => [k, z.string()])) as Record<TextField, z.ZodString>),
      dueSoonDays: numberText({ integer: true, required: true }),
      assessmentTolerance: numberText({ required: true }).transform((v) => (v === null ? v : v / 100)),
      backupKeep: numberText({ integer: true, required: true }),
      timeZone: z.string(),
    }),
    settingsPatch,
    messages,
  );

export function GeneralForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  // The schema's own messages speak of fractions and types; these say what to type here.
  const schema = useMemo(
    () =>
      generalSchema({
        dueSoonDays: t('settings.rules.dueSoonInvalid'),
        assessmentTolerance: t('settings.rules.toleranceInvalid'),
        backupKeep: t('settings.rules.backupKeepInvalid'),
      }),
    [t],
  );
  const form = useRecordForm({ schema, initial: draftOf(settings), order: ORDER }, () => body.current);
  // Every IANA zone the runtime knows; the stored one first among them even if it is an alias.
  const zoneOptions = useMemo(() => {
    const names = timeZoneNames();
    const all = names.includes(settings.timeZone) ? names : [settings.timeZone, ...names];
    return all.map((z) => ({ value: z, label: z }));
  }, [settings.timeZone]);

  async function submit() {
    // Only what differs from the stored settings is sent, so the change log names exactly that.
    await form.submit(async (_input, changed) => {
      await write('settings.update', changed);
      showStatus(t('settings.general.saved'));
    }, true);
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
      <FormAlert errors={form.errors} failure={form.failure} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div ref={body}>
          <div className="form-grid">
            {TEXT_FIELDS.map((k) => {
              const common = {
                name: k,
                label: t(`settings.general.${k}`),
                required: k !== 'centreEmail',
                hint: HINTS[k] && t(HINTS[k]),
                testId: `s-${k}`,
              };
              return k === 'committeeName' ? (
                <FormTextArea<Draft> key={k} {...common} rows={2} className="span-2" />
              ) : (
                <FormText<Draft> key={k} {...common} type={k === 'centreEmail' ? 'email' : 'text'} />
              );
            })}
          </div>
          <h2 className="subsection-title">{t('settings.rules.title')}</h2>
          <div className="form-grid rules-grid">
            <FormNumber<Draft>
              name="dueSoonDays"
              label={t('settings.rules.dueSoonDays')}
              hint={t('settings.rules.dueSoonDaysHint')}
              testId="s-dueSoonDays"
            />
            <FormNumber<Draft>
              name="assessmentTolerance"
              label={t('settings.rules.tolerance')}
              hint={t('settings.rules.toleranceHint')}
              suffix="%"
              testId="s-tolerance"
            />
            <FormNumber<Draft>
              name="backupKeep"
              label={t('settings.rules.backupKeep')}
              hint={t('settings.rules.backupKeepHint')}
              testId="s-backupKeep"
            />
            <FormSelect<Draft>
              name="timeZone"
              label={t('settings.rules.timeZone')}
              hint={t('settings.rules.timeZoneHint')}
              testId="s-timeZone"
              options={zoneOptions}
            />
          </div>
        </div>
      </FormProvider>
      <div className="form-actions">
        <SaveButton busy={form.busy} label={t('settings.general.save')} data-testid="save-general" />
      </div>
    </form>
  );
}
