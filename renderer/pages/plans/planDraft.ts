// A plan as its form holds it (text for years and dates), read into the API input and checked with the
// shared planCreate schema (which also requires the last year not to come before the first).
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract';
import { planCreate } from '../../../shared/api/schemas';
import type { Plan } from '../../../shared/api/types';
import type { PlanState } from '../../../shared/domain';
import { dateToText, readDateText, zodFieldErrors, type FieldErrors } from '../../components';

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

export type PlanInput = Input<'plans.create'>;

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

export function readPlanDraft(
  d: PlanDraft,
  t: TFunction,
): { ok: true; input: PlanInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const year = (field: 'yearFrom' | 'yearTo') => {
    const text = d[field].trim();
    if (/^\d{4}$/.test(text)) return Number(text);
    errors[field] = t('plans.form.yearInvalid');
    return NaN;
  };
  const yearFrom = year('yearFrom');
  const yearTo = year('yearTo');
  const issued = readDateText(d.issuedOn);
  if (!issued.ok) errors.issuedOn = t('input.dateInvalid');
  const input: PlanInput = {
    code: d.code,
    title: d.title,
    yearFrom,
    yearTo,
    issuedOn: issued.ok ? issued.value : null,
    issuedBy: d.issuedBy.trim() || null,
    basis: d.basis,
    state: d.state,
  };
  const parsed = planCreate.safeParse(input);
  const all = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...errors };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, input };
}
