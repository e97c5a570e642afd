import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/api/types';
import { write } from '../api/writes';
import { defaultPlan, useReferenceData } from '../hooks/useReferenceData';
import { showStatus } from '../stores/status';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';
import { Field } from './Field';
import { Select } from './Select';

export interface PlanSelectorProps {
  /** '' means all plans, offered only with allowAll. */
  value: string;
  onChange(planId: string): void;
  allowAll?: boolean;
  className?: string;
}

export function planLabel(p: Plan): string {
  return `${p.code} – ${p.title}`;
}

/**
 * The plan being looked at, from the active plans of the shared reference data. The plan pages open on
 * (settings.defaultPlanId) is marked; when another plan is shown, the person can make it the one pages
 * open on from here. Choosing a plan to look at never changes that setting by itself.
 */
export function PlanSelector({ value, onChange, allowAll = false, className }: PlanSelectorProps) {
  const { t } = useTranslation();
  const plans = useReferenceData((s) => s.plans);
  const settings = useReferenceData((s) => s.settings);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const defaultId = defaultPlan(plans, settings)?.id ?? null;
  const options = plans.map((p) => ({
    value: p.id,
    label: p.id === defaultId ? t('workspace.defaultMark', { label: planLabel(p) }) : planLabel(p),
  }));
  const shown = plans.find((p) => p.id === value);

  const makeDefault = async (p: Plan) => {
    setBusy(true);
    setFailure(null);
    try {
      await write('settings.update', { defaultPlanId: p.id });
      showStatus(t('workspace.madeDefault', { code: p.code }));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`plan-selector${className ? ` ${className}` : ''}`}>
      <Field label={t('workspace.plan')}>
        {(control) => (
          <Select
            {...control}
            data-testid="plan-selector"
            value={value}
            onChange={onChange}
            options={options}
            placeholder={
              allowAll ? t('workspace.allPlans') : plans.length === 0 ? t('workspace.noPlans') : undefined
            }
          />
        )}
      </Field>
      {shown && shown.id !== defaultId ? (
        <Button
          size="sm"
          variant="ghost"
          busy={busy}
          title={t('workspace.makeDefaultHint')}
          onClick={() => void makeDefault(shown)}
          data-testid="plan-make-default"
        >
          {t('workspace.makeDefault')}
        </Button>
      ) : null}
      {failure ? <ErrorBanner error={failure} /> : null}
    </div>
  );
}
