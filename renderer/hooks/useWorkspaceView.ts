// The plan and reference date a page shows. A link's ?planId=…&at=… wins (a dashboard number lands on
// exactly the list behind it) and is remembered for the session as the officer's current choice; without
// one, that choice is used, then the plan pages open on (the setting defaultPlanId, see defaultPlan) and today.
import { useEffect } from 'react';
import type { IsoDate } from '../../shared/domain';
import type { Plan, Settings } from '../../shared/api/types';
import { defaultPlan, useReferenceData } from './useReferenceData';
import { useWorkspace } from '../stores/workspace';

export const ALL_PLANS = 'all';
/** The task list's option: it may show every plan at once. */
export const ALL_PLANS_OPTION = { allowAllPlans: true } as const;

export interface WorkspaceView {
  ready: boolean;
  /** null: all plans (only where the page allows it). */
  planId: string | null;
  plan: Plan | null;
  at: IsoDate | null;
  today: IsoDate | null;
  isToday: boolean;
}

export function useWorkspaceView(
  params: Record<string, string>,
  options: { allowAllPlans?: boolean } = {},
): WorkspaceView {
  const { status, plans, info, settings } = useReferenceData();
  const stored = useWorkspace();
  const today = info?.today ?? null;

  const urlPlan = params.planId ?? null;
  const urlAt = params.at ?? null;

  // Remember what a link asked for; a link dated today means "today", not a fixed date.
  useEffect(() => {
    if (urlPlan && urlPlan !== ALL_PLANS && urlPlan !== stored.planId) stored.setPlanId(urlPlan);
  }, [urlPlan, stored]);
  useEffect(() => {
    if (!urlAt || !today) return;
    const wanted = urlAt === today ? null : urlAt;
    if (wanted !== stored.at) stored.setAt(wanted);
  }, [urlAt, today, stored]);

  return resolveView(params, { status, plans, settings, today }, stored, options);
}

/**
 * The plan and date a page shows, from the address, the session's choice and the shared lists (a pure
 * function: the task list's first rows are asked for with it before the page's code has loaded).
 */
export function resolveView(
  params: Record<string, string>,
  reference: { status: string; plans: Plan[]; settings: Settings | null; today: IsoDate | null },
  stored: { planId: string | null; at: IsoDate | null },
  options: { allowAllPlans?: boolean } = {},
): WorkspaceView {
  const { status, plans, settings, today } = reference;
  const urlPlan = params.planId ?? null;
  const urlAt = params.at ?? null;
  const all = options.allowAllPlans === true && urlPlan === ALL_PLANS;
  const knownStored = plans.some((p) => p.id === stored.planId) ? stored.planId : null;
  const planId = all
    ? null
    : urlPlan && urlPlan !== ALL_PLANS
      ? urlPlan
      : (knownStored ?? defaultPlan(plans, settings)?.id ?? null);
  const at = urlAt ?? stored.at ?? today;
  return {
    ready: status === 'ready',
    planId,
    plan: plans.find((p) => p.id === planId) ?? null,
    at,
    today,
    isToday: at !== null && at === today,
  };
}
