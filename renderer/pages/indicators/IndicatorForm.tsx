// Create or edit an indicator. The shared zod schema checks the fields first (same Vietnamese messages
// as the backend); a new indicator may get the current year's target in the same step, since an
// indicator without a target cannot be assessed.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { indicatorCreate } from '../../../shared/api/schemas';
import type { Indicator } from '../../../shared/api/types';
import { DIRECTIONS, type Direction } from '../../../shared/domain';
import { write } from '../../api/writes';
import { agencyOptions, FormAlert, FormButtons, Modal, planLabel } from '../../components';
import {
  FormNumber,
  FormSelect,
  FormText,
  FormTextArea,
  numberText,
  optionalId,
  useRecordForm,
} from '../../components/form';
import { useAgencies, usePillars, usePlans } from '../../hooks/useReferenceData';
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

const ORDER = [
  'code',
  'unit',
  'name',
  'planId',
  'pillarId',
  'leadAgencyId',
  'direction',
  'target',
  'baseline',
  'definition',
] as const;

/** The texts read, then checked with the shared indicatorCreate; a new one's target and baseline beside. */
const indicatorSchema = () =>
  z
    .object({
      planId: optionalId(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      pillarId: optionalId(),
      leadAgencyId: optionalId(),
      direction: z.enum(DIRECTIONS),
      definition: z.string(),
      baseline: numberText(),
      target: numberText(),
    })
    .transform(({ baseline, target, ...fields }, ctx) => {
      const read = indicatorCreate.safeParse(fields);
      if (read.success) return { ...read.data, baseline, target };
      for (const issue of read.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
      return z.NEVER;
    });

export function IndicatorForm({ indicator, defaultPlanId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const plans = usePlans();
  const pillars = usePillars();
  const agencies = useAgencies();
  const body = useRef<HTMLDivElement>(null);
  const creating = indicator === null;
  const schema = useMemo(() => indicatorSchema(), []);
  const form = useRecordForm(
    {
      schema,
      initial: draftOf(indicator, defaultPlanId),
      order: ORDER,
      prefix: 'patch.',
      codeField: 'code',
      check: (v): Record<string, string> =>
        creating && v.target === null && v.baseline !== null
          ? { target: t('indicators.form.targetNeeded') }
          : {},
    },
    () => body.current,
  );

  async function submit() {
    await form.submit(async (input, changed) => {
      const { baseline, target, ...fields } = input;
      let saved: Indicator;
      if (creating) {
        saved = await write('indicators.create', fields);
        if (target !== null)
          await write('indicators.setTarget', { indicatorId: saved.id, year, baseline, target });
      } else {
        // An edit sends only what the person changed.
        const { baseline: _b, target: _t, ...patch } = changed;
        saved = await write('indicators.update', { id: indicator.id, patch });
      }
      showStatus(t(creating ? 'indicators.form.created' : 'indicators.form.updated', { code: saved.code }));
      onSaved(saved);
    }, !creating);
  }

  const label = (key: string) => t(`indicators.form.${key}`);
  return (
    <Modal
      open
      size="md"
      testId="indicator-form"
      title={
        creating ? t('indicators.form.createTitle') : t('indicators.form.editTitle', { code: indicator.code })
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
          <FormText<Draft>
            name="unit"
            label={label('unit')}
            required
            hint={label('unitHint')}
            testId="f-unit"
          />
          <FormText<Draft> name="name" label={label('name')} required className="span-2" testId="f-name" />
          <FormSelect<Draft>
            name="planId"
            label={label('plan')}
            className="span-2"
            placeholder={label('noPlan')}
            options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
          />
          <FormSelect<Draft>
            name="pillarId"
            label={label('pillar')}
            placeholder={t('app.notSet')}
            options={pillars.map((p) => ({ value: p.id, label: p.name }))}
          />
          <FormSelect<Draft>
            name="leadAgencyId"
            label={label('agency')}
            placeholder={t('app.notSet')}
            options={agencyOptions(agencies)}
          />
          <FormSelect<Draft>
            name="direction"
            label={label('direction')}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.direction.${d}`) }))}
          />
          {creating ? (
            <>
              <FormNumber<Draft>
                name="target"
                label={t('indicators.form.target', { year })}
                testId="f-target"
              />
              <FormNumber<Draft>
                name="baseline"
                label={t('indicators.targets.baseline')}
                hint={t('indicators.targets.baselineHint')}
                testId="f-baseline"
              />
            </>
          ) : null}
          <FormTextArea<Draft> name="definition" label={label('definition')} className="span-2" />
        </div>
      </FormProvider>
    </Modal>
  );
}
