import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/api/types';
import { useReferenceData } from '../stores/referenceData';
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

/** The plan being looked at. Lists active plans from the shared reference data. */
export function PlanSelector({ value, onChange, allowAll = false, className }: PlanSelectorProps) {
  const { t } = useTranslation();
  const plans = useReferenceData((s) => s.plans);
  const options = plans.map((p) => ({ value: p.id, label: planLabel(p) }));
  return (
    <Field label={t('workspace.plan')} className={`plan-selector${className ? ` ${className}` : ''}`}>
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
  );
}
