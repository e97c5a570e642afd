// A plan as its form holds it (text for years and dates); planFormSchema reads it into the API input and
// checks it with the shared planCreate schema (which also requires the last year not to come before the first).
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { planCreate } from '../../../shared/api/schemas';
import type { Plan } from '../../../shared/api/types';
import { PLAN_STATES, type PlanState } from '../../../shared/domain';
import { dateToText } from '../../components';
import { checkedForm, dateText, yearText } from '../../components/form';

export interface PlanDraft {
  code: string;
  title: string;
  yearFrom: string;
  yearTo: string;
  issuedOn: string;
  issuedBy: string;
  basis: string;
  state: PlanState;
}

export function emptyPlanDraft(year: number): PlanDraft {
  return {
    code: '',
    title: '',
    yearFrom: String(year),
    yearTo: String(year),
    issuedOn: '',
    issuedBy: '',
    basis: '',
    state: 'dang_thuc_hien',
  };
}

export function draftFromPlan(p: Plan): PlanDraft {
  return {
    code: p.code,
    title: p.title,
    yearFrom: String(p.yearFrom),
    yearTo: String(p.yearTo),
    issuedOn: dateToText(p.issuedOn),
    issuedBy: p.issuedBy ?? '',
    basis: p.basis,
    state: p.state,
  };
}

export const PLAN_FIELD_ORDER: readonly (keyof PlanDraft)[] = [
  'code',
  'title',
  'yearFrom',
  'yearTo',
  'issuedOn',
  'issuedBy',
  'basis',
  'state',
];

/** The form's resolver: the texts read into the API input, then the shared planCreate schema. */
export function planFormSchema(t: TFunction) {
  const year = yearText(t('plans.form.yearInvalid'));
  return checkedForm(
    z.object({
      code: z.string(),
      title: z.string(),
      yearFrom: year,
      yearTo: year,
      issuedOn: dateText(),
      issuedBy: z.string().transform((s) => s.trim() || null),
      basis: z.string(),
      state: z.enum(PLAN_STATES),
    }),
    planCreate,
  );
}
