import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/api/types';
import { write } from '../api/writes';
import { defaultPlan, usePlans, useSettings } from '../hooks/useReferenceData';
import { showStatus } from '../stores/status';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';
import { Field } from './Field';
import './planSelectorStrings';
import { planShortLabel } from './planTitle';
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
  const plans = usePlans();
  const settings = useSettings();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const defaultId = defaultPlan(plans, settings)?.id ?? null;
  const marked = (p: Plan, label: string) =>
    p.id === defaultId ? t('workspace.defaultMark', { label }) : label;
  // The box shows the number and a shortened title; its title attribute (the hover) the whole plan. The
  // default mark of the plan shown sits beside the label, so the box keeps its room for the title.
  const options = plans.map((p) => ({
    value: p.id,
    label: p.id === value ? planShortLabel(p) : marked(p, planShortLabel(p)),
  }));
  const shown = plans.find((p) => p.id === value);
  const shownIsDefault = shown !== undefined && shown.id === defaultId;

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
      <Field
        label={
          <>
            {t('workspace.plan')}
            {shownIsDefault ? (
              <span className="plan-default-mark"> · {t('planSelector.opensByDefault')}</span>
            ) : null}
          </>
        }
      >
        {(control) => (
          <Select
            {...control}
            data-testid="plan-selector"
            title={shown ? marked(shown, planLabel(shown)) : undefined}
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
