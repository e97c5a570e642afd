// Create or edit an indicator. The shared zod schema checks the fields first (same Vietnamese messages
// as the backend); a new indicator may get the current year's target in the same step, since an
// indicator without a target cannot be assessed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorCreate } from '../../../shared/api/schemas';
import type { Indicator } from '../../../shared/api/types';
import { DIRECTIONS, type Direction } from '../../../shared/domain';
import { write } from '../../api/writes';
import {
  changedKeys,
  Field,
  FormAlert,
  FormButtons,
  isEmptyPatch,
  Modal,
  NumberInput,
  patchOf,
  Select,
  TextArea,
  TextInput,
  readNumberText,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
  agencyOptions,
} from '../../components';
import { planLabel } from '../../components';
import { useReferenceData } from '../../hooks/useReferenceData';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  /** null: a new indicator. */
  indicator: Indicator | null;
  defaultPlanId: string | null;
  /** The year whose target a new indicator may get. */
  year: number;
  onClose(): void;
  onSaved(indicator: Indicator): void;
}

interface Draft {
  planId: string;
  code: string;
  name: string;
  unit: string;
  pillarId: string;
  leadAgencyId: string;
  direction: Direction;
  definition: string;
  baseline: string;
  target: string;
}

function draftOf(i: Indicator | null, planId: string | null): Draft {
  return {
    planId: i ? (i.planId ?? '') : (planId ?? ''),
    code: i?.code ?? '',
    name: i?.name ?? '',
    unit: i?.unit ?? '',
    pillarId: i?.pillarId ?? '',
    leadAgencyId: i?.leadAgencyId ?? '',
    direction: i?.direction ?? 'increase',
    definition: i?.definition ?? '',
    baseline: '',
    target: '',
  };
}

/** The texts as the schema reads them ('' for "none"). */
const valuesOf = (d: Draft) => ({
  planId: d.planId || null,
  code: d.code,
  name: d.name,
  unit: d.unit,
  pillarId: d.pillarId || null,
  leadAgencyId: d.leadAgencyId || null,
  direction: d.direction,
  definition: d.definition,
});

export function IndicatorForm({ indicator, defaultPlanId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { plans, pillars, agencies } = useReferenceData();
  const [loaded] = useState(() => draftOf(indicator, defaultPlanId));
  const [draft, setDraft] = useState(loaded);
  const form = useFormSave({ prefix: 'patch.', codeField: 'code' });
  const { errors } = form;
  const creating = indicator === null;
  const unsaved = useUnsavedChanges(changedKeys(loaded, draft).length > 0, draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.edited([key]);
  };

  async function submit() {
    const parsed = indicatorCreate.safeParse(valuesOf(draft));
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    const baseline = readNumberText(draft.baseline);
    const target = readNumberText(draft.target);
    if (creating) {
      if (!baseline.ok) found.baseline = t('input.numberInvalid');
      if (!target.ok) found.target = t('input.numberInvalid');
      else if (target.value === null && baseline.ok && baseline.value !== null)
        found.target = t('indicators.form.targetNeeded');
    }
    if (!form.check(found) || !parsed.success) return;
    // An edit sends only what differs from the indicator as it opened.
    const base = creating ? null : indicatorCreate.safeParse(valuesOf(loaded));
    const patch = base?.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (!creating && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));

    await form.save(async () => {
      let saved: Indicator;
      if (creating) {
        saved = await write('indicators.create', parsed.data);
        if (target.ok && target.value !== null) {
          await write('indicators.setTarget', {
            indicatorId: saved.id,
            year,
            baseline: baseline.ok ? baseline.value : null,
            target: target.value,
          });
        }
      } else {
        saved = await write('indicators.update', { id: indicator.id, patch });
      }
      showStatus(t(creating ? 'indicators.form.created' : 'indicators.form.updated', { code: saved.code }));
      unsaved.settled();
      onSaved(saved);
    });
  }

  return (
    <Modal
      open
      size="md"
      testId="indicator-form"
      title={
        creating ? t('indicators.form.createTitle') : t('indicators.form.editTitle', { code: indicator.code })
      }
      onClose={onClose}
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={unsaved.guard(onClose)} />}
    >
      <FormAlert errors={errors} failure={form.failure} notice={form.notice} />
      <div className="form-grid">
        <Field
          label={t('indicators.form.code')}
          required
          error={errors.code}
          hint={t('indicators.form.codeHint')}
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
        <Field
          label={t('indicators.form.unit')}
          required
          error={errors.unit}
          hint={t('indicators.form.unitHint')}
        >
          {(c) => (
            <TextInput
              {...c}
              value={draft.unit}
              onChange={(e) => set('unit', e.target.value)}
              data-testid="f-unit"
            />
          )}
        </Field>
        <Field label={t('indicators.form.name')} required error={errors.name} className="span-2">
          {(c) => (
            <TextInput
              {...c}
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
              data-testid="f-name"
            />
          )}
        </Field>
        <Field label={t('indicators.form.plan')} error={errors.planId} className="span-2">
          {(c) => (
            <Select
              {...c}
              value={draft.planId}
              placeholder={t('indicators.form.noPlan')}
              options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
              onChange={(v) => set('planId', v)}
            />
          )}
        </Field>
        <Field label={t('indicators.form.pillar')} error={errors.pillarId}>
          {(c) => (
            <Select
              {...c}
              value={draft.pillarId}
              placeholder={t('app.notSet')}
              options={pillars.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(v) => set('pillarId', v)}
            />
          )}
        </Field>
        <Field label={t('indicators.form.agency')} error={errors.leadAgencyId}>
          {(c) => (
            <Select
              {...c}
              value={draft.leadAgencyId}
              placeholder={t('app.notSet')}
              options={agencyOptions(agencies)}
              onChange={(v) => set('leadAgencyId', v)}
            />
          )}
        </Field>
        <Field label={t('indicators.form.direction')} error={errors.direction}>
          {(c) => (
            <Select
              {...c}
              value={draft.direction}
              options={DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.direction.${d}`) }))}
              onChange={(v) => set('direction', v as Direction)}
            />
          )}
        </Field>
        {creating ? (
          <>
            <Field label={t('indicators.form.target', { year })} error={errors.target}>
              {(c) => (
                <NumberInput
                  {...c}
                  value={draft.target}
                  onChange={(v) => set('target', v)}
                  data-testid="f-target"
                />
              )}
            </Field>
            <Field
              label={t('indicators.targets.baseline')}
              error={errors.baseline}
              hint={t('indicators.targets.baselineHint')}
            >
              {(c) => (
                <NumberInput
                  {...c}
                  value={draft.baseline}
                  onChange={(v) => set('baseline', v)}
                  data-testid="f-baseline"
                />
              )}
            </Field>
          </>
        ) : null}
        <Field label={t('indicators.form.definition')} error={errors.definition} className="span-2">
          {(c) => (
            <TextArea {...c} value={draft.definition} onChange={(e) => set('definition', e.target.value)} />
          )}
        </Field>
      </div>
    </Modal>
  );
}
